import { defineRule } from '../define-rule.js';
import { beforeStatutoryGuidance, firstPresent } from '../policy-facts.js';
import { POLICY_LIST_CITATION, POLICY_LIST_FACTS } from './shared-facts.js';
import { someSentence } from '../prose-match.js';

// What the text may already say: that requests are made in advance, and by a parent the pupil lives with.
const IN_ADVANCE = [/\b(request|apply|application|ask|inform)\w*/i, /\b(in\s+advance|ahead)\b/i, /\b(leave|absence)\b/i];
const LIVES_WITH = [/\b(parent|carer)s?\b/i, /\blives?\s+with\b/i, /\b(leave|request\w*)\b/i];

export const rule = defineRule({
  meta: {
    id: 'policy-content-leave-request-process',
    level: 'should',
    severity: 'warning',
    where: 'both',
    settings: ['/leave_of_absence/requested_by'],
    title: 'The policy says how to ask for leave: in advance, and by a parent the pupil normally lives with',
    explanation:
      'Leave of absence in exceptional circumstances can only be granted on a request made in advance by a parent the pupil normally lives with. The policy should tell parents how far ahead to ask, how, and who may ask, so that requests can be considered fairly.',
    citations: [
      POLICY_LIST_CITATION,
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 11',
        url: 'https://www.legislation.gov.uk/uksi/2024/208',
      },
    ],
    ...POLICY_LIST_FACTS,
    governorQuestion:
      'Does our policy tell parents how far in advance to request leave, and that the request must come from a parent the child lives with?',
    // The messages that say the policy lacks something (an audit treats these with care).
    absence: ['noProcess', 'noNotice', 'whoNotStated'],
    messages: {
      noProcess:
        'The policy does not explain how to ask for leave of absence: how far in advance, how, and who may ask (a parent the pupil normally lives with).',
      noNotice: 'The policy does not say how far in advance parents must ask for leave of absence. Requests must be made in advance.',
      anyParent:
        'The policy lets any parent ask for leave of absence. A request for exceptional circumstances must come from a parent the pupil normally lives with.',
      whoNotStated:
        'The policy does not say who may ask for leave of absence. A request for exceptional circumstances must come from a parent the pupil normally lives with.',
    },
    hints: {
      noProcess: 'Add how parents request leave, the notice needed, and who may make the request.',
      noNotice: 'State the notice needed (for example 4 school weeks) and how to make the request.',
      anyParent: 'Say that requests are made by a parent the pupil normally lives with.',
      whoNotStated: 'Say that requests are made by a parent the pupil normally lives with.',
    },
  },
  check(ctx) {
    // These expectations come from the 2024 statutory guidance.
    if (beforeStatutoryGuidance(ctx)) return;
    const leave = ctx.policy.leave_of_absence;
    const needsNotice = !leave?.notice && !someSentence(ctx, ...IN_ADVANCE);
    const needsWho = leave?.requested_by !== 'parent_pupil_normally_lives_with' && !someSentence(ctx, ...LIVES_WITH);
    if (!leave && needsNotice && needsWho) {
      ctx.report({
        pointer: '',
        messageId: 'noProcess',
      });
      return;
    }
    if (needsNotice) {
      ctx.report({
        pointer: firstPresent(ctx, ['/leave_of_absence', '']),
        messageId: 'noNotice',
      });
    }
    if (needsWho) {
      ctx.report({
        pointer: firstPresent(ctx, ['/leave_of_absence/requested_by', '/leave_of_absence', '']),
        messageId: leave?.requested_by === 'any_parent' ? 'anyParent' : 'whoNotStated',
      });
    }
  },
});
