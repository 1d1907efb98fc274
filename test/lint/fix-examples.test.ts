import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { FixKind } from '../../src/lint/context.js';
import { lintFile } from '../../src/lint/engine.js';
import { planFixes } from '../../src/lint/fix.js';
import { allRules } from '../../src/lint/registry.js';
import type { Rule, RuleExample } from '../../src/lint/rule.js';

// As ESLint's RuleTester: every failing example of a rule that fixes or suggests gives the exact text
// the change makes (written out by hand in the rule), and an example without one must not be changed.
const dir = mkdtempSync(path.join(tmpdir(), 'pw-fix-examples-'));
let n = 0;

function applied(rule: Rule, ex: RuleExample, kind: FixKind, yaml = ex.yaml) {
  const file = path.join(dir, `example-${n++}.yaml`);
  writeFileSync(file, yaml);
  const result = lintFile(file, { asOf: ex.asOf ?? '2026-11-26', rules: [rule] });
  const plan = planFixes(result.diagnostics, { kinds: [kind], checked: new Map([[file, yaml]]) });
  return { plan, after: plan.results[0]?.after ?? yaml, result };
}

const changing = allRules().filter((r) => r.meta.fixable || r.meta.suggestions);

describe.each(changing.map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
  if (rule.meta.fixable) {
    it('has a failing example with the exact text --fix makes', () => {
      expect(rule.examples.fail.some((ex) => ex.output !== undefined)).toBe(true);
    });
  }
  if (rule.meta.suggestions) {
    it('has a failing example with the exact text --fix-type suggestion makes', () => {
      expect(rule.examples.fail.some((ex) => ex.suggested !== undefined)).toBe(true);
    });
  }
  for (const ex of rule.examples.fail) {
    for (const [kind, expected] of [
      ['fix', ex.output],
      ['suggestion', ex.suggested],
    ] as const) {
      it(`${ex.title}: --fix-type ${kind} gives ${expected === undefined ? 'no change' : 'exactly the expected text'}`, () => {
        const { plan, after } = applied(rule, ex, kind);
        expect(plan.refused).toEqual([]);
        expect(after).toBe(expected ?? ex.yaml);
        expect(parseDocument(after).errors).toEqual([]);
        if (expected === undefined) return;
        // The changed policy is valid, and a second run has nothing more of this kind to change.
        const again = applied(rule, ex, kind, after);
        expect(again.result.invalid).toBe(false);
        expect(again.plan.results).toEqual([]);
      });
    }
  }
});
