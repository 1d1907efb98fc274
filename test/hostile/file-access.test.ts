// Item 1: a path in a policy (extends, logo) is checked by where it really leads, after symbolic
// links, and only ordinary files of a bounded size are read.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileAccessError, readUserFile } from '../../src/core/files.js';
import { ROOT, runCli } from '../helpers.js';

/** The layout from the report: a project p/ and, beside it, a folder it must not read. */
function scratch(): { root: string; project: string; outside: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'pw-hostile-'));
  const project = path.join(root, 'p');
  const outside = path.join(root, 'outside');
  mkdirSync(path.join(project, 'policies'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(project, 'package.json'), '{}');
  return { root, project, outside };
}

const school = (ext: string) => `extends: ${ext}\nschools:\n  - id: a\n    name: A\n`;

describe('extends through a symbolic link', () => {
  it('a link inside the project to a file outside it is refused, and its values are never printed', async () => {
    const { project, outside } = scratch();
    writeFileSync(path.join(outside, 'creds.yaml'), 'db_password: SECRET\n');
    symlinkSync(path.join(outside, 'creds.yaml'), path.join(project, 'policies', 'link.yaml'));
    writeFileSync(path.join(project, 'policies', 's.yaml'), school('link.yaml'));
    const run = await runCli('explain', '--policy', path.join(project, 'policies', 's.yaml'), 'db_password');
    expect(run.out + run.err).not.toContain('SECRET');
    expect(run.out + run.err).toMatch(/outside the project folder.*link to .*creds\.yaml/);
    const lint = await runCli('lint', '--format', 'json', path.join(project, 'policies', 's.yaml'));
    expect(lint.out).not.toContain('SECRET');
    expect(lint.code).not.toBe(0);
  });

  it('a link to /dev/zero is refused at once (it used to fill the memory)', async () => {
    const { project } = scratch();
    symlinkSync('/dev/zero', path.join(project, 'policies', 'zero.yaml'));
    writeFileSync(path.join(project, 'policies', 's.yaml'), school('zero.yaml'));
    const run = await runCli('lint', path.join(project, 'policies', 's.yaml'));
    expect(run.out).toMatch(/outside the project folder/);
    expect(run.code).toBe(1);
  });

  it('a pipe (FIFO) inside the project is refused at once instead of waiting for ever', async () => {
    const { project } = scratch();
    execFileSync('mkfifo', [path.join(project, 'policies', 'pipe.yaml')]);
    writeFileSync(path.join(project, 'policies', 's.yaml'), school('pipe.yaml'));
    const run = await runCli('lint', path.join(project, 'policies', 's.yaml'));
    expect(run.out).toMatch(/not an ordinary file \(it is a device, pipe or socket\)/);
    expect(run.code).toBe(1);
  });

  it('a link that stays inside the project is followed as before', async () => {
    const { project } = scratch();
    writeFileSync(path.join(project, 'policies', 'real-base.yaml'), 'school_day:\n  sessions_per_day: 2\n');
    symlinkSync('real-base.yaml', path.join(project, 'policies', 'base.yaml'));
    writeFileSync(path.join(project, 'policies', 's.yaml'), school('base.yaml'));
    const run = await runCli('explain', '--policy', path.join(project, 'policies', 's.yaml'), 'school_day.sessions_per_day');
    expect(run.out).toMatch(/2/);
    expect(run.out).toMatch(/real-base\.yaml|base\.yaml/);
  });
});

describe('a device, pipe or folder given on the command line', () => {
  it('lint /dev/zero stops with a clear message, not a crash or a hang', async () => {
    const run = await runCli('lint', '/dev/zero');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/\/dev\/zero is not an ordinary file or folder/);
    expect(run.err).not.toMatch(/unexpected problem/);
  });

  it('a FIFO given as the policy is refused', async () => {
    const { project } = scratch();
    const fifo = path.join(project, 'policy.yaml');
    execFileSync('mkfifo', [fifo]);
    const run = await runCli('lint', fifo);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/not an ordinary file/);
  });
});

describe('readUserFile', () => {
  it('reads at most the limit, and says which file and why', () => {
    const { project } = scratch();
    const big = path.join(project, 'big.yaml');
    writeFileSync(big, 'x'.repeat(5000));
    expect(readUserFile(big, { maxBytes: 5000 }).length).toBe(5000);
    expect(() => readUserFile(big, { maxBytes: 4999 })).toThrow(FileAccessError);
    expect(() => readUserFile(big, { maxBytes: 4999 })).toThrow(/big\.yaml: is 0\.0 MB|big\.yaml: is .*at most/);
  });

  it('checks the real path of a link against the folder it must stay in', () => {
    const { project, outside } = scratch();
    writeFileSync(path.join(outside, 'x.txt'), 'x');
    symlinkSync(path.join(outside, 'x.txt'), path.join(project, 'x.txt'));
    expect(() => readUserFile(path.join(project, 'x.txt'), { maxBytes: 100, within: project })).toThrow(
      /outside the project folder.*link to/,
    );
    expect(readUserFile(path.join(project, 'x.txt'), { maxBytes: 100 }).toString()).toBe('x');
  });
});

describe('logo through a symbolic link', () => {
  it('a logo that is a link to an image outside the project is left out, with a warning', async () => {
    const { project, outside } = scratch();
    cpSync(path.join(ROOT, 'policies'), path.join(project, 'policies'), { recursive: true });
    // A real PNG outside the project (1×1 pixel), reached through a link inside it.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    writeFileSync(path.join(outside, 'private.png'), png);
    symlinkSync(path.join(outside, 'private.png'), path.join(project, 'policies', 'schools', 'logo.png'));
    const file = path.join(project, 'policies', 'schools', 'oakfield-primary.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '    name: Oakfield Primary Academy\n',
        '    name: Oakfield Primary Academy\n    logo: logo.png\n',
      ),
    );
    const run = await runCli('build', file, '--formats', 'html', '--out', path.join(project, 'out'));
    expect(run.out).toMatch(/the logo logo\.png is a link to a file outside the project folder, so it was left out/);
    const html = readFileSync(path.join(project, 'out', 'oakfield-primary-academy', 'policy.html'), 'utf8');
    expect(html).not.toContain(png.toString('base64').replace(/=+$/, ''));
    // The same image as an ordinary file inside the project is used.
    rmSync(path.join(project, 'policies', 'schools', 'logo.png'));
    writeFileSync(path.join(project, 'policies', 'schools', 'logo.png'), png);
    // A fresh process: an in-process run keeps what it read about the policy's files.
    const second = execFileSync(process.execPath, [
      path.join(ROOT, 'dist/cli/main.js'),
      'build',
      file,
      '--formats',
      'html',
      '--out',
      path.join(project, 'out2'),
    ]).toString();
    expect(second).not.toMatch(/logo/);
    expect(readFileSync(path.join(project, 'out2', 'oakfield-primary-academy', 'policy.html'), 'utf8')).toContain(
      png.toString('base64').replace(/=+$/, ''),
    );
  });
});
