import { defineRule } from '../define-rule.js';
import { monthYear } from '../../core/dates.js';
import { addMonths, describeDuration, monthsBetween } from '../../text/dates.js';
import { dateWhen } from '../in-sentence.js';

export const rule = defineRule({
  meta: {
    id: 'policy-review-overdue',
    level: 'should',
    severity: 'warning',
    where: 'data',
    settings: ['/document/next_review', '/document/approved_on', '/document/review_frequency_months'],
    title: 'The policy has not passed its next review date',
    explanation:
      'The attendance policy should be reviewed and updated regularly, and governors should make sure that happens. A policy past its own review date may no longer match the law or the school\'s practice. The check uses the "as of" date of the lint run (today, unless another date is given).',
    citations: [
      {
        source: 'Working together to improve school attendance (2024)',
        paragraph: 'chapter 2, attendance policy: review and update regularly',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion: "When was our attendance policy last reviewed, and is the next review booked into the governors' calendar?",
    absence: ['noNextReviewImplied', 'noNextReviewOverdue', 'noNextReview'],
    messages: {
      // {{dueWhen}} is "on 1 February 2026", or "in July 2026" for a date a legacy document gave only as a month.
      overdue: 'The policy was due for review {{dueWhen}}; on {{asOf|date}} that is {{late}} overdue.',
      noNextReviewImplied:
        'The policy gives no next review date. Approved {{approvedWhen}} with a {{cycle}}-month cycle, it is due for review {{dueWhen}}.',
      noNextReviewOverdue:
        'The policy gives no next review date. Approved {{approvedWhen}} with a {{cycle}}-month cycle, it was due for review {{dueWhen}}, {{late}} ago.',
      noNextReview: 'The policy gives no next review date, so nobody can tell when it must be reviewed.',
    },
    hints: {
      overdue: 'Review the policy against the current law and guidance, have it approved, and set a new next review date.',
      noNextReviewImplied: 'Add `next_review` under `document` with the date the governors agreed.',
      noNextReviewOverdue: 'Add `next_review` under `document` with the date the governors agreed.',
      noNextReview: 'Add `next_review` under `document` with the date the governors agreed.',
    },
  },
  check(ctx) {
    const pointer = '/document/next_review';
    const next = ctx.get(pointer);
    if (typeof next === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(next)) {
      if (next >= ctx.asOf) return;
      // A month-only date is checked at its last day: it is overdue by at least that much.
      const origin = ctx.loaded.origins.get(pointer);
      const late = `${origin?.dateWords ? 'at least ' : ''}${describeDuration(monthsBetween(next, ctx.asOf))}`;
      ctx.report({
        pointer,
        messageId: 'overdue',
        data: { due: next, dueWhen: dateWhen(origin, next), asOf: ctx.asOf, late },
      });
      return;
    }
    // No review date: say when one was implied by the approval date and the review cycle, if they are given.
    const approved = ctx.get('/document/approved_on');
    const cycle = ctx.get('/document/review_frequency_months');
    const implied = typeof approved === 'string' && typeof cycle === 'number' ? addMonths(approved, cycle) : undefined;
    const overdue = implied !== undefined && implied < ctx.asOf;
    const approvedOrigin = ctx.loaded.origins.get('/document/approved_on');
    const monthOnly = Boolean(approvedOrigin?.dateWords);
    const approvedWhen = typeof approved === 'string' ? dateWhen(approvedOrigin, approved) : '';
    const dueWhen = implied === undefined ? '' : monthOnly ? `in ${monthYear(implied)}` : dateWhen(undefined, implied);
    ctx.report({
      pointer: ctx.get('/document') === undefined ? '' : '/document',
      ...(implied
        ? overdue
          ? {
              messageId: 'noNextReviewOverdue',
              data: {
                approved: approved as string,
                approvedWhen,
                cycle: cycle as number,
                due: implied,
                dueWhen,
                late: `${monthOnly ? 'at least ' : ''}${describeDuration(monthsBetween(implied, ctx.asOf))}`,
              },
            }
          : {
              messageId: 'noNextReviewImplied',
              data: { approved: approved as string, approvedWhen, cycle: cycle as number, due: implied, dueWhen },
            }
        : { messageId: 'noNextReview' }),
    });
  },
});
