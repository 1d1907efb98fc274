import { defineRule } from '../define-rule.js';
import { HISTORICAL_CONTEXT, negatedBefore, NEGATION } from '../../text/vocabulary.js';
import { lawText } from '../../law/law-text.js';

const BASE = '/legal_measures/penalty_notices';
const MORE_NOTICES = /\b(?:third|3rd|further|subsequent)\s+penalty\s+notices?\b/gi;
const SECOND_DISCOUNT = /\bsecond\s+penalty\s+notice[^.]{0,80}£\s?80(?![\d.,])/gi;
// A sentence about the limit itself ("at most 2 in 3 years", "no third notice") is not a threat of more.
const DENIED_AFTER = /^\s*(?:can\s*not|cannot|can't|will\s+not|won't|may\s+not|is\s+not|are\s+not|would\s+not)\b/i;
const ABOUT_LIMIT = /\b(three|3)[- ]years?\b|\b(only|maximum|at\s+most|limit\w*)\b/i;

export const rule = defineRule({
  meta: {
    id: 'pn-second-notice-and-limit',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: [
      '/legal_measures/penalty_notices/second/amount',
      '/legal_measures/penalty_notices/second/days',
      '/legal_measures/penalty_notices/second/discount',
      '/legal_measures/penalty_notices/max_per_parent_per_child_3y',
    ],
    title: lawText(
      'Second penalty notice: {penalty_notice.second.amount} with no discount; at most {penalty_notice.max_per_parent_per_child_3y} per parent per child in three years',
    ),
    explanation:
      'Since 19 August 2024 a second penalty notice to the same parent for the same child within three years costs £160, paid within 28 days, with no lower amount for paying early. No more than two notices can be issued to the same parent for the same child in any three years; after that the local authority must consider other action, such as prosecution.',
    citations: [
      {
        source: 'Education (Penalty Notices) (England) (Amendment) Regulations 2024 (SI 2024/210)',
        paragraph: 'amending regs 4 and 5 of the 2007 Regulations',
        url: 'https://www.legislation.gov.uk/uksi/2024/210',
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
    governorQuestion:
      'Does our policy say that a second penalty notice is £160 with no discount, and that no more than two can be issued in three years?',
    messages: {
      dataSecondAmount: 'The second penalty notice is given as {{found|pounds}}; since {{since|date}} it is {{required|pounds}}.',
      dataSecondDays: 'The second penalty notice is given {{found}} days to pay; since {{since|date}} it is {{required}} days.',
      dataSecondDiscount:
        'The policy offers a lower amount for paying a second penalty notice early. Since {{since|date}} a second notice has no early-payment discount.',
      dataLimit:
        'The policy allows {{found}} penalty notices to one parent for one child in three years; since {{since|date}} the limit is {{required}}.',
      proseMoreNotices:
        'No more than {{max}} penalty notices can be issued to the same parent for the same child in three years; after that the local authority considers other action.',
      proseSecondDiscount: 'A second penalty notice is {{amount|pounds}} with no lower amount for paying early.',
    },
    hints: {
      dataSecondAmount: 'Change it to {{required}} ({{reference}}).',
      dataSecondDays: 'Change it to {{required}} ({{reference}}).',
      dataSecondDiscount: 'Remove the discount ({{reference}}).',
      dataLimit: 'Change it to {{required}} ({{reference}}).',
      proseMoreNotices:
        'Remove the reference to further notices and say what happens if the threshold is met again (for example prosecution).',
      proseSecondDiscount: 'Say that a second notice within three years is {{amount|pounds}}, paid within {{days}} days.',
    },
  },
  check(ctx) {
    const pn = ctx.policy.legal_measures?.penalty_notices;
    const amount = ctx.law('penalty_notice.second.amount');
    const days = ctx.law('penalty_notice.second.days');
    const max = ctx.law('penalty_notice.max_per_parent_per_child_3y');
    if (!amount || !days || !max) return; // the national framework did not exist yet
    const since = amount.since;
    if (typeof pn?.second?.amount === 'number' && pn.second.amount !== amount.value) {
      ctx.report({
        pointer: `${BASE}/second/amount`,
        messageId: 'dataSecondAmount',
        data: { found: pn.second.amount, since, required: amount.value, reference: amount.reference },
        fix: { pointer: `${BASE}/second/amount`, value: amount.value },
      });
    }
    if (typeof pn?.second?.days === 'number' && pn.second.days !== days.value) {
      ctx.report({
        pointer: `${BASE}/second/days`,
        messageId: 'dataSecondDays',
        data: { found: pn.second.days, since, required: days.value, reference: days.reference },
        fix: { pointer: `${BASE}/second/days`, value: days.value },
      });
    }
    if (pn?.second?.discount === true) {
      ctx.report({
        pointer: `${BASE}/second/discount`,
        messageId: 'dataSecondDiscount',
        data: { since, reference: amount.reference },
        fix: { pointer: `${BASE}/second/discount`, value: false },
      });
    }
    if (typeof pn?.max_per_parent_per_child_3y === 'number' && pn.max_per_parent_per_child_3y !== max.value) {
      ctx.report({
        pointer: `${BASE}/max_per_parent_per_child_3y`,
        messageId: 'dataLimit',
        data: { found: pn.max_per_parent_per_child_3y, since, required: max.value, reference: max.reference },
        fix: { pointer: `${BASE}/max_per_parent_per_child_3y`, value: max.value },
      });
    }
    for (const { block, match, sentence } of ctx.matchProse(MORE_NOTICES)) {
      const i = match.index!;
      if (
        negatedBefore(block.text, i) ||
        DENIED_AFTER.test(block.text.slice(i + match[0].length)) ||
        ABOUT_LIMIT.test(sentence) ||
        HISTORICAL_CONTEXT.test(sentence)
      )
        continue;
      ctx.reportProse(block, i, match[0].length, { messageId: 'proseMoreNotices', data: { max: max.value } });
    }
    for (const { block, match, sentence } of ctx.matchProse(SECOND_DISCOUNT)) {
      if (NEGATION.test(sentence) || HISTORICAL_CONTEXT.test(sentence)) continue;
      const at = match[0].indexOf('£');
      ctx.reportProse(block, match.index! + at, match[0].length - at, {
        messageId: 'proseSecondDiscount',
        data: { amount: amount.value, days: days.value },
      });
    }
  },
});
