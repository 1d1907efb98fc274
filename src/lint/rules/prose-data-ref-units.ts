import { UNIT_SYMBOLS, valueKindAt } from '../../core/value-kinds.js';
import { DATA_REF_WITH_UNITS, fillDataRefs } from '../../render/prose.js';
import type { Rule } from '../rule.js';

const KIND_WORDS: Record<string, string> = { money: 'an amount of money', percent: 'a percentage' };

/**
 * A reference shows its value with its own unit ("{{thresholds.persistent_absence_pct}}" prints
 * "10%"). A "£" or "%" typed next to it is absorbed when the document is made, so nothing prints
 * twice; this rule asks for the plain reference so the text says what it prints, and fixes it.
 * A symbol that is not the value's own ("£" before a percentage) is an error: it would print.
 */
export const rule: Rule = {
  meta: {
    id: 'prose-data-ref-units',
    level: 'should',
    // The worst it reports: a sign that would print next to the wrong kind of value. A doubled sign is a warning (it never prints twice).
    severity: 'error',
    where: 'prose',
    title: 'A value shown from the data brings its own unit: no £ or % typed next to it',
    explanation:
      'A value shown from the data is printed with its unit: an amount of money as "£80", a percentage as "10%". A pound sign or percent sign typed next to the reference would say it twice (two pound signs before 80, two percent signs after 10). policywright never prints it twice, but the text should say what is printed, so this rule asks for the plain reference, and `lint --fix` removes the extra sign. A sign that does not belong to the value (a pound sign before a percentage) is an error, because it would be printed.',
    citations: [{ source: 'policywright documentation', paragraph: 'README, "Showing values from the data"' }],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: true,
    governorQuestion: 'Do the amounts and percentages in our policy come from one place, so that they print once and correctly?',
  },
  check(ctx) {
    for (const section of ctx.sections) {
      for (const m of section.body.matchAll(DATA_REF_WITH_UNITS)) {
        const [whole, before, path, after] = m as unknown as [string, string | undefined, string, string | undefined];
        if (!before && !after) continue;
        const kind = valueKindAt(path, ctx.policy);
        const own = UNIT_SYMBOLS[kind]?.symbol;
        const at = section.at(m.index!, whole.length);
        const bare = `{{${path}}}`;
        const wrong = [before && own !== '£' ? '£' : '', after && own !== '%' ? '%' : ''].filter(Boolean);
        if (wrong.length) {
          // Only a symbol next to money or a percentage is surely wrong; a plain count is the author's business.
          if (kind !== 'money' && kind !== 'percent') continue;
          const printed = fillDataRefs(ctx.policy, whole.trim()).replace(/\\(.)/g, '$1');
          ctx.report({
            at,
            severity: 'error',
            message: `“${whole.trim()}” puts ${wrong.map((w) => `“${w}”`).join(' and ')} next to ${KIND_WORDS[kind]}: parents would read “${printed}”.`,
            hint: `Check which value was meant. The reference on its own (${bare}) prints the value with its unit.`,
          });
          continue;
        }
        ctx.report({
          at,
          severity: 'warning',
          message: `“${whole.trim()}” types the ${own === '£' ? 'pound sign' : 'percent sign'} that ${bare} already prints.`,
          hint: `Write ${bare} on its own (lint --fix does this).`,
          fix: { pointer: `/sections/${section.index}/body`, replace: { from: whole, to: bare } },
        });
      }
    }
  },
  examples: {
    pass: [
      {
        title: 'Plain references',
        yaml: 'thresholds:\n  persistent_absence_pct: 10\nsections:\n  - id: pa\n    title: Persistent absence\n    body: |\n      Missing {{thresholds.persistent_absence_pct}} or more of sessions.\n',
      },
      {
        title: 'A count with a percent sign of its own meaning',
        yaml: 'escalation:\n  stages:\n    - id: s5\n      name: Formal\n      triggers:\n        - { metric: unauthorised_sessions, comparison: ge, value: 10 }\nsections:\n  - id: s\n    title: Stages\n    body: |\n      {{escalation.stages.s5.triggers.0.value}}% of nothing.\n',
      },
    ],
    fail: [
      {
        title: 'A pound sign before an amount',
        yaml: 'legal_measures:\n  penalty_notices:\n    first: { discounted: 80, discount_days: 21, full: 160, full_days: 28 }\nsections:\n  - id: pn\n    title: Penalty notices\n    body: |\n      A penalty notice is £{{legal_measures.penalty_notices.first.discounted}} if paid within 21 days.\n',
        output:
          'legal_measures:\n  penalty_notices:\n    first: { discounted: 80, discount_days: 21, full: 160, full_days: 28 }\nsections:\n  - id: pn\n    title: Penalty notices\n    body: |\n      A penalty notice is {{legal_measures.penalty_notices.first.discounted}} if paid within 21 days.\n',
      },
      {
        title: 'A percent sign after a percentage',
        yaml: 'thresholds:\n  persistent_absence_pct: 10\nsections:\n  - id: pa\n    title: Persistent absence\n    body: |\n      Missing {{thresholds.persistent_absence_pct}}% or more of sessions.\n',
        output:
          'thresholds:\n  persistent_absence_pct: 10\nsections:\n  - id: pa\n    title: Persistent absence\n    body: |\n      Missing {{thresholds.persistent_absence_pct}} or more of sessions.\n',
      },
      {
        title: 'A pound sign before a percentage',
        yaml: 'thresholds:\n  persistent_absence_pct: 10\nsections:\n  - id: pa\n    title: Persistent absence\n    body: |\n      Missing £{{thresholds.persistent_absence_pct}} or more of sessions.\n',
      },
    ],
  },
};
