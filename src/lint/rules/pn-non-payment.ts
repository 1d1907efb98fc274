import { defineRule } from '../define-rule.js';
import { HISTORICAL_CONTEXT, NEGATION } from '../../text/vocabulary.js';
import { PROSECUTED_FOR_NON_PAYMENT } from './shared-facts.js';

const POINTER = '/legal_measures/penalty_notices/after_non_payment';
const INSTALMENTS = /\binstal(?:l)?ments?\b/gi;

export const rule = defineRule({
  meta: {
    id: 'pn-non-payment',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/legal_measures/penalty_notices/after_non_payment'],
    title: 'An unpaid penalty notice leads to prosecution for the attendance offence, or withdrawal',
    explanation:
      'A penalty notice must be paid in full; there are no instalments. If it is not paid within 28 days, the local authority must either prosecute the parent for the original attendance offence (not for failing to pay) or withdraw the notice. Parents should not be told they will be prosecuted for non-payment.',
    citations: [
      {
        source: 'Education (Penalty Notices) (England) Regulations 2007 (SI 2007/1867)',
        paragraph: 'regs 8–9 and Explanatory Note',
        url: 'https://www.legislation.gov.uk/uksi/2007/1867',
      },
      {
        source: 'Working together to improve school attendance (2024)',
        paragraph: 'chapter 6, national framework for penalty notices',
        url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: true,
    governorQuestion: 'Does our policy tell parents correctly what happens if a penalty notice is not paid?',
    messages: {
      dataProsecutesNonPayment:
        'The policy says an unpaid penalty notice leads to prosecution for non-payment. If it is not paid within {{days}} days, the local authority must either prosecute for the original attendance offence or withdraw the notice.',
      proseProsecutesNonPayment:
        'Parents are not prosecuted for failing to pay a penalty notice: the local authority prosecutes the original attendance offence, or withdraws the notice.',
      instalments: 'A penalty notice cannot be paid in instalments; it must be paid in full.',
    },
    hints: {
      dataProsecutesNonPayment: 'Say that the local authority will prosecute for the attendance offence or withdraw the notice.',
      proseProsecutesNonPayment: 'Say that, if the notice is not paid, the parent may be prosecuted for the attendance offence.',
      instalments: 'Remove the offer of instalments.',
    },
  },
  check(ctx) {
    const days = ctx.law('penalty_notice.first.full_days')?.value ?? 28;
    if (ctx.policy.legal_measures?.penalty_notices?.after_non_payment === 'prosecute_for_non_payment') {
      ctx.report({
        pointer: POINTER,
        messageId: 'dataProsecutesNonPayment',
        data: { days },
        fix: { pointer: POINTER, value: 'prosecute_or_withdraw' },
      });
    }
    for (const { block, match, sentence } of ctx.matchProse(PROSECUTED_FOR_NON_PAYMENT)) {
      if (
        HISTORICAL_CONTEXT.test(sentence) ||
        /\bnot\s+for\b/i.test(sentence) ||
        /\b(?:not|never|cannot|can't|won't)\s+(?:be\s+)?$/i.test(block.text.slice(0, match.index!))
      )
        continue;
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'proseProsecutesNonPayment' });
    }
    for (const { block, match, sentence } of ctx.matchProse(INSTALMENTS)) {
      // Only a sentence that offers instalments for a penalty notice is wrong; "no instalments" is right.
      if (!/\b(penalt|fine|FPN|notice)/i.test(sentence) || NEGATION.test(sentence) || /\bin\s+full\b/i.test(sentence)) continue;
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'instalments' });
    }
  },
});
