// Item 11: ordinary conditions give a message a school can act on, never "unexpected problem" or a raw
// error code. (A full or read-only disk: atomic-write.test.ts; a killed or silent Chromium:
// chromium.test.ts; bidi overrides: terminal-markdown.test.ts.)
import { execFileSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject, type CliRun } from '../helpers.js';

function expectPlain(run: CliRun, words: RegExp): void {
  const all = run.out + run.err;
  expect(all).toMatch(words);
  expect(all).not.toMatch(/unexpected problem|Please report this|\bE[A-Z]{3,}\b:|at [\w.]+ \(/);
}

describe('an existing file where a folder or a new file is wanted', () => {
  it('build --out naming a file', async () => {
    const dir = tempProject({ 'out.txt': 'x' });
    cpSync(path.join(ROOT, 'policies'), path.join(dir, 'policies'), { recursive: true });
    const run = await runCli(
      'build',
      path.join(dir, 'policies/schools/oakfield-primary.yaml'),
      '--formats',
      'html',
      '--out',
      path.join(dir, 'out.txt'),
    );
    expect(run.code).toBe(1);
    expectPlain(run, /output folder .*out\.txt.* cannot be made: a part of the path is not a folder/);
  });

  it('export --out naming a folder', async () => {
    const dir = tempProject();
    const run = await runCli('export', path.join(ROOT, 'policies/schools/oakfield-primary.yaml'), '--out', dir);
    expect(run.code).toBe(2);
    expectPlain(run, /is not an ordinary file .* so it was not replaced/);
  });

  it('letters --out naming a file', async () => {
    const dir = tempProject({ 'out.txt': 'x' });
    cpSync(path.join(ROOT, 'policies'), path.join(dir, 'policies'), { recursive: true });
    const run = await runCli(
      'letters',
      '--policy',
      path.join(dir, 'policies/schools/hillcrest-secondary.yaml'),
      '--pupils',
      path.join(ROOT, 'test/fixtures/pupils/riverbend-sample.csv'),
      '--out',
      path.join(dir, 'out.txt'),
    );
    expect(run.code).toBe(2);
    expectPlain(run, /output folder .*out\.txt cannot be made: a file is in the way/);
  });
});

describe('a pipe or device where a file is wanted', () => {
  it('a FIFO as the pupil file', async () => {
    const dir = tempProject();
    cpSync(path.join(ROOT, 'policies'), path.join(dir, 'policies'), { recursive: true });
    execFileSync('mkfifo', [path.join(dir, 'pupils.csv')]);
    const run = await runCli(
      'letters',
      '--policy',
      path.join(dir, 'policies/schools/hillcrest-secondary.yaml'),
      '--pupils',
      path.join(dir, 'pupils.csv'),
      '--dry-run',
    );
    expect(run.code).toBe(2);
    expectPlain(run, /pupils\.csv cannot be read: it is a folder, not a file|pupils\.csv.*not an ordinary file|pupils\.csv cannot be read/);
  });

  it('a FIFO as the column mapping', async () => {
    const dir = tempProject();
    cpSync(path.join(ROOT, 'policies'), path.join(dir, 'policies'), { recursive: true });
    execFileSync('mkfifo', [path.join(dir, 'map.yaml')]);
    writeFileSync(path.join(dir, 'pupils.csv'), 'pupil_id,first_name\nA1,Ann\n');
    const run = await runCli(
      'letters',
      '--policy',
      path.join(dir, 'policies/schools/hillcrest-secondary.yaml'),
      '--pupils',
      path.join(dir, 'pupils.csv'),
      '--map',
      path.join(dir, 'map.yaml'),
      '--dry-run',
    );
    expect(run.code).toBe(2);
    expectPlain(run, /column mapping .*map\.yaml: is not an ordinary file/);
  });

  it('/dev/zero as a policy to build', async () => {
    const run = await runCli('build', '/dev/zero', '--formats', 'html');
    expect(run.code).toBe(2);
    expectPlain(run, /\/dev\/zero is not an ordinary file or folder/);
  });
});
