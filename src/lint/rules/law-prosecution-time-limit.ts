import { defineRule } from '../define-rule.js';
import { HISTORICAL_CONTEXT } from '../../text/vocabulary.js';
import { NUM, toNumber } from '../../text/numbers.js';
import { PROSECUTED_FOR_NON_PAYMENT } from './shared-facts.js';
import { lawText } from '../../law/law-text.js';

// "prosecution ... within 12 months of the offence"
const TIME_LIMIT = new RegExp(`\\b(?:prosecut\\w*|proceedings|court\\s+action)\\b[^.]{0,80}?\\bwithin\\s+${NUM}\\s+months\\b`, 'gi');
// Prosecution framed as caused by non-payment ("prosecuted because of non-payment"); "prosecuted for non-payment" is pn-non-payment's.
const ABOUT_NON_PAYMENT =
  /\bprosecut\w*\s+(?:\w+\s+){0,3}(?:due\s+to|because\s+of|on\s+(?:the\s+)?grounds?\s+of)\s+(?:the\s+)?(?:non[- ]?payment|failure\s+to\s+pay)\b/gi;
const ORIGINAL_OFFENCE = /\b(original|attendance|s\.?\s?444|section\s+444|non[- ]attendance|irregular\s+attendance)\b/i;

export const rule = defineRule({
  meta: {
    id: 'law-prosecution-time-limit',
    level: 'info',
    severity: 'info',
    where: 'both',
    settings: [],
    title: lawText('A prosecution must start within {prosecution.time_limit_months}, and is for the attendance offence'),
    explanation:
      'Attendance offences are heard only in the magistrates’ court, so a prosecution must be started within 6 months of the offence, usually counted from the last date of the poor attendance. This includes prosecution after an unpaid penalty notice, which is for the original attendance offence, not for failing to pay.',
    citations: [
      { source: 'Magistrates’ Courts Act 1980', paragraph: 's127', url: 'https://www.legislation.gov.uk/ukpga/1980/43/section/127' },
      { source: 'Sentencing Council, School non-attendance (revised 2017)', paragraph: '“Triable only summarily”' },
    ],
    effectiveFrom: '1981-07-06',
    confidence: 'medium',
    confidenceNote:
      'The 6-month limit is general criminal procedure, not attendance guidance, and is only indirectly corroborated in the sources.',
    fixable: false,
    governorQuestion: 'Does our policy describe prosecution as being for the attendance offence, within the time the law allows?',
    messages: {
      wrongTimeLimit: 'A prosecution for an attendance offence must be started within {{months}} months of the offence, not {{found}}.',
      prosecutedForNonPayment:
        'A prosecution after an unpaid penalty notice is for the original attendance offence, not for the non-payment.',
    },
    hints: {
      wrongTimeLimit: 'Change it to {{months}} months ({{reference}}).',
      prosecutedForNonPayment: 'Say that the parent may be prosecuted for the attendance offence.',
    },
  },
  check(ctx) {
    const limit = ctx.law('prosecution.time_limit_months');
    if (!limit) return;
    for (const { block, match, sentence } of ctx.matchProse(TIME_LIMIT)) {
      const n = toNumber(match[1]);
      if (
        n === undefined ||
        n === limit.value ||
        HISTORICAL_CONTEXT.test(sentence) ||
        /\b(imprison|prison|custody|order)\b/i.test(match[0])
      )
        continue;
      ctx.reportProse(block, match.index!, match[0].length, {
        messageId: 'wrongTimeLimit',
        data: { months: limit.value, found: n, reference: limit.reference },
      });
    }
    for (const { block, match, sentence } of ctx.matchProse(ABOUT_NON_PAYMENT)) {
      // "prosecuted for non-payment" is an error under pn-non-payment; "for the original offence in cases of non-payment" is right.
      if (
        new RegExp(PROSECUTED_FOR_NON_PAYMENT.source, 'i').test(sentence) ||
        ORIGINAL_OFFENCE.test(sentence) ||
        HISTORICAL_CONTEXT.test(sentence)
      )
        continue;
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'prosecutedForNonPayment' });
    }
  },
});
