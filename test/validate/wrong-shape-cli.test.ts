// What a user sees for a value of the wrong shape: the file, line and column, what was expected,
// and how to write it, from every command, never "an unexpected problem".
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject, type CliRun } from '../helpers.js';

function project(school: string, standalone?: string): { school: string; standalone: string } {
  const dir = tempProject({ 'schools/school.yaml': school, 'alone.yaml': standalone ?? '' });
  cpSync(path.join(ROOT, 'policies/trust-base.yaml'), path.join(dir, 'trust-base.yaml'));
  return { school: path.join(dir, 'schools/school.yaml'), standalone: path.join(dir, 'alone.yaml') };
}

function expectNoCrash(run: CliRun): void {
  expect(run.out + run.err).not.toMatch(/unexpected problem|Please report this|is not a function|Cannot read propert|undefined|\n\s+at /);
}

describe('a wrong-shaped value in a school that extends the trust base', () => {
  const cases: Array<{ yaml: string; at: string; message: RegExp; hint: RegExp }> = [
    {
      yaml: 'schools: "x"',
      at: '3:10',
      message: /In “Schools”, the value should be a list \(lines starting with "- "\), but it is "x"\./,
      hint: /→ Write each item on its own line starting with "- ", indented under `schools:`\./,
    },
    {
      yaml: 'thresholds: [1]',
      at: '3:13',
      message: /In “Attendance levels”, the value should be a block of settings \(lines of name: value\), but it is a list\./,
      hint: /→ Write its settings as name: value lines, indented under `thresholds:`\./,
    },
    {
      yaml: 'escalation:\n  stages: 7',
      at: '4:11',
      message: /the value should be a list .*but it is 7\./,
      hint: /→ Write each item on its own line starting with "- ", indented under `stages:`\./,
    },
    {
      yaml: 'legal_measures:\n  penalty_notices: true',
      at: '4:20',
      message: /the value should be a block of settings .*but it is true\./,
      hint: /indented under `penalty_notices:`/,
    },
  ];

  for (const c of cases) {
    it(`validate shows ${c.yaml.replace(/\n\s*/g, ' ')} at ${c.at} with a hint, and nothing from the trust base`, async () => {
      const { school } = project(`extends: ../trust-base.yaml\n# Oak\n${c.yaml}\n`);
      const run = await runCli('validate', school);
      expect(run.code).toBe(1);
      expectNoCrash(run);
      const lines = run.out.split('\n');
      const at = lines.findIndex((l) => l.includes(`school.yaml:${c.at}  error`));
      expect(at, run.out).toBeGreaterThanOrEqual(0);
      expect(lines[at]).toMatch(c.message);
      expect(lines[at + 1]).toMatch(c.hint);
      // The trust base is fine: what its prose refers to is not checked against a policy whose shape is wrong.
      expect(run.out).not.toContain('trust-base.yaml');
    });
  }

  it('lint, export, report and compare stop with the same place and words', async () => {
    const { school } = project('extends: ../trust-base.yaml\n# Oak\nschools: "x"\n');
    const lint = await runCli('lint', school);
    expect(lint.code).toBe(1);
    expectNoCrash(lint);
    expect(lint.out).toMatch(/3:10 +error +In “Schools”, the value should be a list/);
    expect(lint.out).toMatch(/→ Write each item on its own line starting with "- "/);
    // Exit 1: the policy has problems; diff keeps 1 for "changes listed", so it says 2 (could not run).
    for (const [code, ...argv] of [
      [1, 'export', school],
      [1, 'report', school, '--out', path.join(path.dirname(school), 'out')],
      [2, 'diff', school, school],
    ] as const) {
      const run = await runCli(...argv);
      expectNoCrash(run);
      expect(run.code, `${argv[0]}: ${run.out}${run.err}`).toBe(code);
      expect(run.out + run.err).toMatch(/school\.yaml:3: In “Schools”, the value should be a list/);
      expect(run.out + run.err).toMatch(/policywright validate .*school\.yaml/);
    }
  });
});

describe('the same value in a policy that stands alone', () => {
  it('gets the same words, at its own line', async () => {
    const { standalone } = project('', '# alone\nschools: "x"\n');
    const run = await runCli('validate', standalone);
    expectNoCrash(run);
    expect(run.out).toMatch(
      /alone\.yaml:2:10 +error +In “Schools”, the value should be a list \(lines starting with "- "\), but it is "x"\./,
    );
    expect(run.out).toMatch(/→ Write each item on its own line starting with "- ", indented under `schools:`\./);
  });

  it('a number where text belongs shows the example the schema gives', async () => {
    const { standalone } = project('', '# alone\ndocument:\n  title: 12\n');
    const run = await runCli('validate', standalone);
    expectNoCrash(run);
    expect(run.out).toMatch(/alone\.yaml:3:10 +error +In “.*”, the value should be text, but it is 12\./);
    expect(run.out).toMatch(/→ For example: "Attendance Policy"\./);
  });
});

describe('a wrong-shaped value in an earlier version', () => {
  it('diff --since names the version and the problem instead of comparing with it', async () => {
    const { school } = project('extends: ../trust-base.yaml\n# Oak\nschools: "x"\n');
    const dir = path.dirname(path.dirname(school));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'v1');
    writeFileSync(school, readFileSync(path.join(ROOT, 'policies/schools/oakfield-primary.yaml'), 'utf8'));
    const run = await runCli('diff', '--since', 'HEAD', school);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(
      /In version HEAD, .*school\.yaml cannot be used until it is valid: .*school\.yaml:3: In “Schools”, the value should be a list/,
    );
  });
});
