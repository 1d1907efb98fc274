import { dayVariants } from '../../core/model.js';
import type { Rule } from '../rule.js';
import { NEGATION } from '../../text/vocabulary.js';
import { proseHits, reportHit, someSentence } from '../prose-match.js';
import { setAt, variantName } from '../policy-facts.js';

const PROSE = [
  /registers?\s+(is\s+|are\s+)?taken\s+(only\s+)?once\s+(a|per|each)\s+day/gi,
  /(only|just)\s+(a\s+)?morning\s+register/gi,
  /\b(one|a\s+single)\s+register\s+(a|per|each)\s+day/gi,
];

export const rule: Rule = {
  meta: {
    id: 'register-session-timing',
    level: 'must',
    severity: 'error',
    where: 'both',
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
          message: `The policy gives morning register times for ${variantName(v)} but says nothing about the afternoon register. The law requires a register at the start of the morning session and once during the afternoon session.`,
          hint: 'Add when the afternoon register opens and closes.',
        });
      }
    }
    for (const hit of proseHits(ctx, PROSE, (h) => NEGATION.test(h.lead))) {
      reportHit(
        ctx,
        hit,
        'Attendance must be recorded twice a day: at the start of the morning session and once during the afternoon session.',
        'Describe both the morning and the afternoon register.',
      );
    }
  },
  examples: {
    pass: [
      {
        title: 'Morning and afternoon registers',
        yaml: 'school_day:\n  registers:\n    morning: { opens: "08:45", closes: "09:15" }\n    afternoon: { opens: "13:15", closes: "13:45" }\n',
      },
      {
        title: 'Morning times in the data, afternoon register described in the text',
        yaml: 'school_day:\n  registers:\n    morning: { opens: "08:45", closes: "09:00" }\nsections:\n  - id: registers\n    title: Registers\n    body: |\n      The register is taken at the start of the school day and again in the afternoon.\n',
      },
      {
        title: 'Says a single register is not enough',
        yaml: 'sections:\n  - id: registers\n    title: Registers\n    body: |\n      The register is not taken once a day: it is taken every morning and every afternoon.\n',
      },
    ],
    fail: [
      {
        title: 'Only one register a day',
        yaml: 'sections:\n  - id: registers\n    title: Registers\n    body: |\n      The register is taken once a day, at 8.50am.\n',
      },
      {
        title: 'Morning register only',
        yaml: 'school_day:\n  registers:\n    morning: { opens: "08:45", closes: "09:15" }\n',
      },
    ],
  },
};
