import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

const CLI = path.join(ROOT, 'dist/cli/main.js');

/** Copy the corpus fixtures and the bundled examples into a fresh project folder. */
function copyFixtures(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-fix-'));
  cpSync(path.join(ROOT, 'test/fixtures/corpus'), path.join(dir, 'corpus'), { recursive: true });
  cpSync(path.join(ROOT, 'policies'), path.join(dir, 'policies'), { recursive: true });
  cpSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  return dir;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => path.join(dir, f))
    .sort();
}

const comments = (text: string) =>
  text
    .split('\n')
    .filter((l) => /(^|\s)#/.test(l))
    .map((l) => l.slice(l.search(/(^|\s)#/)).trim());

describe('--fix on every fixture', () => {
  it('keeps every comment, and a second run changes nothing', async () => {
    const dir = copyFixtures();
    const files = yamlFiles(dir);
    const before = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
    await runCli('lint', '--fix', '--as-of', '2026-11-26', dir);
    const once = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
    for (const f of files) expect(comments(once.get(f)!), path.relative(dir, f)).toEqual(comments(before.get(f)!));
    expect(
      [...once.values()].some((t, i) => t !== [...before.values()][i]),
      'the stale corpus policies have something to fix',
    ).toBe(true);
    const second = await runCli('lint', '--fix', '--as-of', '2026-11-26', dir);
    for (const f of files) expect(readFileSync(f, 'utf8'), path.relative(dir, f)).toBe(once.get(f));
    expect(second.out).toMatch(/No automatic fixes to make/);
  });
});

describe('crash safety of --fix', () => {
  it('killing lint --fix at random moments leaves each file untouched or fully fixed', async () => {
    expect(existsSync(CLI), 'run `npm run build` first').toBe(true);
    const reference = copyFixtures();
    await runCli('lint', '--fix', '--as-of', '2026-11-26', reference);
    const target = path.join('corpus', 'bishop-perrin.yaml');
    const fixed = readFileSync(path.join(reference, target), 'utf8');
    const original = readFileSync(path.join(ROOT, 'test/fixtures/corpus/bishop-perrin.yaml'), 'utf8');
    expect(fixed).not.toBe(original);
    const outcomes = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const dir = copyFixtures();
      const child = spawn(process.execPath, [CLI, 'lint', '--fix', '--as-of', '2026-11-26', dir], { stdio: 'ignore' });
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise((r) => setTimeout(r, 150 + i * 90));
      child.kill('SIGKILL');
      await exited;
      const now = readFileSync(path.join(dir, target), 'utf8');
      expect([original, fixed]).toContain(now);
      outcomes.add(now === original ? 'untouched' : 'fixed');
      // A temporary file may survive the kill, but never under a final name; the next run removes it.
      await runCli('lint', '--fix', '--as-of', '2026-11-26', dir);
      expect(readFileSync(path.join(dir, target), 'utf8')).toBe(fixed);
      expect(readdirSync(path.join(dir, 'corpus')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
  }, 120_000);
});
