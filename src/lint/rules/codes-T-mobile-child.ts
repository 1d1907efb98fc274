import { defineRule } from '../define-rule.js';
import { codeTable } from '../../law/index.js';
import { codesInUse } from '../policy-facts.js';
import { NEGATION } from '../../text/vocabulary.js';
import { proseHits } from '../prose-match.js';

const OCCUPATIONAL = /mobile|trade|business|occupation|work|employ|job|fairground|circus|show(wo)?m[ae]n/i;
const ETHNIC = /gypsy|roma\b|traveller/i;
const NOT_FOR = /holiday|wedding|funeral|visit/i;

const PROSE_ETHNIC = [/\b(?<code>T)\b[^.]{0,80}(gypsy|roma|traveller)(?![^.]{0,120}(trade|business|occupation|work))/gi];
const PROSE_NOT_FOR = [/\b(?<code>T)\b[^.]{0,60}(holiday|wedding|funeral)/gi];
/** "T – Traveller absence" is the old code label, reported by codes-removed-or-changed. */
const OLD_LABEL = /\bT\s*[-–:=]\s*(gypsy|traveller|roma)/i;

export const rule = defineRule({
  meta: {
    id: 'codes-T-mobile-child',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/codes_in_use/*/code', '/codes_in_use/*/meaning'],
    title: 'Code T only for a child travelling with a parent for work',
    explanation:
      'Code T is an authorised absence for a "mobile child": a child whose parent travels from place to place for their trade or business (for example fairground, circus or seasonal work) and who is travelling with them. It is not a code for Gypsy, Roma or Traveller pupils as such, and it never covers holidays, weddings or funerals. Families with a house who spend long periods travelling for work are included.',
    citations: [
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 10 (code T) and definition of "mobile child"',
        url: 'https://www.legislation.gov.uk/uksi/2024/208/regulation/10',
      },
      { source: 'Working together to improve school attendance (2024)', paragraph: 'code T' },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion:
      'Does our policy use code T only for children travelling with a parent for work, and not for Traveller pupils generally or for holidays?',
    messages: {
      dataVague: 'The policy says T means “{{meaning}}”. T is only for a mobile child travelling with a parent who travels for work.',
      dataHoliday:
        'The policy says T means “{{meaning}}”. T is only for a mobile child travelling with a parent who travels for work; it does not cover holidays, weddings, funerals or family visits.',
      proseEthnic: 'Code T is for a child travelling with a parent who travels for work, not for Gypsy, Roma or Traveller pupils as such.',
      proseNotFor: 'Code T does not cover holidays, weddings or funerals: it is only for a child travelling with a parent for work.',
    },
    hints: {
      dataVague: 'Describe T with its national meaning: {{national}}.',
      dataHoliday: 'Describe T with its national meaning: {{national}}.',
      proseEthnic: 'Describe T as travel with a parent for occupational purposes.',
      proseNotFor: 'Leave for these reasons is a request for leave in exceptional circumstances (C), or unauthorised.',
    },
  },
  check(ctx) {
    const table = codeTable();
    if (ctx.asOf < table.effective_from) return;
    for (const c of codesInUse(ctx)) {
      if (c.code !== 'T' || !c.meaning.trim()) continue;
      const holiday = NOT_FOR.test(c.meaning) && !NEGATION.test(c.meaning);
      // Ethnic-only wording is the old label, reported by codes-removed-or-changed.
      const vague = !OCCUPATIONAL.test(c.meaning) && !ETHNIC.test(c.meaning);
      if (!holiday && !vague) continue;
      ctx.report({
        pointer: `${c.pointer}/meaning`,
        messageId: holiday ? 'dataHoliday' : 'dataVague',
        data: { meaning: c.meaning, national: table.codes.T!.meaning },
      });
    }
    for (const hit of proseHits(ctx, PROSE_ETHNIC, (h) => OLD_LABEL.test(h.sentence) || NEGATION.test(h.match[0]))) {
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, { messageId: 'proseEthnic' });
    }
    for (const hit of proseHits(ctx, PROSE_NOT_FOR, (h) => NEGATION.test(h.match[0]) || OLD_LABEL.test(h.sentence))) {
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, { messageId: 'proseNotFor' });
    }
  },
});
