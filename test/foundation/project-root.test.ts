import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot, folderProjectRoot, pathsProjectRoot, projectRootOf } from '../../src/core/project-root.js';
import { ROOT, runCli } from '../helpers.js';

/** A folder with no package.json, .git or config above it inside the temp folder. */
function bareFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-root-'));
  expect(projectRootOf(path.join(dir, 'x.yaml')).marker).toBeUndefined();
  return dir;
}

describe('the project folder', () => {
  it('init --trust writes a trust base and the root marker; init --extends works from it, outside any git or npm folder', async () => {
    const dir = bareFolder();
    const base = path.join(dir, 'trust', 'trust-base.yaml');
    const made = await runCli('init', '--trust', 'Riverbend Learning Trust', base);
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/policywright\.config\.yaml: it marks this folder as the project folder/);
    expect(existsSync(path.join(dir, 'trust', 'policywright.config.yaml'))).toBe(true);
    const baseText = readFileSync(base, 'utf8');
    expect(baseText).toMatch(/^# Trust base of Riverbend Learning Trust/m);
    expect(baseText).not.toMatch(/^schools:/m);
    expect(baseText).not.toMatch(/\{\{school\./);
    expect((await runCli('validate', base)).code).toBe(0);

    const school = path.join(dir, 'trust', 'schools', 'oak.yaml');
    expect((await runCli('init', '--school', 'Oak Primary', '--extends', base, school)).code).toBe(0);
    expect(readFileSync(school, 'utf8')).toMatch(/^extends: \.\.\/trust-base\.yaml/m);
    expect(findProjectRoot(school)).toBe(path.join(dir, 'trust'));
    const validated = await runCli('validate', school);
    expect(validated.out + validated.err).not.toMatch(/outside the project folder/);
    expect(validated.code).toBe(0);
    const linted = await runCli('lint', '--format', 'json', school);
    expect(linted.code).not.toBe(2);
    expect(linted.out).not.toMatch(/outside the project folder/);
  });

  it('without a marker, the error says how the project folder is found and how to mark it, and does not suggest the same path', async () => {
    const dir = bareFolder();
    writeFileSync(path.join(dir, 'trust-base.yaml'), 'document:\n  title: Trust base\n');
    mkdirSync(path.join(dir, 'schools'));
    writeFileSync(path.join(dir, 'schools', 'a.yaml'), 'extends: ../trust-base.yaml\n');
    const run = await runCli('validate', path.join(dir, 'schools', 'a.yaml'));
    expect(run.code).toBe(1);
    const text = run.out + run.err;
    expect(text).toMatch(/points outside the project folder/);
    expect(text).toMatch(/nearest folder, from the policy's upwards, that holds policywright\.config\.yaml, package\.json or \.git/);
    expect(text).toMatch(/policywright init --trust NAME/);
    expect(text).not.toMatch(/such as \.\.\/trust-base\.yaml/);
    // Marking the folder as the README says makes the same file valid.
    writeFileSync(path.join(dir, 'policywright.config.yaml'), 'rules: {}\n');
    expect((await runCli('validate', path.join(dir, 'schools', 'a.yaml'))).code).toBe(0);
  });

  it('a folder named to build, compare or report is the project folder when none above is marked (as serve treats it)', async () => {
    const dir = bareFolder();
    writeFileSync(
      path.join(dir, 'trust-base.yaml'),
      readFileSync(path.join(ROOT, 'policies', 'trust-base.yaml'), 'utf8').replace(
        'notice: { amount: 2, unit: school_weeks }',
        'notice: { amount: 3, unit: school_weeks }',
      ),
    );
    mkdirSync(path.join(dir, 'schools'));
    const school = path.join(dir, 'schools', 'hillcrest.yaml');
    writeFileSync(school, readFileSync(path.join(ROOT, 'policies', 'schools', 'hillcrest-secondary.yaml'), 'utf8'));
    expect(folderProjectRoot(dir)).toBe(path.resolve(dir));
    expect(pathsProjectRoot([dir])).toBe(path.resolve(dir));
    expect(pathsProjectRoot([dir, school])).toBeUndefined();

    const out = path.join(dir, 'out');
    const built = await runCli('build', '--formats', 'html', '--out', out, dir);
    expect(built.code, built.out + built.err).toBe(0);
    expect(built.out).toMatch(/Configuration: none \(no policywright\.config\.yaml in the project folder [^,]*pw-root-[^,]*\)/);
    const html = readFileSync(path.join(out, 'hillcrest-academy', 'policy.html'), 'utf8');
    expect(html.replace(/\s+/g, ' ')).toContain('at least 3 school weeks before the leave would start');

    const compared = await runCli('compare', dir);
    expect(compared.code, compared.err).toBe(0);
    expect(compared.out).toMatch(/\| 3 school weeks <sub>[^<]*trust-base\.yaml:\d+<\/sub> \|/);

    const reported = await runCli('report', '--as-of', '2026-11-30', '--out', path.join(dir, 'report'), dir);
    expect(reported.code, reported.err).toBe(0);
    const report = readFileSync(path.join(dir, 'report', 'report.html'), 'utf8');
    expect(report).toContain('Hillcrest Academy');
    expect(report).not.toMatch(/cannot be used|outside the project folder/);

    // A school file named on its own still has only its own folder: the message says how to mark the trust folder.
    const alone = await runCli('build', '--formats', 'html', '--out', out, school);
    expect(alone.code).toBe(1);
    expect(alone.out + alone.err).toMatch(/points outside the project folder/);
  }, 300_000);
});
