import { defineRule } from '../define-rule.js';
import { beforeStatutoryGuidance, firstPresent } from '../policy-facts.js';
import { POLICY_LIST_CITATION, POLICY_LIST_FACTS } from './shared-facts.js';
import { someSentence } from '../prose-match.js';

// The text may already tell parents how and by when ("ring the office by 9am on each day of absence").
const TELLS_HOW_AND_WHEN = [
  /\b(report|notif|inform|contact|ring|call|phone|telephone|email)\w*/i,
  /\b(absen\w*|unable\s+to\s+attend|too\s+ill|ill)\b/i,
  /\b(by|before)\s+(\d{1,2}([:.]\d{2})?\s*(am|a\.m\.)|\d{1,2}:\d{2}|midday|noon)/i,
];

export const rule = defineRule({
  meta: {
    id: 'policy-content-absence-reporting',
    level: 'should',
    severity: 'warning',
    where: 'both',
    settings: ['/absence_reporting/deadline', '/absence_reporting/every_day'],
    title: 'The policy says how and by when parents report an absence, on each day',
    explanation:
      'When a child cannot come to school, parents need to know how to tell the school (phone, app, email), by what time, and that they should do so on every day of absence. Statutory guidance expects the attendance policy to say this, so that the school can follow up unexplained absence quickly.',
    citations: [POLICY_LIST_CITATION],
    ...POLICY_LIST_FACTS,
    governorQuestion: 'Does our policy tell parents how to report an absence, by what time, and that they must do so each day?',
    // The messages that say the policy lacks something (an audit treats these with care).
    absence: ['noMethodOrDeadline', 'noMethod', 'noDeadline'],
    messages: {
      noMethodOrDeadline:
        'The policy does not tell parents how to report an absence and by what time. Parents should know how and by when to report an absence.',
      noMethod: 'The policy does not tell parents how to report an absence. Parents should know how and by when to report an absence.',
      noDeadline:
        'The policy does not tell parents by what time to report an absence. Parents should know how and by when to report an absence.',
      notEveryDay:
        'The policy says parents need not report every day of an absence. Parents should be asked to contact the school on each day, unless a return date has been agreed.',
    },
    hints: {
      noMethodOrDeadline: 'Add the ways to report an absence (for example phone or app, with the number) and the time by which to do it.',
      noMethod: 'Add the ways to report an absence (for example phone or app, with the number).',
      noDeadline: 'Add the time by which parents should report an absence.',
      notEveryDay: 'Ask parents to report the absence on each day the child is away.',
    },
  },
  check(ctx) {
    // These expectations come from the 2024 statutory guidance.
    if (beforeStatutoryGuidance(ctx)) return;
    const r = ctx.policy.absence_reporting;
    const noMethod = !r?.methods?.length;
    const noDeadline = !r?.deadline;
    if ((noMethod || noDeadline) && !someSentence(ctx, ...TELLS_HOW_AND_WHEN)) {
      ctx.report({
        pointer: firstPresent(ctx, ['/absence_reporting', '']),
        messageId: noMethod && noDeadline ? 'noMethodOrDeadline' : noMethod ? 'noMethod' : 'noDeadline',
      });
    }
    if (r?.every_day === false) {
      ctx.report({
        pointer: '/absence_reporting/every_day',
        messageId: 'notEveryDay',
      });
    }
  },
});
