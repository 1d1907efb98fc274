import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/lint/define-rule.js';
import { allRules } from '../../src/lint/registry.js';
import type { Rule } from '../../src/lint/rule.js';
import { EXAMPLE_DATE } from '../../src/lint/rule-tester.js';
import { checkPolicyFile } from '../../src/validate/index.js';
import { ROOT } from '../helpers.js';
import { declarationProblems, type ReadInput } from './rule-reads.js';

// Each rule declares the settings it checks (meta.settings) and whether it reads the text
// (meta.where); the governors' report quotes those settings as evidence without running the rule
// again. Here each rule is run behind a recording Proxy on the bundled policies and on its own
// examples, and what it reads must be what it declares.

const AS_OF = '2026-11-30';
const BUNDLED = [
  'policies/schools/oakfield-primary.yaml',
  'policies/schools/hillcrest-secondary.yaml',
  'policies/brook-and-meadow-federation.yaml',
  'policies/trust-base.yaml',
];
const dir = mkdtempSync(path.join(tmpdir(), 'pw-rule-settings-'));
let n = 0;

function load(file: string, name: string, asOf: string): ReadInput[] {
  const { policy, diagnostics } = checkPolicyFile(file);
  // An example that does not fit the schema never reaches the rules.
  return diagnostics.length ? [] : [{ name, loaded: policy, asOf }];
}

let bundled: ReadInput[] | undefined;
function inputsFor(rule: Rule): ReadInput[] {
  bundled ??= BUNDLED.flatMap((f) => load(path.join(ROOT, f), f, AS_OF));
  const own = [
    ...rule.examples.pass.map((ex, i) => ({ ex, name: `valid example ${i + 1}` })),
    ...rule.examples.fail.map((ex, i) => ({ ex, name: `invalid example ${i + 1}` })),
  ];
  return [
    ...bundled,
    ...own.flatMap(({ ex, name }) => {
      const file = path.join(dir, `example-${n++}.yaml`);
      writeFileSync(file, ex.yaml);
      return load(file, `${rule.meta.id}.examples.yaml, ${name}`, ex.asOf ?? EXAMPLE_DATE);
    }),
  ];
}

describe('each rule reads exactly the settings it declares', () => {
  const rules = allRules().filter((r) => r.meta.where !== 'templates');
  it('the bundled policies are all valid, so every rule is run on them', () => {
    expect(BUNDLED.map((f) => checkPolicyFile(path.join(ROOT, f)).diagnostics.length)).toEqual(BUNDLED.map(() => 0));
  });
  it.each(rules.map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
    expect(declarationProblems(rule, inputsFor(rule))).toEqual([]);
  });
});

describe('the check of a declaration', () => {
  const policy = path.join(ROOT, 'policies/schools/oakfield-primary.yaml');
  const inputs = () => load(policy, 'oakfield-primary.yaml', AS_OF);
  const fake = (where: 'data' | 'both' | 'prose', settings: string[], check: Rule['check']) =>
    defineRule({
      meta: {
        id: 'fake-rule',
        level: 'must',
        severity: 'error',
        where,
        settings,
        title: 'A rule made up for this test',
        explanation: 'Made up.',
        citations: [],
        effectiveFrom: '2024-08-19',
        confidence: 'high',
        fixable: false,
        governorQuestion: 'Is it?',
        messages: {},
      },
      check,
    });

  it('names a setting a rule reads but does not declare, and a pattern it declares but never reads', () => {
    const rule = fake('data', ['/registers/retention_years'], (ctx) => void ctx.get('/registers/electronic'));
    expect(declarationProblems(rule, inputs())).toEqual([
      'fake-rule reads /registers/electronic (in oakfield-primary.yaml) but its meta.settings does not declare it',
      'fake-rule declares /registers/retention_years in meta.settings but reads no value there in any example',
    ]);
  });

  it('counts reading an item of a list of words as reading the list, and a school identity as no setting', () => {
    const rule = fake('data', ['/leave_of_absence/grounds'], (ctx) => {
      void ctx.policy.leave_of_absence?.grounds?.[1];
      void ctx.policy.schools?.[0]?.phase;
      void ctx.policy.schools?.[0]?.name;
    });
    expect(declarationProblems(rule, inputs())).toEqual([]);
  });

  it('matches * and ** patterns, and says when where is wrong about the text', () => {
    const reads = fake('data', ['/**/school_day/registers/*/closes'], (ctx) => {
      void ctx.policy.schools?.[0]?.school_day?.registers?.morning?.closes;
      void ctx.prose.length;
    });
    expect(declarationProblems(reads, inputs())).toEqual(["fake-rule reads the text (in oakfield-primary.yaml) but says where: 'data'"]);
    const silent = fake('both', [], () => {});
    expect(declarationProblems(silent, inputs())).toEqual(["fake-rule says where: 'both' but reads the text of no example"]);
  });
});
