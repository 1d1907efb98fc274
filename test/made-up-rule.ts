import type { Rule, RuleMeta } from '../src/lint/rule.js';

/**
 * The meta of a rule made up for a test: a legal duty in force since the 2024 guidance, about the
 * data and the prose, with no citations or question. `extra` sets what the test is about.
 */
export function madeUpMeta(id: string, extra: Partial<RuleMeta> = {}): RuleMeta {
  return {
    id,
    level: 'must',
    severity: 'error',
    where: 'both',
    title: id,
    explanation: '',
    citations: [],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion: '',
    ...extra,
  };
}

/** A rule made up for a test (see `madeUpMeta`), with no examples. */
export function madeUpRule(id: string, check: Rule['check'], extra: Partial<RuleMeta> = {}): Rule {
  return { meta: madeUpMeta(id, extra), check, examples: { pass: [], fail: [] } };
}
