import { defineRule } from '../define-rule.js';
import { HISTORICAL_CONTEXT } from '../../text/vocabulary.js';
import { lawText } from '../../law/law-text.js';

const BASE = '/legal_measures/prosecution';
/** The maxima in the data; each field's message has the field's name as its id. */
const FIELDS = [
  { key: 's444_1_max_fine', law: 'prosecution.s444_1_max_fine' },
  { key: 's444_1a_max_fine', law: 'prosecution.s444_1a_max_fine' },
  { key: 's444_1a_max_custody_months', law: 'prosecution.s444_1a_max_custody_months' },
] as const;
// s444(1) is a fine only: a higher fine or prison belongs to s444(1A).
const S444_1_WITH_1A_PENALTY = /\b444\s*\(\s*1\s*\)[^.]{0,80}?(£\s?2,?500|imprison\w*|prison|custod\w*)/gi;
const SIX_MONTHS_PRISON = [
  /\b(?:6|six)\s+months?\s+(?:in\s+)?(?:prison|imprisonment|custody|jail)\b/gi,
  /\b(?:prison|imprisonment|custody|jail)\s+(?:term\s+)?(?:of\s+|for\s+)?(?:up\s+to\s+)?(?:6|six)\s+months\b/gi,
];

export const rule = defineRule({
  meta: {
    id: 'law-parent-duty-s7-s444',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: [
      '/legal_measures/prosecution/s444_1_max_fine',
      '/legal_measures/prosecution/s444_1a_max_fine',
      '/legal_measures/prosecution/s444_1a_max_custody_months',
    ],
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
    messages: {
      s444_1_max_fine: 'The maximum fine under section 444(1) is given as {{found|pounds}}; it is {{value|pounds}}.',
      s444_1a_max_fine: 'The maximum fine under section 444(1A) is given as {{found|pounds}}; it is {{value|pounds}}.',
      s444_1a_max_custody_months: 'The longest prison term under section 444(1A) is given as {{found}} months; it is {{value}} months.',
      proseFineOnlyOffence:
        'Section 444(1) carries a fine only (up to £1,000); the higher fine and prison apply to the offence under section 444(1A).',
      proseSixMonths: 'The longest prison term for failing to secure attendance is {{months}} months (section 444(1A)), not 6.',
    },
    hints: {
      s444_1_max_fine: 'Change it to {{value}} ({{reference}}).',
      s444_1a_max_fine: 'Change it to {{value}} ({{reference}}).',
      s444_1a_max_custody_months: 'Change it to {{value}} ({{reference}}).',
      proseFineOnlyOffence:
        'Give each offence its own maximum: s444(1) a fine up to £1,000; s444(1A) a fine up to £2,500 and/or 3 months in prison.',
      proseSixMonths: 'Change it to {{months}} months.',
    },
  },
  check(ctx) {
    const data = ctx.policy.legal_measures?.prosecution;
    for (const f of FIELDS) {
      const found = data?.[f.key];
      const law = ctx.law(f.law);
      if (typeof found !== 'number' || !law || found === law.value) continue;
      ctx.report({
        pointer: `${BASE}/${f.key}`,
        messageId: f.key,
        data: { found, value: law.value, reference: law.reference },
        fix: { pointer: `${BASE}/${f.key}`, value: law.value },
      });
    }
    const months = ctx.law('prosecution.s444_1a_max_custody_months')?.value;
    for (const { block, match, sentence } of ctx.matchProse(S444_1_WITH_1A_PENALTY)) {
      if (/1\s*A/i.test(match[0]) || HISTORICAL_CONTEXT.test(sentence)) continue;
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'proseFineOnlyOffence' });
    }
    if (months !== undefined && months !== 6) {
      for (const re of SIX_MONTHS_PRISON) {
        for (const { block, match, sentence } of ctx.matchProse(re)) {
          if (HISTORICAL_CONTEXT.test(sentence)) continue;
          ctx.reportProse(block, match.index!, match[0].length, { messageId: 'proseSixMonths', data: { months } });
        }
      }
    }
  },
});
