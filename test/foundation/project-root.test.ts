import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot, projectRootOf } from '../../src/core/project-root.js';
import { runCli } from '../helpers.js';

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
});
