import type { Rule } from '../rule.js';
import { firstPresent, statutoryGuidanceInForce } from '../policy-facts.js';
import { someSentence } from '../prose-match.js';

// The text may already describe the board reviewing attendance data.
const BOARD_REVIEWS_DATA = [
  /\b(governors?|governing|board|trustees|committee)\b/i,
  /\b(data|attendance\s+reports?)\b/i,
  /\b(review|monitor|challeng|report|scrutin)\w*/i,
];

export const rule: Rule = {
  meta: {
    id: 'governance-board-role',
    level: 'should',
    severity: 'warning',
    where: 'data',
    title: 'The governing board regularly reviews attendance data and challenges leaders',
    explanation:
      'Governing boards and trust boards should promote good attendance, make sure leaders meet their duties, look at attendance data regularly and challenge leaders on it, and check that staff are trained in attendance. The policy should say how the board does this and how often.',
    citations: [
      {
        source: 'Working together to improve school attendance (2024)',
        paragraph: 'chapter 3, expectations of governing boards and trust boards',
        url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'medium',
    confidenceNote: 'The expectations of boards come from secondary summaries of the guidance.',
    fixable: false,
    governorQuestion: 'How often does our board review attendance data, and when did we last challenge leaders on it?',
  },
  check(ctx) {
    if (!statutoryGuidanceInForce(ctx)) return; // these expectations come from the 2024 statutory guidance
    const g = ctx.policy.governance;
    const frequency = g?.review_frequency ?? ctx.policy.monitoring?.governor_reports;
    if (g?.reviews_data !== true && !(g?.reviews_data === undefined && someSentence(ctx, ...BOARD_REVIEWS_DATA))) {
      ctx.report({
        pointer: firstPresent(ctx, ['/governance/reviews_data', '/governance', '']),
        message:
          g?.reviews_data === false
            ? 'The policy says the governing board does not review attendance data. The board should review it regularly and challenge leaders.'
            : 'The policy does not say that the governing board reviews attendance data. The board should review it regularly and challenge leaders.',
        hint: 'Describe the board’s role: how often it reviews attendance data, and how it challenges and supports leaders.',
      });
    } else if (g?.reviews_data === true && !frequency) {
      // Saying "regularly" is not wrong; a stated frequency is only better practice.
      ctx.report({
        pointer: '/governance/reviews_data',
        severity: 'info',
        message: 'The policy says the governing board reviews attendance data but not how often. Regular review is expected.',
        hint: 'Say how often the board reviews attendance data (for example every half term).',
      });
    }
    if (g?.attendance_training === false) {
      ctx.report({
        pointer: '/governance/attendance_training',
        message:
          'The policy says the board does not check that staff are trained in attendance. Boards should make sure staff receive adequate attendance training.',
        hint: 'Decide how the board will check that staff are trained in attendance.',
      });
    }
  },
  examples: {
    pass: [
      {
        title: 'Termly review of data',
        yaml: 'governance:\n  reviews_data: true\n  review_frequency: termly\n  attendance_training: true\n',
      },
      {
        title: 'Frequency given with the governors’ reports',
        yaml: 'governance:\n  reviews_data: true\nmonitoring:\n  governor_reports: half_termly\n',
      },
    ],
    fail: [
      { title: 'No governance role', yaml: 'document:\n  title: Attendance Policy\n' },
      { title: 'Reviews data, but not how often', yaml: 'governance:\n  reviews_data: true\n' },
    ],
  },
};
