import type { Rule } from '../rule.js';
import { HISTORICAL_CONTEXT, negatedBefore } from '../../text/vocabulary.js';
import { proseMentions } from '../prose-match.js';

const ESO = /\b(education\s+supervision\s+orders?|ESOs?)\b/i;
// Only the local authority applies to the court for an ESO; a school cannot.
const SCHOOL_APPLIES = /\b(?:the\s+school|we|the\s+headteacher|the\s+head\s+teacher)\s+(?:will|may|can|could)\s+(?:also\s+)?(?:apply\s+for|issue|make|seek|impose)\s+(?:an?\s+)?(?:education\s+supervision\s+order|ESO)\b/gi;
const PROSECUTION = /\bprosecut\w*/i;

export const rule: Rule = {
  meta: {
    id: 'law-education-supervision-order',
    level: 'must',
    severity: 'error',
    where: 'both',
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
  },
  check(ctx) {
    for (const { block, match, sentence } of ctx.matchProse(SCHOOL_APPLIES)) {
      if (negatedBefore(block.text, match.index!) || HISTORICAL_CONTEXT.test(sentence)) continue;
      ctx.reportProse(block, match.index!, match[0].length, 'Only the local authority can apply to the court for an education supervision order; the school can ask the local authority to consider one.', {
        hint: 'Say that the school may ask the local authority to consider applying for an education supervision order.',
      });
    }
    // A policy that talks about prosecution but never mentions the ESO leaves out a required step (information only).
    const lm = ctx.policy.legal_measures;
    const prosecutes = lm?.prosecution !== undefined || proseMentions(ctx, PROSECUTION);
    if (!prosecutes || lm?.education_supervision_order === true || proseMentions(ctx, ESO)) return;
    ctx.report({
      pointer: lm?.education_supervision_order === false ? '/legal_measures/education_supervision_order' : lm?.prosecution ? '/legal_measures/prosecution' : lm ? '/legal_measures' : '',
      severity: 'info',
      message: 'The policy mentions prosecution but not education supervision orders. Before prosecuting, the local authority must consider applying for one.',
      hint: 'Add a sentence explaining that the local authority considers an education supervision order before, or as well as, prosecution.',
    });
  },
  examples: {
    pass: [
      {
        title: 'ESO described as the local authority’s step',
        yaml: 'sections:\n  - id: legal\n    title: Legal\n    body: |\n      Before prosecuting, the local authority must consider an education supervision order.\n',
      },
      { title: 'Nothing about prosecution', yaml: 'document:\n  title: Attendance Policy\n' },
    ],
    fail: [
      {
        title: 'The school applies for an ESO',
        yaml: 'sections:\n  - id: legal\n    title: Legal\n    body: |\n      The school will apply for an education supervision order if attendance does not improve.\n',
      },
      {
        title: 'Prosecution without the ESO step',
        yaml: 'sections:\n  - id: legal\n    title: Legal\n    body: |\n      Parents may be prosecuted by the local authority.\n',
      },
    ],
  },
};
