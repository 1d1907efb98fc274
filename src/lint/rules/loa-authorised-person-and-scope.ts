import { defineRule } from '../define-rule.js';
import { HISTORICAL_CONTEXT, negatedBefore } from '../../text/vocabulary.js';
import { allSchoolsOfType } from '../policy-facts.js';

/** Schools that reg 11(1) does not bind directly (the guidance expects them to follow it). */
const NOT_BOUND = ['academy', 'free_school', 'ap_academy', 'independent'];
const HEAD = /\b(head|principal|authori[sz]ed person)/i;
const OTHER_DECIDER =
  /\b(governors?|governing (body|board)|trustees?|class teachers?|teachers?|office|receptionist|administrator|attendance officer)\b/i;
const PROSE =
  /\b(class\s+teachers?|(?<!head\s?)teachers?|(?:school\s+)?office|attendance\s+officers?|governors?|governing\s+(?:body|board))\s+(?:can|may|will|could)\s+(?:also\s+)?(?:authori[sz]e|grant|approve)\s+(?:leave|holidays?|term[- ]time\s+(?:leave|holidays?))/gi;

/** "class teachers" as it reads after "the policy lets": one person or body takes "the" ("the attendance officer"). */
function whoInSentence(found: string): string {
  const who = found.toLowerCase().replace(/\s+/g, ' ');
  return /s$/.test(who) ? who : `the ${who}`;
}

export const rule = defineRule({
  meta: {
    id: 'loa-authorised-person-and-scope',
    level: 'must',
    // The proprietor may authorise whoever it chooses, so a policy naming someone else may be lawful: a warning, not an error.
    severity: 'warning',
    where: 'both',
    settings: ['/leave_of_absence/decided_by'],
    title: 'Leave of absence is granted only by the person the proprietor has authorised (normally the headteacher)',
    explanation:
      'In a maintained school or a non-maintained special school, leave of absence in term time may be granted only by a person the proprietor has authorised to do so. The proprietor chooses who that is: normally the headteacher, but it may authorise someone else as well. Academies and independent schools are expected to follow the same approach. The policy should tell parents who decides, and anyone else it names as able to grant leave must have been authorised by the proprietor.',
    citations: [
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 11(1)',
        url: 'https://www.legislation.gov.uk/uksi/2024/208/regulation/11',
      },
      {
        source: 'Working together to improve school attendance (2024 edition)',
        paragraph: 'leave of absence, paras 37–40 of the 2024 edition (approximate)',
        url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion: 'Who has the proprietor authorised to grant leave of absence, and does our policy name only that person?',
    // {{duty}} is "may be" (maintained schools) or "is expected to be" (schools reg 11(1) does not bind).
    messages: {
      dataOtherDecider:
        'The policy says leave of absence is decided by “{{decidedBy}}”. Leave {{duty}} granted only by someone the proprietor has authorised to do so (normally the headteacher).',
      proseOtherDecider:
        'Leave of absence {{duty}} granted only by someone the proprietor has authorised to do so (normally the headteacher); the policy lets {{who}} grant it.',
    },
    hints: {
      dataOtherDecider: 'Check that the proprietor has authorised them, or name the headteacher as the one who decides leave requests.',
      proseOtherDecider: 'Check that the proprietor has authorised them, or say that the headteacher decides every leave request.',
    },
  },
  check(ctx) {
    // Academies and independent schools are expected, not required, to follow reg 11(1).
    const expectedOnly = allSchoolsOfType(ctx, NOT_BOUND);
    const duty = expectedOnly ? 'is expected to be' : 'may be';
    const decidedBy = ctx.policy.leave_of_absence?.decided_by;
    if (typeof decidedBy === 'string' && !HEAD.test(decidedBy) && OTHER_DECIDER.test(decidedBy)) {
      ctx.report({
        pointer: '/leave_of_absence/decided_by',
        messageId: 'dataOtherDecider',
        data: { decidedBy, duty },
      });
    }
    for (const { block, match, sentence } of ctx.matchProse(PROSE)) {
      if (negatedBefore(block.text, match.index!) || HISTORICAL_CONTEXT.test(sentence)) continue;
      ctx.reportProse(block, match.index!, match[0].length, {
        messageId: 'proseOtherDecider',
        data: { duty, who: whoInSentence(match[1]!) },
      });
    }
  },
});
