import type { Rule } from '../rule.js';
import { longDate } from '../../text/dates.js';
import { NEGATION } from '../../text/vocabulary.js';
import { proseHits, reportHit } from '../prose-match.js';

const PROSE = [/(paper|manual)\s+(or\s+electronic\s+)?registers?/gi, /marked\s+in\s+ink/gi, /paper\s+or\s+electronic\s+format/gi];

export const rule: Rule = {
  meta: {
    id: 'register-electronic',
    level: 'must',
    severity: 'error',
    where: 'both',
    title: 'Registers kept electronically',
    explanation:
      'Since 19 August 2024 every admission register and attendance register must be kept electronically. Paper registers, registers marked in ink and optical-mark sheets are no longer allowed as the legal record. A policy that still describes paper registers describes a practice that is now unlawful.',
    citations: [
      { source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)', paragraph: 'reg 5 and Explanatory Note', url: 'https://www.legislation.gov.uk/uksi/2024/208/regulation/5' },
      { source: 'Working together to improve school attendance (2024 edition)', paragraph: 'chapter 7 (para 31)' },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion: 'Are all our admission and attendance registers kept electronically, and does the policy say so?',
  },
  check(ctx) {
    const law = ctx.law('registers.electronic_required');
    if (!law?.value) return;
    if (ctx.get('/registers/electronic') === false) {
      ctx.report({
        pointer: '/registers/electronic',
        message: `The policy says registers are not kept electronically. Since ${longDate(law.since)} every admission and attendance register must be kept electronically.`,
        hint: 'Keep registers in the school’s management information system and update the policy.',
      });
    }
    // "in ink" is about registers only when the sentence says so; "no paper registers" is compliant.
    const skip = (h: { lead: string; sentence: string; match: RegExpMatchArray }) => NEGATION.test(h.lead) || (/ink/i.test(h.match[0]) && !/regist/i.test(h.sentence));
    for (const hit of proseHits(ctx, PROSE, skip)) {
      reportHit(ctx, hit, `Registers must be kept electronically since ${longDate(law.since)}; paper registers are no longer allowed.`, 'Describe the electronic register (the management information system) instead.');
    }
  },
  examples: {
    pass: [
      { title: 'Electronic registers', yaml: 'registers:\n  mis: Arbor\n  electronic: true\n' },
      {
        title: 'Says paper registers are not used',
        yaml: 'sections:\n  - id: registers\n    title: Registers\n    body: |\n      We do not use paper registers: all registers are kept electronically in Arbor.\n',
      },
      { title: 'Before 19 August 2024 paper registers were allowed', asOf: '2024-06-01', yaml: 'registers:\n  electronic: false\n' },
    ],
    fail: [
      { title: 'Registers not electronic', yaml: 'registers:\n  electronic: false\n' },
      {
        title: 'Registers marked in ink',
        yaml: 'sections:\n  - id: registers\n    title: Registers\n    body: |\n      The register is marked in ink by the class teacher.\n',
      },
      {
        title: 'Paper or electronic format',
        yaml: 'sections:\n  - id: registers\n    title: Registers\n    body: |\n      Registers may be kept in paper or electronic format.\n',
      },
    ],
  },
};
