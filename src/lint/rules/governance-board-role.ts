import { defineRule } from '../define-rule.js';
import { beforeStatutoryGuidance, firstPresent } from '../policy-facts.js';
import { someSentence } from '../prose-match.js';

// The text may already describe the board reviewing attendance data.
const BOARD_REVIEWS_DATA = [
  /\b(governors?|governing|board|trustees|committee)\b/i,
  /\b(data|attendance\s+reports?)\b/i,
  /\b(review|monitor|challeng|report|scrutin)\w*/i,
];

export const rule = defineRule({
  meta: {
    id: 'governance-board-role',
    level: 'should',
    severity: 'warning',
    where: 'data',
    settings: [
      '/governance/review_frequency',
      '/governance/reviews_data',
      '/governance/attendance_training',
      '/monitoring/governor_reports',
    ],
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
    // The messages that say the policy lacks something (an audit treats these with care).
    absence: ['reviewNotDescribed'],
    messages: {
      doesNotReview:
        'The policy says the governing board does not review attendance data. The board should review it regularly and challenge leaders.',
      reviewNotDescribed:
        'The policy does not say that the governing board reviews attendance data. The board should review it regularly and challenge leaders.',
      noFrequency: 'The policy says the governing board reviews attendance data but not how often. Regular review is expected.',
      noTrainingCheck:
        'The policy says the board does not check that staff are trained in attendance. Boards should make sure staff receive adequate attendance training.',
    },
    hints: {
      doesNotReview: 'Describe the board’s role: how often it reviews attendance data, and how it challenges and supports leaders.',
      reviewNotDescribed: 'Describe the board’s role: how often it reviews attendance data, and how it challenges and supports leaders.',
      noFrequency: 'Say how often the board reviews attendance data (for example every half term).',
      noTrainingCheck: 'Decide how the board will check that staff are trained in attendance.',
    },
  },
  check(ctx) {
    // These expectations come from the 2024 statutory guidance.
    if (beforeStatutoryGuidance(ctx)) return;
    const g = ctx.policy.governance;
    const frequency = g?.review_frequency ?? ctx.policy.monitoring?.governor_reports;
    if (g?.reviews_data !== true && !(g?.reviews_data === undefined && someSentence(ctx, ...BOARD_REVIEWS_DATA))) {
      ctx.report({
        pointer: firstPresent(ctx, ['/governance/reviews_data', '/governance', '']),
        messageId: g?.reviews_data === false ? 'doesNotReview' : 'reviewNotDescribed',
      });
    } else if (g?.reviews_data === true && !frequency) {
      // Saying "regularly" is not wrong; a stated frequency is only better practice.
      ctx.report({
        pointer: '/governance/reviews_data',
        severity: 'info',
        messageId: 'noFrequency',
      });
    }
    if (g?.attendance_training === false) {
      ctx.report({
        pointer: '/governance/attendance_training',
        messageId: 'noTrainingCheck',
      });
    }
  },
});
