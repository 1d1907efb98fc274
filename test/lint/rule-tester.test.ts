import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/lint/registry.js';
import { RuleTester } from '../../src/lint/rule-tester.js';

// Every rule written with defineRule is run alone on the examples in its examples file: a valid
// example gives nothing, an invalid one gives exactly the findings it lists (message id, line,
// column), and a change --fix or a suggestion makes gives exactly the text written there, which is
// parsed and linted again.
const tester = new RuleTester();
const defined = allRules().filter((r) => r.meta.messages !== undefined);

describe.each(defined.map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
  it('shows every one of its messages in an example', () => {
    const shown = new Set(rule.examples.fail.flatMap((ex) => (ex.errors ?? []).map((e) => e.messageId)));
    expect([...shown].sort()).toEqual(Object.keys(rule.meta.messages!).sort());
  });
  if (rule.meta.fixable) {
    it('has an invalid example with the exact text --fix makes', () =>
      expect(rule.examples.fail.some((ex) => ex.output !== undefined)).toBe(true));
  }
  if (rule.meta.suggestions) {
    it('has an invalid example with the exact text a suggestion makes', () =>
      expect(rule.examples.fail.some((ex) => ex.suggested !== undefined)).toBe(true));
  }
  for (const ex of rule.examples.pass) {
    it(`valid: ${ex.title}`, () => {
      const run = tester.run(rule, ex);
      expect(run.invalid, JSON.stringify(run.findings)).toBe(false);
      expect(run.actual).toEqual([]);
    });
  }
  for (const ex of rule.examples.fail) {
    it(`invalid: ${ex.title}`, () => {
      const run = tester.run(rule, ex);
      expect(run.invalid, JSON.stringify(run.findings)).toBe(rule.meta.id === 'schema');
      expect(run.actual).toEqual(ex.errors);
      for (const d of run.findings) {
        // The words are made from the message and its data; the quoted sentence travels as data.
        expect(d.message).not.toMatch(/The text says: “|undefined|NaN/);
        expect(d.hint ?? '').not.toMatch(/undefined|NaN/);
      }
    });
    for (const [kind, expected] of [
      ['fix', ex.output],
      ['suggestion', ex.suggested],
    ] as const) {
      it(`invalid: ${ex.title}: ${kind} gives ${expected === undefined ? 'no change' : 'exactly the expected text, which is valid and needs no more'}`, () => {
        const fixed = tester.fix(rule, ex, kind);
        expect(fixed.refused).toEqual([]);
        expect(fixed.after).toBe(expected ?? ex.yaml);
        expect(fixed.yamlErrors).toEqual([]);
        if (expected === undefined) return;
        expect(fixed.again).toEqual({ invalid: false, stillChanges: 0, schemaErrors: [] });
      });
    }
  }
});

it('every rule written with defineRule has messages and no rule writes its examples as strings', () => {
  expect(defined.length).toBeGreaterThan(0);
});
