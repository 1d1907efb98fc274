import type { Rule } from '../rule.js';
import { HISTORICAL_CONTEXT } from '../../text/vocabulary.js';
import { pounds } from '../../text/numbers.js';
import { lawText } from '../../law/law-text.js';

const BASE = '/legal_measures/prosecution';
const FIELDS = [
  {
    key: 's444_1_max_fine',
    law: 'prosecution.s444_1_max_fine',
    words: 'The maximum fine under section 444(1)',
    show: (n: number) => pounds(n),
  },
  {
    key: 's444_1a_max_fine',
    law: 'prosecution.s444_1a_max_fine',
    words: 'The maximum fine under section 444(1A)',
    show: (n: number) => pounds(n),
  },
  {
    key: 's444_1a_max_custody_months',
    law: 'prosecution.s444_1a_max_custody_months',
    words: 'The longest prison term under section 444(1A)',
    show: (n: number) => `${n} months`,
  },
] as const;
// s444(1) is a fine only: a higher fine or prison belongs to s444(1A).
const S444_1_WITH_1A_PENALTY = /\b444\s*\(\s*1\s*\)[^.]{0,80}?(£\s?2,?500|imprison\w*|prison|custod\w*)/gi;
const SIX_MONTHS_PRISON = [
  /\b(?:6|six)\s+months?\s+(?:in\s+)?(?:prison|imprisonment|custody|jail)\b/gi,
  /\b(?:prison|imprisonment|custody|jail)\s+(?:term\s+)?(?:of\s+|for\s+)?(?:up\s+to\s+)?(?:6|six)\s+months\b/gi,
];

export const rule: Rule = {
  meta: {
    id: 'law-parent-duty-s7-s444',
    level: 'must',
    severity: 'error',
    where: 'both',
    title: lawText(
      'Parents’ duty and the attendance offences: s444(1) up to {prosecution.s444_1_max_fine}; s444(1A) up to {prosecution.s444_1a_max_fine} and/or {prosecution.s444_1a_max_custody_months}',
    ),
    explanation:
      'Parents must make sure their child of compulsory school age receives a suitable full-time education (section 7 of the Education Act 1996). If a registered pupil does not attend regularly, the parent commits an offence under section 444(1), with a fine of up to £1,000. If the parent knew and did not act, the offence under section 444(1A) carries a fine of up to £2,500, up to 3 months in prison, or both. Policies sometimes give the wrong maximum or attach prison to the wrong offence.',
    citations: [
      { source: 'Education Act 1996', paragraph: 's7 and s444', url: 'https://www.legislation.gov.uk/ukpga/1996/56/section/444' },
      { source: 'Sentencing Council, School non-attendance (revised 2017)', paragraph: 'offence ranges for s444(1) and s444(1A)' },
      { source: 'Isle of Wight Council v Platt [2017] UKSC 28', paragraph: 'meaning of “regularly”' },
    ],
    effectiveFrom: '1996-11-01',
    confidence: 'high',
    fixable: true,
    governorQuestion: 'Does our policy state the attendance offences and their maximum penalties correctly?',
  },
  check(ctx) {
    const data = ctx.policy.legal_measures?.prosecution;
    for (const f of FIELDS) {
      const found = data?.[f.key];
      const law = ctx.law(f.law);
      if (typeof found !== 'number' || !law || found === law.value) continue;
      ctx.report({
        pointer: `${BASE}/${f.key}`,
        message: `${f.words} is given as ${f.show(found)}; it is ${f.show(law.value)}.`,
        hint: `Change it to ${law.value} (${law.reference}).`,
        fix: { pointer: `${BASE}/${f.key}`, value: law.value },
      });
    }
    const months = ctx.law('prosecution.s444_1a_max_custody_months')?.value;
    for (const { block, match, sentence } of ctx.matchProse(S444_1_WITH_1A_PENALTY)) {
      if (/1\s*A/i.test(match[0]) || HISTORICAL_CONTEXT.test(sentence)) continue;
      ctx.reportProse(
        block,
        match.index!,
        match[0].length,
        'Section 444(1) carries a fine only (up to £1,000); the higher fine and prison apply to the offence under section 444(1A).',
        {
          hint: 'Give each offence its own maximum: s444(1) a fine up to £1,000; s444(1A) a fine up to £2,500 and/or 3 months in prison.',
        },
      );
    }
    if (months !== undefined && months !== 6) {
      for (const re of SIX_MONTHS_PRISON) {
        for (const { block, match, sentence } of ctx.matchProse(re)) {
          if (HISTORICAL_CONTEXT.test(sentence)) continue;
          ctx.reportProse(
            block,
            match.index!,
            match[0].length,
            `The longest prison term for failing to secure attendance is ${months} months (section 444(1A)), not 6.`,
            {
              hint: `Change it to ${months} months.`,
            },
          );
        }
      }
    }
  },
  examples: {
    pass: [
      {
        title: 'Correct maxima',
        yaml: 'legal_measures:\n  prosecution: { s444_1_max_fine: 1000, s444_1a_max_fine: 2500, s444_1a_max_custody_months: 3 }\n',
      },
      {
        title: 'Each offence with its own penalty',
        yaml: 'sections:\n  - id: legal\n    title: Legal\n    body: |\n      Under s444(1) the fine is up to £1,000. Under s444(1A) it is up to £2,500 and/or imprisonment of up to 3 months. Prosecution must start within 6 months of the offence.\n',
      },
    ],
    fail: [
      {
        title: 'Wrong maximum fine',
        yaml: 'legal_measures:\n  prosecution: { s444_1_max_fine: 2500 }\n',
        output: 'legal_measures:\n  prosecution: { s444_1_max_fine: 1000 }\n',
      },
      {
        title: 'Six months in prison',
        yaml: 'sections:\n  - id: legal\n    title: Legal\n    body: |\n      Parents can face a fine of up to £2,500 or imprisonment of up to 6 months.\n',
      },
      {
        title: 'Prison attached to s444(1)',
        yaml: 'sections:\n  - id: legal\n    title: Legal\n    body: |\n      An offence under section 444(1) can lead to imprisonment.\n',
      },
    ],
  },
};
