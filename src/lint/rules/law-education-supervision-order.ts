import { defineRule } from '../define-rule.js';
import { HISTORICAL_CONTEXT, negatedBefore } from '../../text/vocabulary.js';
import { proseMentions } from '../prose-match.js';

const ESO = /\b(education\s+supervision\s+orders?|ESOs?)\b/i;
// Only the local authority applies to the court for an ESO; a school cannot.
const SCHOOL_APPLIES =
  /\b(?:the\s+school|we|the\s+headteacher|the\s+head\s+teacher)\s+(?:will|may|can|could)\s+(?:also\s+)?(?:apply\s+for|issue|make|seek|impose)\s+(?:an?\s+)?(?:education\s+supervision\s+order|ESO)\b/gi;
const PROSECUTION = /\bprosecut\w*/i;

export const rule = defineRule({
  meta: {
    id: 'law-education-supervision-order',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/legal_measures/education_supervision_order'],
    title: 'The local authority considers an education supervision order before prosecuting',
    explanation:
      'Before prosecuting a parent for a child’s non-attendance, the local authority must consider whether to apply to the family court for an education supervision order instead of, or as well as, prosecution. Only the local authority can apply; an order normally lasts a year. A policy that mentions prosecution should describe this step correctly.',
    citations: [
      { source: 'Education Act 1996', paragraph: 's447', url: 'https://www.legislation.gov.uk/ukpga/1996/56/section/447' },
      { source: 'Children Act 1989', paragraph: 's36', url: 'https://www.legislation.gov.uk/ukpga/1989/41/section/36' },
    ],
    effectiveFrom: '1996-11-01',
    confidence: 'high',
    fixable: false,
    governorQuestion: 'Does our policy explain that the local authority considers an education supervision order before any prosecution?',
    absence: ['esoNotMentioned'],
    messages: {
      schoolApplies:
        'Only the local authority can apply to the court for an education supervision order; the school can ask the local authority to consider one.',
      esoNotMentioned:
        'The policy mentions prosecution but not education supervision orders. Before prosecuting, the local authority must consider applying for one.',
    },
    hints: {
      schoolApplies: 'Say that the school may ask the local authority to consider applying for an education supervision order.',
      esoNotMentioned:
        'Add a sentence explaining that the local authority considers an education supervision order before, or as well as, prosecution.',
    },
  },
  check(ctx) {
    let saidSchoolApplies = false;
    for (const { block, match, sentence } of ctx.matchProse(SCHOOL_APPLIES)) {
      if (negatedBefore(block.text, match.index!) || HISTORICAL_CONTEXT.test(sentence)) continue;
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'schoolApplies' });
      saidSchoolApplies = true;
    }
    // A policy that talks about prosecution but never mentions the ESO leaves out a required step (information only).
    const lm = ctx.policy.legal_measures;
    const prosecutes = lm?.prosecution !== undefined || proseMentions(ctx, PROSECUTION);
    if (!prosecutes && !saidSchoolApplies)
      return ctx.notApplicable('The policy says nothing about prosecution or education supervision orders.');
    if (!prosecutes || lm?.education_supervision_order === true || proseMentions(ctx, ESO)) return;
    ctx.report({
      pointer:
        lm?.education_supervision_order === false
          ? '/legal_measures/education_supervision_order'
          : lm?.prosecution
            ? '/legal_measures/prosecution'
            : lm
              ? '/legal_measures'
              : '',
      severity: 'info',
      messageId: 'esoNotMentioned',
    });
  },
});
