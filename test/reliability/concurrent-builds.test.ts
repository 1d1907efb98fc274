import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const run = promisify(execFile);
const CLI = path.join(ROOT, 'dist/cli/main.js');

describe('two builds into the same output folder', () => {
  it('do not corrupt each other: every file is whole and readable afterwards', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'pw-concurrent-'));
    const args = [
      CLI,
      'build',
      '--formats',
      'pdf,html,docx',
      '--out',
      out,
      path.join(ROOT, 'policies/schools/oakfield-primary.yaml'),
      path.join(ROOT, 'policies/brook-and-meadow-federation.yaml'),
    ];
    const [a, b] = await Promise.all([run(process.execPath, args), run(process.execPath, args)]);
    expect(a.stdout).toMatch(/Built 2 of 2/);
    expect(b.stdout).toMatch(/Built 2 of 2/);
    const folders = readdirSync(out).sort();
    expect(folders.length).toBe(2);
    for (const folder of folders) {
      const files = readdirSync(path.join(out, folder)).sort();
      expect(files).toEqual(['policy.docx', 'policy.html', 'policy.pdf']);
      const dir = path.join(out, folder);
      expect(execFileSync('pdfinfo', [path.join(dir, 'policy.pdf')], { encoding: 'utf8' })).toMatch(/Pages:\s+\d+/);
      expect(readFileSync(path.join(dir, 'policy.html'), 'utf8').trimEnd()).toMatch(/<\/html>$/);
      expect(() => execFileSync('unzip', ['-tq', path.join(dir, 'policy.docx')], { stdio: 'pipe' })).not.toThrow();
    }
  }, 180_000);
});
