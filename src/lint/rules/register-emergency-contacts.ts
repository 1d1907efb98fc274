import { defineRule } from '../define-rule.js';
import { proseHits, someSentence } from '../prose-match.js';

const MORE_THAN_ONE =
  /(more\s+than\s+one|two|second|additional|several|multiple|at\s+least\s+(two|2))\s+(sets\s+of\s+)?emergency\s+contact/i;
const ONLY_ONE = /\b(only|just|a\s+single|at\s+least)\s+one\s+emergency\s+contact/gi;

export const rule = defineRule({
  meta: {
    id: 'register-emergency-contacts',
    level: 'should',
    severity: 'warning',
    where: 'both',
    settings: ['/registers/emergency_contacts_min'],
    title: 'More than one emergency contact for each pupil',
    explanation:
      'When a pupil is absent and the school cannot reach the parents, another adult to call can be vital for the child’s safety. The guidance expects schools, where they reasonably can, to hold more than one emergency contact number for every pupil.',
    citations: [
      { source: 'Working together to improve school attendance (2024)', paragraph: 'chapter 2' },
      { source: 'Keeping children safe in education', paragraph: 'children absent from education' },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion: 'Do we ask every family for more than one emergency contact, and check that we hold them?',
    messages: {
      dataOneContact: 'The school asks for {{asked}} per pupil; the guidance expects more than one where reasonably possible.',
      proseOnlyOne:
        'The policy asks for only one emergency contact; the guidance expects more than one for each pupil where reasonably possible.',
    },
    hints: {
      dataOneContact: 'Ask every family for at least {{required}} emergency contacts.',
      proseOnlyOne: 'Ask families for more than one emergency contact.',
    },
  },
  check(ctx) {
    const law = ctx.law('registers.emergency_contacts_min');
    if (!law) return;
    const min = ctx.get('/registers/emergency_contacts_min');
    if (typeof min === 'number' && min < law.value) {
      ctx.report({
        pointer: '/registers/emergency_contacts_min',
        messageId: 'dataOneContact',
        data: {
          count: min,
          asked: min === 0 ? 'no emergency contacts' : min === 1 ? 'only one emergency contact' : `${min} emergency contacts`,
          required: law.value,
        },
      });
    }
    if (someSentence(ctx, MORE_THAN_ONE)) return;
    for (const hit of proseHits(ctx, [ONLY_ONE])) {
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, { messageId: 'proseOnlyOne' });
    }
  },
});
