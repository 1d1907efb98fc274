import type { Rule } from '../rule.js';

/**
 * The policy must fit the policy schema. The check itself is validation, which runs before every
 * other rule (a policy that does not fit is not linted further); this module gives it an id,
 * documentation and examples like any other rule.
 */
export const rule: Rule = {
  meta: {
    id: 'schema',
    level: 'must',
    severity: 'error',
    where: 'data',
    title: 'The policy file follows the policy model (every field known, every value of the right kind)',
    explanation:
      'Before anything else is checked, the policy file must fit the policy model: only known fields, times written as "HH:MM" in quotes, dates as YYYY-MM-DD, numbers where numbers are expected. A mistake here (a misspelt field, a time like 9.15) would otherwise be silently ignored or misread, so each one is reported at its line and column, with what was expected and an example.',
    citations: [{ source: 'policywright policy schema', paragraph: 'schemas/policy.schema.json' }],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion: 'Does our policy file pass `policywright validate` with no errors?',
  },
  check(ctx) {
    // Validation runs in lintFile before the rules; a policy that reaches them fits the model.
    ctx.notApplicable('This is checked before anything else: a policy that did not fit the policy model could not be reported on.');
  },
  examples: {
    pass: [
      { title: 'Known fields and quoted times', yaml: 'school_day:\n  registers:\n    morning: { opens: "08:45", closes: "09:05" }\n' },
    ],
    fail: [
      { title: 'A time written as a number', yaml: 'school_day:\n  registers:\n    morning: { opens: "08:45", closes: 9.05 }\n' },
      { title: 'A misspelt field', yaml: 'schol_day:\n  starts: "08:45"\n' },
    ],
  },
};
