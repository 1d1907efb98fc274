import { defineRule } from '../define-rule.js';
import { HISTORICAL_CONTEXT, negatedBefore } from '../../text/vocabulary.js';
import { NUM } from '../../text/numbers.js';
import { UP_TO_TEN_DAYS } from './shared-facts.js';

const PROSE = [
  // "authorise up to 5 days holiday", "grant 10 days of family holiday"
  new RegExp(
    `\\b(?:authori[sz]e|grant|allow)\\w*\\s+(?:up\\s+to\\s+)?${NUM}\\s+(?:school\\s+)?days?\\s+(?:of\\s+)?(?:family\\s+)?holidays?`,
    'gi',
  ),
  // "no more than 5 days holiday per year"
  new RegExp(
    `\\b(?:no\\s+more\\s+than|a\\s+maximum\\s+of|up\\s+to)\\s+${NUM}\\s+(?:school\\s+)?days?\\s+(?:of\\s+)?(?:family\\s+|term[- ]time\\s+)?holidays?`,
    'gi',
  ),
  // holiday authorised as code H in special or exceptional circumstances
  /\b[Hh]olidays?[^.]{0,60}\b(?:special|exceptional)\s+circumstances[^.]{0,60}\bH\b/g,
];

export const rule = defineRule({
  meta: {
    id: 'loa-holidays-not-exceptional',
    level: 'should',
    severity: 'warning',
    where: 'both',
    settings: ['/leave_of_absence/holidays_authorised', '/leave_of_absence/max_holiday_days_authorised'],
    title: 'Term-time holidays are not exceptional circumstances, and there is no day allowance',
    explanation:
      'Parents have no right to take their child on holiday in term time. The guidance says a holiday for leisure is generally not an exceptional circumstance, each request is judged on its own facts, and the headteacher decides how many days, if any. A policy should not promise a number of holiday days a year. An unauthorised holiday is recorded as code G and may lead to a penalty notice without a Notice to Improve.',
    citations: [
      {
        source: 'Working together to improve school attendance (2024 edition)',
        paragraph: 'leave of absence, paras 37–40 (approximate)',
        url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
      },
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 11',
        url: 'https://www.legislation.gov.uk/uksi/2024/208',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'medium',
    confidenceNote:
      'The guidance wording about holidays not being exceptional comes from local-authority and school restatements; the exact sentence was not read in the guidance itself.',
    fixable: false,
    governorQuestion:
      'Does our policy make clear that term-time holidays are not normally exceptional, without promising any days of holiday?',
    messages: {
      dataHolidaysAuthorised:
        'The policy says term-time holidays can be authorised. A holiday for leisure is generally not an exceptional circumstance; each request must be judged on its own facts.',
      dataHolidayAllowance:
        'The policy offers up to {{days}} days of holiday. There is no holiday allowance: the headteacher decides whether to grant leave, and for how many days, case by case.',
      proseHolidayDays: 'There is no allowance of holiday days in term time, and holidays are generally not exceptional circumstances.',
    },
    hints: {
      dataHolidaysAuthorised:
        'Decide whether to say that holidays are not normally authorised, and that any request is considered individually as possible exceptional circumstances.',
      dataHolidayAllowance: 'Remove the allowance (set it to 0) and explain how requests are considered.',
      proseHolidayDays: 'Say that each leave request is considered individually and that holidays are not normally authorised.',
    },
  },
  check(ctx) {
    const leave = ctx.policy.leave_of_absence;
    if (leave?.holidays_authorised === true) {
      ctx.report({
        pointer: '/leave_of_absence/holidays_authorised',
        messageId: 'dataHolidaysAuthorised',
      });
    }
    if (typeof leave?.max_holiday_days_authorised === 'number' && leave.max_holiday_days_authorised > 0) {
      ctx.report({
        pointer: '/leave_of_absence/max_holiday_days_authorised',
        messageId: 'dataHolidayAllowance',
        data: { days: leave.max_holiday_days_authorised },
      });
    }
    for (const re of PROSE) {
      for (const { block, match, sentence } of ctx.matchProse(re)) {
        // The old "up to 10 days" rule is reported by loa-permitted-circumstances.
        if (
          HISTORICAL_CONTEXT.test(sentence) ||
          negatedBefore(block.text, match.index!) ||
          new RegExp(UP_TO_TEN_DAYS.source, 'i').test(sentence)
        )
          continue;
        ctx.reportProse(block, match.index!, match[0].length, { messageId: 'proseHolidayDays' });
      }
    }
  },
});
