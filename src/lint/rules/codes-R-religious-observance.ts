import type { Rule } from '../rule.js';
import { codeTable } from '../../law/index.js';
import { codesInUse } from '../policy-facts.js';
import { NEGATION } from '../../text/vocabulary.js';
import { proseHits, reportHit } from '../prose-match.js';

const PROSE = [
  /religious\s+(observance|festival)s?[^.]{0,80}\b(\d+|two|three|four|five)\s+days/gi,
  /\b(\d+|two|three|four|five)\s+days?\s+(each\s+year\s+|a\s+year\s+)?(for|of)\s+religious\s+(observance|festival)s?/gi,
];
/** A number of days that is a notice period, not an allowance. */
const NOTICE = /in\s+advance|\bnotice\b|\bbefore\b|\bprior\b|\bahead\b|\brequest/i;
const ALLOWANCE = /\b(up\s+to\s+)?(\d+|two|three|four|five)\s+days|\bautomatic/i;

export const rule: Rule = {
  meta: {
    id: 'codes-R-religious-observance',
    level: 'must',
    severity: 'error',
    where: 'both',
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
  },
  check(ctx) {
    const table = codeTable();
    if (ctx.asOf < table.effective_from) return;
    for (const c of codesInUse(ctx)) {
      if (c.code !== 'R' || !ALLOWANCE.test(c.meaning) || NOTICE.test(c.meaning)) continue;
      ctx.report({
        pointer: `${c.pointer}/meaning`,
        message: `The policy says R means “${c.meaning}”. R covers only the day set apart for religious observance by the family’s religious body, not a set number of days.`,
        hint: 'Describe R as the day exclusively set apart for religious observance; extra days need a leave request.',
      });
    }
    for (const hit of proseHits(ctx, PROSE, (h) => NOTICE.test(h.sentence) || NEGATION.test(h.match[0]))) {
      reportHit(
        ctx,
        hit,
        'Absence for religious observance is authorised only for the day set apart by the family’s religious body, not for a fixed number of days.',
        'Say that extra days need a leave of absence request, granted only in exceptional circumstances.',
      );
    }
  },
  examples: {
    pass: [
      { title: 'Day set apart', yaml: 'codes_in_use:\n  - code: R\n    meaning: Day exclusively set apart for religious observance\n' },
      {
        title: 'Notice period, not an allowance',
        yaml: 'sections:\n  - id: leave\n    title: Religious observance\n    body: |\n      Please tell us about religious observance at least 10 days in advance.\n',
      },
    ],
    fail: [
      {
        title: 'A fixed allowance of festival days',
        yaml: 'sections:\n  - id: leave\n    title: Religious observance\n    body: |\n      Absence for religious festivals is authorised for up to three days each year.\n',
      },
      { title: 'R with a day allowance', yaml: 'codes_in_use:\n  - code: R\n    meaning: Religious festivals, up to 2 days a year\n' },
    ],
  },
};
