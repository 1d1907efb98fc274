import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

// Every example in every command's --help is run, as written, in a copy of the bundled examples.
// Files that stand for the school's own (a pupil export, an old Word or text policy) are put there
// first, as a school would have them.
// `serve` is left out: its examples run a web server until it is stopped (test/serve starts it).
const COMMANDS = [
  'validate',
  'init',
  'explain',
  'lint',
  'build',
  'audit',
  'import',
  'export',
  'report',
  'compare',
  'letters',
  'law',
  'ratify',
  'diff',
];
const OLD_POLICY_TEXT = [
  'Attendance Policy 2023',
  '',
  'Registers',
  'The register closes at 9.10am. Pupils arriving after the register closes receive a U code.',
  '',
  'Penalty notices',
  'A penalty notice of £60 may be issued if paid within 21 days.',
  '',
].join('\n');

/** `a "b c" > out.txt` → ["a", "b c"] and the file the output goes to. */
function parseExample(line: string): Array<{ args: string[]; redirect?: string }> {
  return line.split(' && ').map((part) => {
    const tokens = [...part.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
    const gt = tokens.indexOf('>');
    const redirect = gt === -1 ? undefined : tokens[gt + 1];
    const args = (gt === -1 ? tokens : tokens.slice(0, gt)).slice(1); // drop "policywright"
    return { args, ...(redirect ? { redirect } : {}) };
  });
}

let dir: string;
const home = process.cwd();
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pw-help-'));
  writeFileSync(path.join(dir, 'package.json'), '{}');
  cpSync(path.join(ROOT, 'policies'), path.join(dir, 'policies'), { recursive: true });
  cpSync(path.join(ROOT, 'templates'), path.join(dir, 'templates'), { recursive: true });
  copyFileSync(path.join(ROOT, 'test/fixtures/pupils/riverbend-sample.csv'), path.join(dir, 'pupils.csv'));
  copyFileSync(path.join(ROOT, 'test/fixtures/pupils/arbor-export.csv'), path.join(dir, 'arbor.csv'));
  copyFileSync(path.join(ROOT, 'test/fixtures/pupils/leave-requests.csv'), path.join(dir, 'leave-requests.csv'));
  for (const name of ['old-policy.txt', 'attendance-2023.txt']) writeFileSync(path.join(dir, name), OLD_POLICY_TEXT);
  // Last year's policy, and the policies kept in git with one earlier version (for `diff --since HEAD~1`).
  const school = path.join(dir, 'policies/schools/oakfield-primary.yaml');
  const text = readFileSync(school, 'utf8');
  writeFileSync(
    path.join(dir, 'last-year.yaml'),
    text
      .replace('extends: ../trust-base.yaml', 'extends: policies/trust-base.yaml')
      .replace('version: "3.0-oakfield.1"', 'version: "2.0-oakfield.1"'),
  );
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Office', '-c', 'user.email=office@example.org', ...args], { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  writeFileSync(school, text.replace('gates_close: "08:50"', 'gates_close: "08:55"'));
  git('add', '-A');
  git('commit', '-q', '-m', 'Last year');
  writeFileSync(school, text);
  git('commit', '-q', '-am', 'This year');
  process.chdir(dir);
});
afterAll(() => process.chdir(home));

describe('every --help example runs against the bundled examples', () => {
  for (const command of COMMANDS) {
    it(`policywright ${command} --help`, async () => {
      const help = await runCli(command, '--help');
      const examples = [...help.out.matchAll(/^\s+\$ (policywright .+)$/gm)].map((m) => m[1]!);
      expect(examples.length, `${command} --help has examples`).toBeGreaterThan(0);
      for (const example of examples) {
        if (/--watch\b/.test(example)) continue; // runs until stopped
        // An old Word policy: the Word file build made of a bundled example.
        if (/\.docx\b/.test(example)) {
          const built = readdirSync(path.join(dir, 'out'), { recursive: true })
            .map(String)
            .find((f) => f.endsWith('.docx'));
          expect(built, 'a Word file from build').toBeDefined();
          for (const name of example.match(/\S+\.docx\b/g) ?? []) if (!existsSync(name)) copyFileSync(path.join(dir, 'out', built!), name);
        }
        for (const { args, redirect } of parseExample(example)) {
          const run = await runCli(...args);
          if (redirect) writeFileSync(redirect, run.out);
          expect(run.code, `${example}\n${run.err}`).not.toBe(2);
        }
      }
    }, 900_000); // build and report make PDFs of every bundled policy
  }
});
