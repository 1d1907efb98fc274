import { defineRule } from '../define-rule.js';
import { codeTable } from '../../law/index.js';
import { codesInUse } from '../policy-facts.js';
import { NEGATION } from '../../text/vocabulary.js';
import { proseHits } from '../prose-match.js';

const PROSE = [
  /religious\s+(observance|festival)s?[^.]{0,80}\b(\d+|two|three|four|five)\s+days/gi,
  /\b(\d+|two|three|four|five)\s+days?\s+(each\s+year\s+|a\s+year\s+)?(for|of)\s+religious\s+(observance|festival)s?/gi,
];
/** A number of days that is a notice period, not an allowance. */
const NOTICE = /in\s+advance|\bnotice\b|\bbefore\b|\bprior\b|\bahead\b|\brequest/i;
const ALLOWANCE = /\b(up\s+to\s+)?(\d+|two|three|four|five)\s+days|\bautomatic/i;

export const rule = defineRule({
  meta: {
    id: 'codes-R-religious-observance',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/codes_in_use/*/code', '/codes_in_use/*/meaning'],
    title: 'Code R only for the day set apart for religious observance',
    explanation:
      'Code R authorises absence only on a day that the religious body the family belongs to has set apart exclusively for religious observance. Extra days, for example to travel or to extend a festival, are not covered by R: the parent must ask for leave of absence, which is granted only in exceptional circumstances. A policy should not promise a fixed number of festival days.',
    citations: [
      { source: 'Education Act 1996', paragraph: 's444(3)(c)', url: 'https://www.legislation.gov.uk/ukpga/1996/56/section/444' },
      { source: 'Working together to improve school attendance (2024)', paragraph: 'code R' },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'medium',
    confidenceNote:
      'The statutory wording (s444(3)(c)) was read from the 2001 text; the DfE wording for code R comes from secondary sources or recall.',
    fixable: false,
    governorQuestion:
      'Does our policy authorise religious observance only for the day set apart by the family’s religious body, and treat extra days as leave requests?',
    messages: {
      dataAllowance:
        'The policy says R means “{{meaning}}”. R covers only the day set apart for religious observance by the family’s religious body, not a set number of days.',
      proseAllowance:
        'Absence for religious observance is authorised only for the day set apart by the family’s religious body, not for a fixed number of days.',
    },
    hints: {
      dataAllowance: 'Describe R as the day exclusively set apart for religious observance; extra days need a leave request.',
      proseAllowance: 'Say that extra days need a leave of absence request, granted only in exceptional circumstances.',
    },
  },
  check(ctx) {
    const table = codeTable();
    if (ctx.asOf < table.effective_from) return;
    for (const c of codesInUse(ctx)) {
      if (c.code !== 'R' || !ALLOWANCE.test(c.meaning) || NOTICE.test(c.meaning)) continue;
      ctx.report({
        pointer: `${c.pointer}/meaning`,
        messageId: 'dataAllowance',
        data: { meaning: c.meaning },
      });
    }
    for (const hit of proseHits(ctx, PROSE, (h) => NOTICE.test(h.sentence) || NEGATION.test(h.match[0]))) {
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, { messageId: 'proseAllowance' });
    }
  },
});
