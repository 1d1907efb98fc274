import type { Rule } from '../rule.js';
import { addMonths, describeDuration, longDate, monthsBetween } from '../../text/dates.js';

export const rule: Rule = {
  meta: {
    id: 'policy-review-overdue',
    level: 'should',
    severity: 'warning',
    where: 'data',
    title: 'The policy has not passed its next review date',
    explanation:
      'The attendance policy should be reviewed and updated regularly, and governors should make sure that happens. A policy past its own review date may no longer match the law or the school\'s practice. The check uses the "as of" date of the lint run (today, unless another date is given).',
    citations: [
      { source: 'Working together to improve school attendance (2024)', paragraph: 'chapter 2, attendance policy: review and update regularly' },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion: 'When was our attendance policy last reviewed, and is the next review booked into the governors\' calendar?',
  },
  check(ctx) {
    const pointer = '/document/next_review';
    const next = ctx.get(pointer);
    if (typeof next === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(next)) {
      if (next >= ctx.asOf) return;
      const late = describeDuration(monthsBetween(next, ctx.asOf));
      ctx.report({
        pointer,
        message: `The policy was due for review on ${longDate(next)}; on ${longDate(ctx.asOf)} that is ${late} overdue.`,
        hint: 'Review the policy against the current law and guidance, have it approved, and set a new next review date.',
      });
      return;
    }
    // No review date: say when one was implied by the approval date and the review cycle, if they are given.
    const approved = ctx.get('/document/approved_on');
    const cycle = ctx.get('/document/review_frequency_months');
    const implied = typeof approved === 'string' && typeof cycle === 'number' ? addMonths(approved, cycle) : undefined;
    const overdue = implied !== undefined && implied < ctx.asOf;
    ctx.report({
      pointer: ctx.get('/document') === undefined ? '' : '/document',
      message: implied
        ? `The policy gives no next review date. Approved on ${longDate(approved as string)} with a ${cycle}-month cycle, it was due for review on ${longDate(implied)}${overdue ? `, ${describeDuration(monthsBetween(implied, ctx.asOf))} ago` : ''}.`
        : 'The policy gives no next review date, so nobody can tell when it must be reviewed.',
      hint: 'Add `next_review` under `document` with the date the governors agreed.',
    });
  },
  examples: {
    pass: [
      { title: 'Review date still ahead', asOf: '2026-11-26', yaml: 'document:\n  next_review: 2027-09-01\n' },
      { title: 'Due today is not yet overdue', asOf: '2026-09-01', yaml: 'document:\n  next_review: 2026-09-01\n' },
    ],
    fail: [
      { title: 'Review date passed', asOf: '2026-11-26', yaml: 'document:\n  next_review: 2026-02-01\n' },
      { title: 'No review date', yaml: 'document:\n  title: Attendance policy\n  approved_on: 2024-09-10\n  review_frequency_months: 12\n' },
    ],
  },
};
