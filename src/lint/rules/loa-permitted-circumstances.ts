import { defineRule } from '../define-rule.js';
import { HISTORICAL_CONTEXT, negatedBefore } from '../../text/vocabulary.js';
import { UP_TO_TEN_DAYS } from './shared-facts.js';

/** Grounds the schema allows that are not reg 11 circumstances at all, with the message for each. */
const NOT_GROUNDS: Record<string, 'groundHoliday' | 'groundSpecialCircumstances'> = {
  holiday: 'groundHoliday',
  special_circumstances: 'groundSpecialCircumstances',
};
const SPECIAL = /\bspecial\s+circumstances\b/gi;
const ABOUT_LEAVE = /\b(leave|holidays?|absence|authori[sz]\w*|term[- ]time)\b/i;

export const rule = defineRule({
  meta: {
    id: 'loa-permitted-circumstances',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/leave_of_absence/grounds'],
    title: 'Leave of absence only in the circumstances regulation 11 allows',
    explanation:
      'Since August 2024 a school may grant leave of absence only for the reasons the regulations list: a licensed performance or permitted employment abroad, an interview, study leave for public exams, an agreed temporary part-time timetable, or exceptional circumstances asked for in advance by a parent the pupil lives with. Older policies still offer leave for “special circumstances” or up to ten days of holiday; those rules ended in 2013.',
    citations: [
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 11(2)–(7)',
        url: 'https://www.legislation.gov.uk/uksi/2024/208',
      },
      {
        source: 'Working together to improve school attendance (2024 edition)',
        paragraph: 'leave of absence, paras 37–40 (approximate)',
        url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'medium',
    confidenceNote:
      'The exact wording of regulation 11(3) and 11(7) (exceptional circumstances, and who counts as an “appropriate person”) was not read in the sources, and it is not confirmed that medical appointments (code M) are formally a regulation 11 leave.',
    fixable: false,
    governorQuestion: 'Does our policy offer leave of absence only for the reasons the 2024 regulations allow?',
    messages: {
      groundHoliday:
        'The policy lists a holiday as a reason for granting leave of absence. Leave may only be granted in the circumstances regulation 11 lists; anything else must fit “exceptional circumstances”, decided case by case.',
      groundSpecialCircumstances:
        'The policy lists “special circumstances” as a reason for granting leave of absence. Leave may only be granted in the circumstances regulation 11 lists; anything else must fit “exceptional circumstances”, decided case by case.',
      proseSpecialCircumstances:
        'Leave for “special circumstances” is the wording of the rules before 2013; leave may now only be granted in the circumstances regulation 11 lists, such as exceptional circumstances.',
      proseTenDays:
        'Headteachers have not been able to grant up to ten days of leave since September 2013; leave may only be granted in the circumstances regulation 11 lists.',
    },
    hints: {
      groundHoliday: 'Remove this reason. If a request is truly exceptional, the headteacher can consider it as exceptional circumstances.',
      groundSpecialCircumstances:
        'Remove this reason. If a request is truly exceptional, the headteacher can consider it as exceptional circumstances.',
      proseSpecialCircumstances:
        'Replace “special circumstances” with the regulation 11 circumstances, for example “exceptional circumstances, applied for in advance”.',
      proseTenDays: 'Remove the day allowance and say that leave is granted only in exceptional circumstances, considered individually.',
    },
  },
  check(ctx) {
    const grounds = ctx.policy.leave_of_absence?.grounds ?? [];
    grounds.forEach((g, i) => {
      const messageId = NOT_GROUNDS[g];
      if (!messageId) return;
      ctx.report({ pointer: `/leave_of_absence/grounds/${i}`, messageId });
    });
    for (const { block, match, sentence } of ctx.matchProse(SPECIAL)) {
      if (!ABOUT_LEAVE.test(sentence) || HISTORICAL_CONTEXT.test(sentence) || negatedBefore(block.text, match.index!)) continue;
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'proseSpecialCircumstances' });
    }
    for (const { block, match, sentence } of ctx.matchProse(UP_TO_TEN_DAYS)) {
      if (HISTORICAL_CONTEXT.test(sentence) || /\b(2013|since)\b/.test(sentence) || negatedBefore(block.text, match.index!)) continue;
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'proseTenDays' });
    }
  },
});
