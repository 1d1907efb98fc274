import type { Rule } from '../rule.js';
import { firstPresent, statutoryGuidanceInForce } from '../policy-facts.js';
import { listWords } from '../../text/words.js';
import { POLICY_LIST_CITATION, POLICY_LIST_FACTS } from './shared-facts.js';
import { someSentence } from '../prose-match.js';

// The text may already tell parents how and by when ("ring the office by 9am on each day of absence").
const TELLS_HOW_AND_WHEN = [
  /\b(report|notif|inform|contact|ring|call|phone|telephone|email)\w*/i,
  /\b(absen\w*|unable\s+to\s+attend|too\s+ill|ill)\b/i,
  /\b(by|before)\s+(\d{1,2}([:.]\d{2})?\s*(am|a\.m\.)|\d{1,2}:\d{2}|midday|noon)/i,
];

export const rule: Rule = {
  meta: {
    id: 'policy-content-absence-reporting',
    level: 'should',
    severity: 'warning',
    where: 'data',
    title: 'The policy says how and by when parents report an absence, on each day',
    explanation:
      'When a child cannot come to school, parents need to know how to tell the school (phone, app, email), by what time, and that they should do so on every day of absence. Statutory guidance expects the attendance policy to say this, so that the school can follow up unexplained absence quickly.',
    citations: [POLICY_LIST_CITATION],
    ...POLICY_LIST_FACTS,
    governorQuestion: 'Does our policy tell parents how to report an absence, by what time, and that they must do so each day?',
  },
  check(ctx) {
    if (!statutoryGuidanceInForce(ctx)) return; // these expectations come from the 2024 statutory guidance
    const r = ctx.policy.absence_reporting;
    const missing = [!r?.methods?.length && 'how to report an absence', !r?.deadline && 'by what time'].filter((m): m is string =>
      Boolean(m),
    );
    if (missing.length && !someSentence(ctx, ...TELLS_HOW_AND_WHEN)) {
      ctx.report({
        pointer: firstPresent(ctx, ['/absence_reporting', '']),
        message: `The policy does not tell parents ${listWords(missing)}. Parents should know how and by when to report an absence.`,
        hint: 'Add the ways to report an absence (for example phone or app, with the number) and the time by which to do it.',
      });
    }
    if (r?.every_day === false) {
      ctx.report({
        pointer: '/absence_reporting/every_day',
        message:
          'The policy says parents need not report every day of an absence. Parents should be asked to contact the school on each day, unless a return date has been agreed.',
        hint: 'Ask parents to report the absence on each day the child is away.',
      });
    }
  },
  examples: {
    pass: [
      {
        title: 'Method, deadline and every day',
        yaml: 'absence_reporting:\n  methods:\n    - type: phone\n      detail: "01234 567890"\n  deadline: "09:00"\n  every_day: true\n',
      },
      {
        title: 'The text says how and by when',
        yaml: 'sections:\n  - id: reporting\n    title: Reporting an absence\n    body: |\n      Please ring the office on 01234 567890 by 9.00am on each day your child is absent.\n',
      },
    ],
    fail: [
      { title: 'No deadline', yaml: 'absence_reporting:\n  methods:\n    - type: phone\n' },
      { title: 'Nothing about reporting absence', yaml: 'document:\n  title: Attendance Policy\n' },
    ],
  },
};
