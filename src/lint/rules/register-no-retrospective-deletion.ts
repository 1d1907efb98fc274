import { defineRule } from '../define-rule.js';
import { NEGATION } from '../../text/vocabulary.js';
import { proseHits } from '../prose-match.js';

const PROSE = [
  /(backdat|retrospectiv)\w*[^.]{0,60}(remov|delet|off[- ]roll)/gi,
  /(remov|delet|off[- ]roll)\w*[^.]{0,60}(backdat|retrospectiv)/gi,
];

export const rule = defineRule({
  meta: {
    id: 'register-no-retrospective-deletion',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/deletions/backdated'],
    title: 'No backdated deletion from the register',
    explanation:
      'A pupil’s name cannot be removed from the admission or attendance register with an earlier date. Attendance must be recorded right up to the day the name is actually deleted, so a school cannot, for example, take a pupil off roll "backdated to the last day they attended".',
    citations: [
      { source: 'Working together to improve school attendance (2024)', paragraph: 'chapter 7 (as quoted by Tes, 29 February 2024)' },
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 9',
        url: 'https://www.legislation.gov.uk/uksi/2024/208/regulation/9',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion: 'Does our policy make clear that pupils are never removed from roll with a backdated deletion?',
    messages: {
      dataBackdated:
        'The policy says deletions from the register are backdated. A pupil’s name cannot be deleted retrospectively: attendance is recorded until the day the name is removed.',
      proseBackdated:
        'A pupil’s name cannot be deleted from the register retrospectively; attendance is recorded until the day the name is removed.',
    },
    hints: {
      dataBackdated: 'Delete names only from the date a ground for deletion is met, and record attendance until then.',
      proseBackdated: 'Remove the backdating and say names are deleted only from the date the ground for deletion is met.',
    },
  },
  check(ctx) {
    if (ctx.get('/deletions/backdated') === true) {
      ctx.report({
        pointer: '/deletions/backdated',
        messageId: 'dataBackdated',
      });
    }
    // "The school cannot retrospectively delete ..." states the rule.
    for (const hit of proseHits(ctx, PROSE, (h) => NEGATION.test(h.lead))) {
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, { messageId: 'proseBackdated' });
    }
  },
});
