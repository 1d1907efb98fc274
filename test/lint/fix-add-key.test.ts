import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FoundDiagnostic } from '../../src/lint/context.js';
import { lintFile } from '../../src/lint/engine.js';
import { planFixes } from '../../src/lint/fix.js';
import { runCli, tempProject } from '../helpers.js';

// A change may set a key the policy does not write yet (`inclusive: true` on a band): the key is
// added to the mapping where that mapping was written, in the file's own layout, and the result is
// re-parsed and re-validated like any other change.

/** A finding whose change sets `pointer`, where the mapping it belongs in starts at `line:column` of `file`. */
function adding(file: string, line: number, column: number, pointer: string, value: string | number | boolean): FoundDiagnostic {
  const at = { file, line, column, endLine: line, endColumn: column + 1 };
  return { ruleId: 'test-rule', severity: 'info', message: 'test', ...at, policyFile: file, suggestion: { pointer, value }, fixAt: at };
}

function plan(files: Record<string, string>, main: string, findings: (file: string) => FoundDiagnostic[]) {
  const dir = tempProject(files);
  const file = path.join(dir, main);
  return planFixes(findings(file), { kinds: ['suggestion'] });
}

describe('a change that adds a key', () => {
  it('goes last in a block mapping, at its indentation, before a comment line and a blank line that follow it', () => {
    const text = 'registers:\n  electronic: true # since 2019\n  # kept by the office\n\nschool_day: { starts: "08:45" }\n';
    const { results, refused } = plan({ 'p.yaml': text }, 'p.yaml', (f) => [adding(f, 2, 3, '/registers/retention_years', 6)]);
    expect(refused).toEqual([]);
    expect(results[0]!.after).toBe(
      'registers:\n  electronic: true # since 2019\n  retention_years: 6\n  # kept by the office\n\nschool_day: { starts: "08:45" }\n',
    );
    expect(results[0]!.applied[0]!.path).toEqual(['registers', 'retention_years']);
  });

  it('goes inside the braces of a flow mapping, and into an empty one', () => {
    const full = plan({ 'p.yaml': 'registers: { electronic: true } # agreed\n' }, 'p.yaml', (f) => [
      adding(f, 1, 12, '/registers/retention_years', 6),
    ]);
    expect(full.results[0]!.after).toBe('registers: { electronic: true, retention_years: 6 } # agreed\n');
    const empty = plan({ 'p.yaml': 'registers: {}\n' }, 'p.yaml', (f) => [adding(f, 1, 12, '/registers/retention_years', 6)]);
    expect(empty.results[0]!.after).toBe('registers: { retention_years: 6 }\n');
  });

  it('quotes text that would read as something else, and keeps a file that ends without a line break so', () => {
    const { results } = plan({ 'p.yaml': 'document:\n  title: Attendance' }, 'p.yaml', (f) => [
      adding(f, 2, 3, '/document/version', '2.0'),
    ]);
    expect(results[0]!.after).toBe('document:\n  title: Attendance\n  version: "2.0"');
  });

  it('ends its line as the file does (Windows line breaks)', () => {
    const { results } = plan({ 'p.yaml': 'registers:\r\n  electronic: true\r\nmonitoring: {}\r\n' }, 'p.yaml', (f) => [
      adding(f, 2, 3, '/registers/retention_years', 6),
    ]);
    expect(results[0]!.after).toBe('registers:\r\n  electronic: true\r\n  retention_years: 6\r\nmonitoring: {}\r\n');
  });

  it('is refused, leaving the file as it was, when the key is not one the policy may have', () => {
    const { results, refused } = plan({ 'p.yaml': 'registers:\n  electronic: true\n' }, 'p.yaml', (f) => [
      adding(f, 2, 3, '/registers/kept_for_ever', true),
    ]);
    expect(results).toEqual([]);
    expect(refused[0]!.reason).toMatch(/would no longer be a valid policy/);
  });

  it('goes into the trust base when the band is written there, and every school that reads it stays valid', async () => {
    const base =
      'thresholds:\n  concern_levels:\n    - id: pa\n      label: Persistent absence # as the DfE counts it\n      below_pct: 90\n';
    const school = 'extends: base.yaml\nschools: [{ id: oak, name: Oak Primary }]\n';
    const dir = tempProject({ 'base.yaml': base, 'oak.yaml': school });
    const run = await runCli('lint', '--fix', '--fix-type', 'suggestion', '--as-of', '2026-11-26', path.join(dir, 'oak.yaml'));
    expect(run.out).toMatch(/Fixed .*base\.yaml:3 {2}inclusive: \(not set\) → true {2}\(def-persistent-absence, suggestion\)/);
    expect(readFileSync(path.join(dir, 'base.yaml'), 'utf8')).toBe(`${base}      inclusive: true\n`);
    expect(readFileSync(path.join(dir, 'oak.yaml'), 'utf8')).toBe(school);
    const again = lintFile(path.join(dir, 'oak.yaml'), { asOf: '2026-11-26' });
    expect(again.invalid).toBe(false);
    expect(again.diagnostics.filter((d) => d.ruleId === 'def-persistent-absence')).toEqual([]);
  });

  it('is not offered when the mapping it belongs in is not written at all (nothing to add it to)', () => {
    const dir = tempProject({ 'p.yaml': 'schools: [{ id: oak, name: Oak Primary }]\n' });
    const linted = lintFile(path.join(dir, 'p.yaml'), { asOf: '2026-11-26' });
    const plan = planFixes(linted.diagnostics, { kinds: ['fix', 'suggestion'] });
    expect(plan).toEqual({ results: [], refused: [] });
  });
});
