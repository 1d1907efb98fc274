import { defineRule } from '../define-rule.js';
import { NEGATION } from '../../text/vocabulary.js';
import { proseHits } from '../prose-match.js';

const PROSE = [/(paper|manual)\s+(or\s+electronic\s+)?registers?/gi, /marked\s+in\s+ink/gi, /paper\s+or\s+electronic\s+format/gi];

export const rule = defineRule({
  meta: {
    id: 'register-electronic',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/registers/electronic'],
    title: 'Registers kept electronically',
    explanation:
      'Since 19 August 2024 every admission register and attendance register must be kept electronically. Paper registers, registers marked in ink and optical-mark sheets are no longer allowed as the legal record. A policy that still describes paper registers describes a practice that is now unlawful.',
    citations: [
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 5 and Explanatory Note',
        url: 'https://www.legislation.gov.uk/uksi/2024/208/regulation/5',
      },
      { source: 'Working together to improve school attendance (2024 edition)', paragraph: 'chapter 7 (para 31)' },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion: 'Are all our admission and attendance registers kept electronically, and does the policy say so?',
    messages: {
      dataNotElectronic:
        'The policy says registers are not kept electronically. Since {{since|date}} every admission and attendance register must be kept electronically.',
      prosePaperRegisters: 'Registers must be kept electronically since {{since|date}}; paper registers are no longer allowed.',
    },
    hints: {
      dataNotElectronic: 'Keep registers in the school’s management information system and update the policy.',
      prosePaperRegisters: 'Describe the electronic register (the management information system) instead.',
    },
  },
  check(ctx) {
    const law = ctx.law('registers.electronic_required');
    if (!law?.value) return;
    if (ctx.get('/registers/electronic') === false) {
      ctx.report({
        pointer: '/registers/electronic',
        messageId: 'dataNotElectronic',
        data: { since: law.since },
      });
    }
    // "in ink" is about registers only when the sentence says so; "no paper registers" is compliant.
    const skip = (h: { lead: string; sentence: string; match: RegExpMatchArray }) =>
      NEGATION.test(h.lead) || (/ink/i.test(h.match[0]) && !/regist/i.test(h.sentence));
    for (const hit of proseHits(ctx, PROSE, skip)) {
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, { messageId: 'prosePaperRegisters', data: { since: law.since } });
    }
  },
});
