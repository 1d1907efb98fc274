// Items 5 and 8: a short write or a full disk is an error naming the file and the old file stays;
// a symbolic link is followed and the file keeps its permissions.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  fsyncSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/core/atomic-write.js';
import { UserError } from '../../src/core/diagnostics.js';
import { ROOT, runCli, tempProject } from '../helpers.js';

const CLI = path.join(ROOT, 'dist/cli/main.js');
const stale = 'legal_measures:\n  penalty_notices:\n    first: { discounted: 60, discount_days: 21, full: 120, full_days: 28 }\n';
const scratch = () => mkdtempSync(path.join(tmpdir(), 'pw-write-'));
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

describe('writeFileAtomic when the disk takes less than it is given', () => {
  it('a short write is an error naming the file; the old file is unchanged and no temporary file is left', () => {
    const dir = scratch();
    const file = path.join(dir, 'policy.pdf');
    writeFileSync(file, 'the good old PDF');
    // Real writes of at most 1,000 bytes each; the second disk then takes nothing more.
    const short = {
      writeSync: (fd: number, d: Uint8Array, o: number, length: number) => writeSync(fd, d, o, Math.min(length, 1000)),
      fsyncSync,
    };
    let calls = 0;
    const thenFull = {
      writeSync: (fd: number, d: Uint8Array, o: number, length: number) =>
        calls++ === 0 ? writeSync(fd, d, o, Math.min(length, 1000)) : 0,
      fsyncSync,
    };
    // A disk that takes 1,000 bytes at a time is fine: the writer goes on until all is written.
    writeFileAtomic(file, 'x'.repeat(5000), { fs: short });
    expect(readFileSync(file, 'utf8')).toBe('x'.repeat(5000));
    writeFileSync(file, 'the good old PDF');
    expect(() => writeFileAtomic(file, 'y'.repeat(5000), { fs: thenFull })).toThrow(UserError);
    expect(() => writeFileAtomic(file, 'y'.repeat(5000), { fs: { ...thenFull, writeSync: () => 0 } })).toThrow(
      /policy\.pdf could not be written: the disk took only 0 of 5,000 bytes/,
    );
    expect(readFileSync(file, 'utf8')).toBe('the good old PDF');
    expect(leftovers(dir)).toEqual([]);
  });

  it('ENOSPC from the disk is reported in words, naming the file', () => {
    const dir = scratch();
    const file = path.join(dir, 'rules.json');
    writeFileSync(file, '{"old":true}');
    const full = {
      writeSync: () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
      fsyncSync: () => undefined,
    };
    expect(() => writeFileAtomic(file, '{"new":true}', { fs: full })).toThrow(
      /rules\.json could not be written: the disk is full .*The file that was there is unchanged\./,
    );
    expect(readFileSync(file, 'utf8')).toBe('{"old":true}');
    expect(leftovers(dir)).toEqual([]);
  });

  it('a real full disk (a 64 KB tmpfs): export --out fails with exit 2 and keeps the old file', (ctx) => {
    const dir = scratch();
    const mnt = path.join(dir, 'small-disk');
    mkdirSync(mnt);
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt]).status !== 0) return ctx.skip();
    try {
      const out = path.join(mnt, 'rules.json');
      writeFileSync(out, '{"previous":"export"}');
      writeFileSync(path.join(mnt, 'filler'), Buffer.alloc(60 * 1024));
      const run = spawnSync(
        process.execPath,
        [CLI, 'export', path.join(ROOT, 'policies/schools/hillcrest-secondary.yaml'), '--format', 'json', '--out', out],
        { encoding: 'utf8' },
      );
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/rules\.json could not be written: the disk is full/);
      expect(run.stderr).not.toMatch(/unexpected problem|ENOSPC|at .*\.js/);
      expect(readFileSync(out, 'utf8')).toBe('{"previous":"export"}');
      expect(leftovers(mnt)).toEqual([]);
    } finally {
      spawnSync('umount', [mnt]);
    }
  });

  it('lint --fix under a file-size limit (ulimit -f) leaves the policy whole and says why', () => {
    const dir = tempProject();
    const file = path.join(dir, 'big.yaml');
    // A policy larger than the limit, with a value to fix at the top.
    const body = Array.from({ length: 1400 }, (_, i) => `  # note ${i}: kept as it was written by the school, every line of it\n`).join('');
    const original = `${stale}registers:\n${body}  electronic: true\n`;
    writeFileSync(file, original);
    expect(original.length).toBeGreaterThan(60_000);
    const run = spawnSync('bash', ['-c', `ulimit -f 40; exec "${process.execPath}" "${CLI}" lint --fix --as-of 2026-11-26 "${file}"`], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /big\.yaml could not be written: the file is larger than this computer allows you to write\. The file that was there is unchanged\./,
    );
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('writeFileAtomic keeps the file it replaces', () => {
  it('lint --fix of a policy reached by a symbolic link fixes the real file and keeps the link', async () => {
    const dir = tempProject({ 'real/policy.yaml': stale });
    const link = path.join(dir, 'policy.yaml');
    symlinkSync('real/policy.yaml', link);
    const run = await runCli('lint', '--fix', '--as-of', '2026-11-26', link);
    expect(run.out).toMatch(/Fixed/);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real/policy.yaml');
    expect(readFileSync(path.join(dir, 'real/policy.yaml'), 'utf8')).toMatch(/discounted: 80/);
  });

  it('a private (0600) policy stays private after --fix', async () => {
    const dir = tempProject({ 'p.yaml': stale });
    const file = path.join(dir, 'p.yaml');
    chmodSync(file, 0o600);
    await runCli('lint', '--fix', '--as-of', '2026-11-26', file);
    expect(readFileSync(file, 'utf8')).toMatch(/discounted: 80/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('an existing output that is a folder is refused with a message, not replaced', () => {
    const dir = scratch();
    mkdirSync(path.join(dir, 'out.json'));
    expect(() => writeFileAtomic(path.join(dir, 'out.json'), '{}')).toThrow(/out\.json is not an ordinary file/);
  });

  it('a read-only folder gives a message in words', () => {
    const dir = scratch();
    const sub = path.join(dir, 'locked');
    mkdirSync(sub);
    const run = spawnSync(
      'setpriv',
      [
        '--reuid=65534',
        '--regid=65534',
        '--clear-groups',
        process.execPath,
        '-e',
        `import(${JSON.stringify(path.join(ROOT, 'dist/core/atomic-write.js'))}).then(m => { try { m.writeFileAtomic(${JSON.stringify(path.join(sub, 'x.json'))}, '{}'); } catch (e) { console.log(e.message); } })`,
      ],
      { encoding: 'utf8' },
    );
    if (run.error || /setpriv: /.test(run.stderr)) return;
    expect(run.stdout).toMatch(/x\.json could not be written: permission denied/);
  });
});
