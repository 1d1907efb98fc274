import { UNIT_SYMBOLS, valueKindAt } from '../../core/value-kinds.js';
import { DATA_REF_WITH_UNITS, fillDataRefs } from '../../render/prose.js';
import { defineRule } from '../define-rule.js';

/**
 * A reference shows its value with its own unit ("{{thresholds.persistent_absence_pct}}" prints
 * "10%"). A "£" or "%" typed next to it is absorbed when the document is made, so nothing prints
 * twice; this rule asks for the plain reference so the text says what it prints, and fixes it.
 * A symbol that is not the value's own ("£" before a percentage) is an error: it would print.
 */
export const rule = defineRule({
  meta: {
    id: 'prose-data-ref-units',
    level: 'should',
    // The worst it reports: a sign that would print next to the wrong kind of value. A doubled sign is a warning (it never prints twice).
    severity: 'error',
    where: 'prose',
    settings: [],
    title: 'A value shown from the data brings its own unit: no £ or % typed next to it',
    explanation:
      'A value shown from the data is printed with its unit: an amount of money as "£80", a percentage as "10%". A pound sign or percent sign typed next to the reference would say it twice (two pound signs before 80, two percent signs after 10). policywright never prints it twice, but the text should say what is printed, so this rule asks for the plain reference, and `lint --fix` removes the extra sign. A sign that does not belong to the value (a pound sign before a percentage) is an error, because it would be printed.',
    citations: [{ source: 'policywright documentation', paragraph: 'README, "Showing values from the data"' }],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: true,
    governorQuestion: 'Do the amounts and percentages in our policy come from one place, so that they print once and correctly?',
    messages: {
      percentSignOnMoney: '“{{written}}” puts “%” next to an amount of money: parents would read “{{printed}}”.',
      poundSignOnPercentage: '“{{written}}” puts “£” next to a percentage: parents would read “{{printed}}”.',
      doubledPoundSign: '“{{written}}” types the pound sign that {{reference}} already prints.',
      doubledPercentSign: '“{{written}}” types the percent sign that {{reference}} already prints.',
    },
    hints: {
      percentSignOnMoney: 'Check which value was meant. The reference on its own ({{reference}}) prints the value with its unit.',
      poundSignOnPercentage: 'Check which value was meant. The reference on its own ({{reference}}) prints the value with its unit.',
      doubledPoundSign: 'Write {{reference}} on its own (lint --fix does this).',
      doubledPercentSign: 'Write {{reference}} on its own (lint --fix does this).',
    },
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
          // The wrong sign is always the other kind's own: "%" next to money, "£" next to a percentage.
          ctx.report({
            at,
            severity: 'error',
            messageId: kind === 'money' ? 'percentSignOnMoney' : 'poundSignOnPercentage',
            data: { written: whole.trim(), printed, reference: bare },
          });
          continue;
        }
        ctx.report({
          at,
          severity: 'warning',
          messageId: own === '£' ? 'doubledPoundSign' : 'doubledPercentSign',
          data: { written: whole.trim(), reference: bare },
          fix: { pointer: `/sections/${section.index}/body`, replace: { from: whole, to: bare } },
        });
      }
    }
  },
});
