import { defineRule } from '../define-rule.js';
import { HISTORICAL_CONTEXT } from '../../text/vocabulary.js';
import { proseMentions } from '../prose-match.js';
import { lawText } from '../../law/law-text.js';

const NTI = /\bnotices?\s+to\s+improve\b/i;
const NTI_PERIOD = /\bnotices?\s+to\s+improve\b([^.]{0,120}?)\b(\d{1,2})[\s-]+(?:school\s+|working\s+)?(weeks?|days?)\b/gi;
const WARNING_LETTER = /\b(?:(?:whole[- ]school|formal)\s+)?warning\s+letters?\b/gi;

export const rule = defineRule({
  meta: {
    id: 'pn-support-first-and-notice-to-improve',
    level: 'should',
    severity: 'warning',
    where: 'both',
    settings: [
      '/legal_measures/notice_to_improve/improvement_period_weeks',
      '/legal_measures/penalty_notices/used',
      '/legal_measures/notice_to_improve/used',
    ],
    title: lawText(
      'Support first; a Notice to Improve with a {notice_to_improve.period_weeks.min|number} to {notice_to_improve.period_weeks.max|number} week improvement period, not a “warning letter”',
    ),
    explanation:
      'Before a penalty notice, families should be offered support. Where support has not worked or has not been taken up, a Notice to Improve should usually be sent as a final chance. It gives an improvement period of 3 to 6 weeks and says what improvement is needed. It replaced the old “warning letter”. A Notice to Improve is not needed where support would not be appropriate, such as an unauthorised term-time holiday.',
    citations: [
      {
        source: 'Working together to improve school attendance (2024)',
        paragraph: 'chapter 6, Notices to Improve',
        url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion:
      'Does our policy offer support first and use Notices to Improve, with a 3 to 6 week improvement period, before any penalty notice?',
    // The messages that say the policy lacks something (an audit treats these with care).
    absence: ['dataNoNoticeToImprove'],
    messages: {
      dataPeriod: 'The Notice to Improve gives an improvement period of {{weeks}} weeks; it should be {{min}} to {{max}} weeks.',
      dataNoNoticeToImprove:
        'The policy uses penalty notices but not Notices to Improve. Where support is appropriate but has not worked, a Notice to Improve should usually be sent first, as a final chance.',
      proseWarningLetter:
        'The “warning letter” has been replaced by the Notice to Improve, which offers support and an improvement period of {{min}} to {{max}} weeks.',
      prosePeriod: 'A Notice to Improve should give an improvement period of {{min}} to {{max}} weeks; this says {{found}} {{unit}}.',
    },
    hints: {
      dataPeriod: 'Choose an improvement period between {{min}} and {{max}} weeks ({{reference}}).',
      dataNoNoticeToImprove: 'Add Notices to Improve to the escalation, with an improvement period of {{min}} to {{max}} weeks.',
      proseWarningLetter: 'Replace the warning letter with a Notice to Improve, and say what support and improvement period it gives.',
      prosePeriod: 'Choose an improvement period between {{min}} and {{max}} weeks.',
    },
  },
  check(ctx) {
    const min = ctx.law('notice_to_improve.period_weeks.min');
    const max = ctx.law('notice_to_improve.period_weeks.max');
    if (!min || !max) return; // Notices to Improve came with the 2024 framework
    const range = { min: min.value, max: max.value };
    const lm = ctx.policy.legal_measures;
    const weeks = lm?.notice_to_improve?.improvement_period_weeks;
    if (typeof weeks === 'number' && (weeks < min.value || weeks > max.value)) {
      ctx.report({
        pointer: '/legal_measures/notice_to_improve/improvement_period_weeks',
        messageId: 'dataPeriod',
        data: { weeks, ...range, reference: min.reference },
      });
    }
    if (lm?.penalty_notices?.used === true && lm.notice_to_improve?.used !== true && !proseMentions(ctx, NTI)) {
      ctx.report({
        pointer: lm.notice_to_improve ? '/legal_measures/notice_to_improve' : '/legal_measures/penalty_notices/used',
        messageId: 'dataNoNoticeToImprove',
        data: range,
      });
    }
    for (const { block, match, sentence } of ctx.matchProse(WARNING_LETTER)) {
      if (HISTORICAL_CONTEXT.test(sentence)) continue;
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'proseWarningLetter', data: range });
    }
    for (const { block, match } of ctx.matchProse(NTI_PERIOD)) {
      // A threshold in the same sentence ("... when 10 sessions in 10 school weeks are missed") is not the improvement period.
      if (/\b(sessions?|threshold|rolling)\b/i.test(match[1]!)) continue;
      const n = Number(match[2]);
      // Days may be school days (5 a week) or calendar days (7 a week): report only if both readings fall outside.
      const outside = /^week/i.test(match[3]!) ? n < min.value || n > max.value : n < min.value * 5 || n > max.value * 7;
      if (!outside) continue;
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'prosePeriod', data: { ...range, found: n, unit: match[3]! } });
    }
  },
});
