import { defineRule } from '../define-rule.js';
import { proseMatches } from '../prose-match.js';

/** Penalties or fines said to apply to nursery or Reception children. */
const PENALTY_FOR_YOUNG = /\b(fines?|penalt\w+|FPNs?)\b[^.]{0,80}\b(nursery|reception)\s+(pupils|children|class(?:es)?)/gi;
/** The sentence limits or denies it ("do not apply to nursery children", "only pupils of compulsory school age"). */
const LIMITED =
  /\b(not|no|cannot|never|only|except\w*|exempt|unless|compulsory\s+school\s+age|statutory\s+school\s+age|of\s+compulsory)\b/i;
/** Compulsory school age said to last until an age past its end ("statutory education until they are 18"). */
const AGE_END =
  /\b(compulsory\s+(?:school\s+age|education|schooling)|statutory\s+(?:school(?:ing)?|education))\b[^.]{0,80}?\b(?:until|up\s+to|till|to\s+the\s+age\s+of)\s+(?:they\s+are\s+|the\s+age\s+of\s+)?(?:aged?\s+)?(\d{2})\b/gi;
/** Staying in education or training to 18 (the participation age) is a different duty. */
const PARTICIPATION = /\b(training|participat\w*|apprentice\w*|employment|sixth\s+form|college)\b/i;

export const rule = defineRule({
  meta: {
    id: 'def-compulsory-school-age-and-sessions',
    level: 'info',
    severity: 'info',
    where: 'both',
    settings: [],
    title: 'Penalty notices and prosecution apply only to pupils of compulsory school age',
    explanation:
      'A child is of compulsory school age from the term after their fifth birthday (from 31 December, 31 March or 31 August) until the last Friday in June of the school year in which they turn 16. Parents can only be fined or prosecuted for the absence of a child of that age, so nursery children and younger Reception children are not covered. Each school day has two sessions, morning and afternoon.',
    citations: [
      {
        source: 'Education Act 1996',
        paragraph: 's8 (compulsory school age), s444 (offence)',
        url: 'https://www.legislation.gov.uk/ukpga/1996/56/section/8',
      },
      {
        source: 'Education (Penalty Notices) (England) Regulations 2007',
        paragraph: 'penalty notices for irregular attendance of a child of compulsory school age',
      },
    ],
    effectiveFrom: '1996-11-01',
    confidence: 'high',
    fixable: false,
    governorQuestion:
      'Does our policy make clear that fines and prosecution only apply to children of compulsory school age, while still expecting good attendance from younger children?',
    messages: {
      penaltyForYoungChildren:
        'Fines and penalty notices only apply to children of compulsory school age (from the term after their fifth birthday); nursery children and younger Reception children are not covered.',
      ageEndsLater:
        'Compulsory school age ends on the last Friday in June of the school year in which a child turns {{endAge}}, not at {{age}}. (Staying in education or training until 18 is a different duty.)',
    },
    hints: {
      penaltyForYoungChildren: 'Say that penalties only apply once a child reaches compulsory school age.',
      ageEndsLater: 'Correct the age to {{endAge}}, or say “education or training” if the participation age is meant.',
    },
  },
  // Nothing in the structured data records ages, so only the prose is checked.
  check(ctx) {
    const endAge = ctx.law('compulsory_school_age.end_age')?.value;
    for (const { block, match } of proseMatches(ctx, [PENALTY_FOR_YOUNG], (h) => LIMITED.test(h.sentence))) {
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'penaltyForYoungChildren' });
    }
    if (endAge === undefined) return;
    for (const { block, match } of proseMatches(ctx, [AGE_END], (h) => PARTICIPATION.test(h.sentence))) {
      const age = Number(match[2]);
      if (age <= endAge) continue;
      const at = match.index! + match[0].lastIndexOf(match[2]!);
      ctx.reportProse(block, at, 2, { messageId: 'ageEndsLater', data: { endAge, age } });
    }
  },
});
