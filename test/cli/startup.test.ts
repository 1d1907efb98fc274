import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

// What each command loads when it starts (see src/cli/commands/index.ts). Nothing here is timed:
// the test records which modules the process loaded and checks the heavy ones stay out.
const CLI = path.join(ROOT, 'dist/cli/main.js');
const PRELOAD = path.join(ROOT, 'test/cli/record-modules.mjs');
const POLICY = path.join(ROOT, 'policies/schools/oakfield-primary.yaml');
const work = mkdtempSync(path.join(tmpdir(), 'pw-startup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** Run the CLI as its own process; the files it loaded, relative to the project (node_modules/… or dist/…). */
function loadedBy(...args: string[]): { code: number | null; out: string; files: string[] } {
  const record = path.join(work, `modules-${n++}.txt`);
  const r = spawnSync(process.execPath, ['--import', PRELOAD, CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PW_RECORD_MODULES: record },
  });
  const files = [...new Set(readFileSync(record, 'utf8').split('\n').filter(Boolean))]
    .map((f) => (f.startsWith('file:') ? fileURLToPath(f) : f))
    .map((f) => path.relative(ROOT, f));
  return { code: r.status, out: r.stdout + r.stderr, files };
}

const packageOf = (f: string) => /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1];
const packages = (files: string[]) => [...new Set(files.map(packageOf).filter(Boolean))].sort();

const HEAVY = [
  'puppeteer-core',
  'docx',
  'handlebars',
  'unified',
  'remark-parse',
  'parse-english',
  'mammoth',
  'csv-parse',
  'diff',
  'yaml',
  'ajv',
];

describe('start-up: each command loads only what it uses', () => {
  it('--help loads the command definitions and nothing that does the work', () => {
    const run = loadedBy('--help');
    expect(run.code).toBe(0);
    expect(run.out).toContain('lint');
    expect(packages(run.files)).toEqual(['commander', 'picocolors']);
    const dist = run.files.filter((f) => f.startsWith('dist/'));
    expect(dist).toContain('dist/cli/commands/lint.js');
    // Outside the command line itself, only small modules of constants and core helpers.
    const others = dist.filter((f) => !f.startsWith('dist/cli/'));
    expect(
      others.filter(
        (f) =>
          !/^dist\/(core\/(diagnostics|files|today|terminal-text|fs-problem|draft)|lint\/format\/names|legacy\/limits|compare\/formats|export\/formats|render\/output-formats|letters\/columns|text\/numbers)\.js$/.test(
            f,
          ),
      ),
    ).toEqual([]);
  });

  it("a command's own help loads no more than --help does", () => {
    const run = loadedBy('build', '--help');
    expect(run.code).toBe(0);
    expect(run.out).toContain('--formats');
    expect(packages(run.files)).toEqual(['commander', 'picocolors']);
  });

  it("validate uses the build-time schema validator, not Ajv's compiler", () => {
    const run = loadedBy('validate', POLICY);
    expect(run.code).toBe(0);
    expect(run.files).toContain('dist/validate/policy-validator.cjs');
    expect(run.files.filter((f) => f.startsWith('node_modules/ajv/') && !f.startsWith('node_modules/ajv/dist/runtime/'))).toEqual([]);
    expect(packages(run.files).filter((p) => HEAVY.includes(p!) && p !== 'yaml' && p !== 'ajv')).toEqual([]);
  });

  it('lint of one policy loads no browser, Word writer or schema compiler', () => {
    const run = loadedBy('lint', '--as-of', '2026-11-26', POLICY);
    expect(run.code === 0 || run.code === 1).toBe(true);
    const loaded = packages(run.files);
    expect(loaded).toContain('yaml');
    // handlebars: the shipped templates were checked at build time (recorded.ts).
    for (const p of ['puppeteer-core', 'docx', 'mammoth', 'csv-parse', 'diff', 'handlebars']) expect(loaded).not.toContain(p);
    expect(run.files.filter((f) => f.startsWith('node_modules/ajv/') && !f.startsWith('node_modules/ajv/dist/runtime/'))).toEqual([]);
  });
});
