import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile } from '../../src/lint/engine.js';
import { ruleTitle } from '../../src/lint/rule-title.js';
import { allRules } from '../../src/lint/registry.js';

// Each rule's examples are its documentation and its tests: passing examples give no finding
// from that rule, failing examples give at least one, and every example is a valid policy.
const dir = mkdtempSync(path.join(tmpdir(), 'pw-examples-'));
let n = 0;
function run(yaml: string, asOf = '2026-11-26') {
  const file = path.join(dir, `example-${n++}.yaml`);
  writeFileSync(file, yaml);
  return lintFile(file, { asOf });
}

describe.each(allRules().map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
  it('has complete metadata', () => {
    const m = rule.meta;
    expect(ruleTitle(m).length).toBeGreaterThan(10);
    expect(m.explanation.length).toBeGreaterThan(40);
    expect(m.governorQuestion).toMatch(/\?$/);
    expect(m.citations.length).toBeGreaterThan(0);
    expect(rule.examples.fail.length + rule.examples.pass.length).toBeGreaterThan(0);
  });
  for (const ex of rule.examples.pass) {
    it(`passes: ${ex.title}`, () => {
      const result = run(ex.yaml, ex.asOf);
      expect(result.invalid, JSON.stringify(result.diagnostics)).toBe(false);
      expect(result.diagnostics.filter((d) => d.ruleId === rule.meta.id)).toEqual([]);
    });
  }
  // An example with templates of its own is run by the rule tester against those templates.
  for (const ex of rule.examples.fail.filter((e) => !e.templates)) {
    it(`fails: ${ex.title}`, () => {
      const result = run(ex.yaml, ex.asOf);
      // Only the schema rule's failing examples are invalid policies.
      expect(result.invalid, JSON.stringify(result.diagnostics)).toBe(rule.meta.id === 'schema');
      expect(result.diagnostics.filter((d) => d.ruleId === rule.meta.id).length).toBeGreaterThan(0);
    });
  }
});
