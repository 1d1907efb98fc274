import { dayVariants } from '../../core/model.js';
import { defineRule } from '../define-rule.js';
import { NEGATION } from '../../text/vocabulary.js';
import { proseHits, someSentence } from '../prose-match.js';
import { setAt, variantName } from '../policy-facts.js';

const PROSE = [
  /registers?\s+(is\s+|are\s+)?taken\s+(only\s+)?once\s+(a|per|each)\s+day/gi,
  /(only|just)\s+(a\s+)?morning\s+register/gi,
  /\b(one|a\s+single)\s+register\s+(a|per|each)\s+day/gi,
];

export const rule = defineRule({
  meta: {
    id: 'register-session-timing',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/**/school_day/**'],
    title: 'Register at the start of the morning session and once in the afternoon',
    explanation:
      'The law requires the attendance of every pupil (other than boarders) to be recorded twice a day: at the start of the morning session and once during the afternoon session. This includes nursery and sixth-form pupils. A policy that describes a single daily register, or only a morning register, does not meet that duty.',
    citations: [
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 10(1)',
        url: 'https://www.legislation.gov.uk/uksi/2024/208/regulation/10',
      },
      { source: 'Working together to improve school attendance (2024)', paragraph: 'chapter 7' },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion:
      'Does our policy say that registers are taken at the start of every morning session and once in every afternoon session?',
    // The messages that say the policy lacks something (an audit treats these with care).
    absence: ['morningOnly'],
    messages: {
      morningOnly:
        'The policy gives morning register times for {{where}} but says nothing about the afternoon register. The law requires a register at the start of the morning session and once during the afternoon session.',
      proseOnceADay: 'Attendance must be recorded twice a day: at the start of the morning session and once during the afternoon session.',
    },
    hints: {
      morningOnly: 'Add when the afternoon register opens and closes.',
      proseOnceADay: 'Describe both the morning and the afternoon register.',
    },
  },
  check(ctx) {
    // Times given for a morning register but none for the afternoon, and the text never mentions an afternoon register.
    const afternoonInProse = someSentence(ctx, /regist/i, /\b(afternoon|pm|twice|both\s+sessions|each\s+session|every\s+session)\b/i);
    if (!afternoonInProse) {
      const reported = new Set<string>();
      for (const v of dayVariants(ctx.policy)) {
        const morning = v.day.registers?.morning ?? {};
        const afternoon = v.day.registers?.afternoon ?? {};
        if ((!morning.opens && !morning.closes) || afternoon.opens || afternoon.closes) continue;
        const pointer = setAt(ctx, v, 'registers/morning/closes') ?? setAt(ctx, v, 'registers/morning/opens')!;
        if (reported.has(pointer)) continue;
        reported.add(pointer);
        ctx.report({
          pointer: pointer.replace(/\/(opens|closes)$/, ''),
          severity: 'warning',
          messageId: 'morningOnly',
          data: { where: variantName(v) },
        });
      }
    }
    for (const hit of proseHits(ctx, PROSE, (h) => NEGATION.test(h.lead))) {
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, { messageId: 'proseOnceADay' });
    }
  },
});
