import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const CLI = path.join(ROOT, 'dist/cli/main.js');

describe('crash safety of letters', () => {
  it('killing letters at random moments never leaves a truncated PDF or log under its final name', async () => {
    expect(existsSync(CLI), 'run `npm run build` first').toBe(true);
    for (const delay of [300, 700, 1100, 1600, 2200]) {
      const out = mkdtempSync(path.join(tmpdir(), 'pw-kill-letters-'));
      const child = spawn(
        process.execPath,
        [
          CLI,
          'letters',
          '--policy',
          path.join(ROOT, 'policies/schools/hillcrest-secondary.yaml'),
          '--pupils',
          path.join(ROOT, 'test/fixtures/pupils/riverbend-sample.csv'),
          '--out',
          out,
          '--date',
          '2026-11-26',
        ],
        { stdio: 'ignore' },
      );
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
      const files = readdirSync(out, { recursive: true, encoding: 'utf8' });
      for (const f of files.filter((name) => name.endsWith('.pdf'))) {
        expect(execFileSync('pdfinfo', [path.join(out, f)], { encoding: 'utf8' }), f).toMatch(/Pages:\s+[1-9]/);
      }
      for (const f of files.filter((name) => name.endsWith('.csv'))) {
        const log = readFileSync(path.join(out, f), 'utf8');
        expect(log.endsWith('\n') || log.endsWith('\r\n'), f).toBe(true);
      }
    }
  }, 120_000);
});
