import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Lexer, parseDocument } from 'yaml';
import { UserError } from '../../src/core/diagnostics.js';
import type { FoundDiagnostic } from '../../src/lint/context.js';
import { planFixes, writeFixes } from '../../src/lint/fix.js';
import { lintFilesHere } from '../../src/lint/parallel.js';
import { checkPolicyFile } from '../../src/validate/index.js';
import { ROOT, runCli, tempProject } from '../helpers.js';

const comments = (t: string) => [...new Lexer().lex(t)].filter((x) => x.startsWith('#'));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(n) ? [p] : [];
  });
}

/** Every leaf path where two parsed documents differ. */
function changedPaths(a: unknown, b: unknown, at: Array<string | number> = []): string[] {
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) =>
      changedPaths((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...at, Array.isArray(a) ? Number(k) : k]),
    );
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [JSON.stringify(at)];
}

/** A finding as a rule would report it, with a change at the value written at `line:column` of `file`. */
function finding(file: string, line: number, column: number, fix: FoundDiagnostic['fix']): FoundDiagnostic {
  const at = { file, line, column, endLine: line, endColumn: column + 1 };
  return { ruleId: 'test-rule', severity: 'error', message: 'test', ...at, policyFile: file, fix, fixAt: at };
}

describe('lint --fix never breaks a file', () => {
  it('a text fix inside a literal block keeps the block indentation (bishop-perrin, monitoring section)', async () => {
    const dir = tempProject({ 'bp.yaml': readFileSync(path.join(ROOT, 'test/fixtures/corpus/bishop-perrin.yaml')) });
    const file = path.join(dir, 'bp.yaml');
    const before = readFileSync(file, 'utf8');
    const run = await runCli('lint', '--fix', '--as-of', '2026-11-26', file);
    expect(run.out).toMatch(/Fixed .*bp\.yaml:\d+ {2}“a parenting contract” → “an attendance contract”/);
    const after = readFileSync(file, 'utf8');
    expect(parseDocument(after).errors).toEqual([]);
    const section = (t: string) =>
      (parseDocument(t).toJS() as { sections: Array<{ id: string; body: string }> }).sections.find(
        (s) => s.id === 'monitoring-reporting-celebrating',
      )!.body;
    expect(section(after)).toBe(section(before).split('a parenting contract').join('an attendance contract'));
    // Every changed line keeps its indentation.
    const a = before.split('\n');
    const b = after.split('\n');
    expect(b.length).toBe(a.length);
    a.forEach((line, i) => expect(b[i]!.match(/^ */)![0]).toBe(line.match(/^ */)![0]));
    // A local decision is not changed by --fix: the penalty threshold window stays as the school wrote it.
    expect(after).toMatch(/window_school_weeks: 6\b/);
  });

  it('refuses a change that would leave the policy invalid, and leaves the file as it was', () => {
    const dir = tempProject({ 'p.yaml': 'registers:\n  retention_years: 3 # as agreed\n' });
    const file = path.join(dir, 'p.yaml');
    const plan = planFixes([finding(file, 2, 20, { pointer: '/registers/retention_years', value: 'six' })]);
    expect(plan.results).toEqual([]);
    expect(plan.refused).toHaveLength(1);
    expect(plan.refused[0]!.reason).toMatch(/would no longer be a valid policy/);
  });

  it('refuses a change that would change another value too (a YAML alias)', () => {
    const text = 'registers:\n  retention_years: &years 3\nla_returns:\n  new_pupil_days: *years\n';
    const dir = tempProject({ 'p.yaml': text });
    const file = path.join(dir, 'p.yaml');
    const plan = planFixes([finding(file, 2, 27, { pointer: '/registers/retention_years', value: 6 })]);
    expect(plan.results).toEqual([]);
    expect(plan.refused[0]!.reason).toMatch(/would alter other values/);
  });

  it('the CLI reports a refused change, exits 2 and writes nothing', async () => {
    // Only a real rule's finding reaches the CLI, so an alias is what makes its change unsafe here.
    const text = 'registers:\n  retention_years: &years 3\nla_returns:\n  sickness_return_days: *years\n';
    const dir = tempProject({ 'p.yaml': text });
    const file = path.join(dir, 'p.yaml');
    const run = await runCli('lint', '--fix', '--as-of', '2026-11-26', file);
    expect(run.err).toMatch(/Not fixed: .*p\.yaml:2 \(register-retention-6-years\): the change would alter other values in the file/);
    expect(run.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('plans on the text it checked and refuses to write when the file changed meanwhile', () => {
    const checked = 'legal_measures:\n  penalty_notices:\n    first: { discounted: 60, discount_days: 21, full: 120, full_days: 28 }\n';
    const dir = tempProject({ 'p.yaml': checked });
    const file = path.join(dir, 'p.yaml');
    const [linted] = lintFilesHere([file], { asOf: '2026-11-26' });
    // An editor saves the file between the check and the write.
    const edited = checked.replace('full: 120', 'full: 125');
    writeFileSync(file, edited);
    const plan = planFixes(linted!.diagnostics, { checked: new Map(Object.entries(linted!.checked!)) });
    expect(plan.results[0]!.before).toBe(checked);
    expect(() => writeFixes(plan.results)).toThrow(UserError);
    expect(() => writeFixes(plan.results)).toThrow(/changed after it was checked .* Nothing in it was changed/);
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  it('--fix-type suggestion makes the suggestions only, and needs --fix or --fix-dry-run', async () => {
    const text =
      'legal_measures:\n  penalty_notices:\n    first: { discounted: 60, discount_days: 21, full: 120, full_days: 28 }\n    threshold: { sessions: 10, window_school_weeks: 6 }\n';
    const dir = tempProject({ 'p.yaml': text });
    const file = path.join(dir, 'p.yaml');
    const shown = await runCli('lint', '--as-of', '2026-11-26', file);
    expect(shown.out).toMatch(/→ suggestion: window_school_weeks: 6 → 10/);
    const json = JSON.parse((await runCli('lint', '--format', 'json', '--as-of', '2026-11-26', file)).out) as Array<{
      messages: Array<{ ruleId: string; suggestions?: Array<{ desc: string; value: number }> }>;
    }>;
    expect(json[0]!.messages.find((m) => m.ruleId === 'pn-national-threshold')!.suggestions).toEqual([
      expect.objectContaining({ desc: 'window_school_weeks: 6 → 10', value: 10 }),
    ]);
    const sarif = JSON.parse((await runCli('lint', '--format', 'sarif', '--as-of', '2026-11-26', file)).out) as {
      runs: Array<{ results: Array<{ ruleId: string; fixes?: Array<{ description: { text: string } }> }> }>;
    };
    expect(sarif.runs[0]!.results.find((r) => r.ruleId === 'pn-national-threshold')!.fixes![0]!.description.text).toMatch(
      /^Suggestion \(the school decides\): window_school_weeks: 6 → 10/,
    );
    expect((await runCli('lint', '--fix-type', 'suggestion', file)).code).toBe(2);
    await runCli('lint', '--fix', '--fix-type', 'suggestion', '--as-of', '2026-11-26', file);
    expect(readFileSync(file, 'utf8')).toBe(text.replace('window_school_weeks: 6', 'window_school_weeks: 10'));
    await runCli('lint', '--fix', '--as-of', '2026-11-26', file);
    expect(readFileSync(file, 'utf8')).toBe(
      text
        .replace('window_school_weeks: 6', 'window_school_weeks: 10')
        .replace('discounted: 60', 'discounted: 80')
        .replace('full: 120', 'full: 160'),
    );
  });
});

describe('lint --fix on a copy of every corpus fixture and bundled example', () => {
  const sources = [
    ['test/fixtures/corpus', 'corpus'],
    ['policies', 'policies'],
  ] as const;
  for (const kind of ['fix', 'fix,suggestion'] as const) {
    it(`--fix-type ${kind}: files parse, validate, keep every comment and change only what the fixes list`, async () => {
      const dir = tempProject();
      for (const [from, to] of sources) cpSync(path.join(ROOT, from), path.join(dir, to), { recursive: true });
      const files = yamlFiles(dir);
      const before = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
      const linted = lintFilesHere(files, { asOf: '2026-11-26' });
      const plan = planFixes(
        linted.flatMap((l) => l.diagnostics),
        { kinds: kind.split(',') as Array<'fix' | 'suggestion'>, checked: new Map(linted.flatMap((l) => Object.entries(l.checked ?? {}))) },
      );
      expect(plan.refused).toEqual([]);
      expect(plan.results.length).toBeGreaterThan(0);
      const run = await runCli('lint', '--fix', '--fix-type', kind, '--as-of', '2026-11-26', dir);
      expect(run.code).not.toBe(2);
      for (const file of files) {
        const after = readFileSync(file, 'utf8');
        const planned = plan.results.find((r) => r.file === file);
        expect(after).toBe(planned?.after ?? before.get(file));
        expect(parseDocument(after).errors).toEqual([]);
        expect(comments(after)).toEqual(comments(before.get(file)!));
        expect(checkPolicyFile(file).diagnostics).toEqual([]);
        const changed = changedPaths(parseDocument(before.get(file)!).toJS(), parseDocument(after).toJS()).sort();
        expect(changed).toEqual([...new Set((planned?.applied ?? []).map((a) => JSON.stringify(a.path)))].sort());
        // Each changed value is what the lines the command printed say, read from its output alone.
        const said = [...run.out.matchAll(/^Fixed (.+):\d+ {2}(.+) {2}\([\w-]+(?:, suggestion)?\)$/gm)]
          .filter((m) => path.resolve(dir, m[1]!) === file || m[1] === file)
          .map((m) => m[2]!);
        const was = parseDocument(before.get(file)!);
        const now = parseDocument(after);
        for (const at of changed) {
          const keys = JSON.parse(at) as Array<string | number>;
          const old = was.getIn(keys) as unknown;
          const value = now.getIn(keys) as unknown;
          const shown = (v: unknown) => (v === undefined ? '(not set)' : typeof v === 'string' ? `“${v}”` : String(v));
          if (said.includes(`${String(keys.at(-1))}: ${shown(old)} → ${shown(value)}`)) continue;
          // A change of words in a text: the printed replacements, in order, turn the old text into the new.
          const replaced = said
            .map((line) => /^“(.+)” → “(.+)”$/.exec(line))
            .reduce((text, m) => (m && typeof text === 'string' ? text.split(m[1]!).join(m[2]!) : text), old);
          expect(
            typeof old === 'string' && replaced === value,
            `${file} ${at}: ${shown(old)} → ${shown(value)} is not among\n${said.join('\n')}`,
          ).toBe(true);
        }
      }
    });
  }
});
