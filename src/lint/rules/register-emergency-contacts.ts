import type { Rule } from '../rule.js';
import { proseHits, reportHit, someSentence } from '../prose-match.js';

const MORE_THAN_ONE =
  /(more\s+than\s+one|two|second|additional|several|multiple|at\s+least\s+(two|2))\s+(sets\s+of\s+)?emergency\s+contact/i;
const ONLY_ONE = /\b(only|just|a\s+single|at\s+least)\s+one\s+emergency\s+contact/gi;

export const rule: Rule = {
  meta: {
    id: 'register-emergency-contacts',
    level: 'should',
    severity: 'warning',
    where: 'both',
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
  },
  check(ctx) {
    const law = ctx.law('registers.emergency_contacts_min');
    if (!law) return;
    const min = ctx.get('/registers/emergency_contacts_min');
    if (typeof min === 'number' && min < law.value) {
      ctx.report({
        pointer: '/registers/emergency_contacts_min',
        message: `The school asks for ${min} emergency contact${min === 1 ? '' : 's'} per pupil; the guidance expects more than one where reasonably possible.`,
        hint: `Ask every family for at least ${law.value} emergency contacts.`,
      });
    }
    if (someSentence(ctx, MORE_THAN_ONE)) return;
    for (const hit of proseHits(ctx, [ONLY_ONE])) {
      reportHit(
        ctx,
        hit,
        'The policy asks for only one emergency contact; the guidance expects more than one for each pupil where reasonably possible.',
        'Ask families for more than one emergency contact.',
      );
    }
  },
  examples: {
    pass: [
      { title: 'Two contacts asked for', yaml: 'registers:\n  emergency_contacts_min: 2\n' },
      {
        title: 'More than one in the text',
        yaml: 'sections:\n  - id: contacts\n    title: Contacts\n    body: |\n      Parents must give at least one emergency contact, and we ask for more than one emergency contact wherever possible.\n',
      },
    ],
    fail: [
      { title: 'One contact', yaml: 'registers:\n  emergency_contacts_min: 1\n' },
      {
        title: 'Only one in the text',
        yaml: 'sections:\n  - id: contacts\n    title: Contacts\n    body: |\n      Parents must give the school at least one emergency contact number.\n',
      },
    ],
  },
};
