import { defineRule } from '../define-rule.js';
import { proseHits } from '../prose-match.js';
import { references } from '../policy-facts.js';

const PN_REGS = /penalty\s+notices?\)?[^.]{0,30}regulations/i;
const PROSE = [/penalty notices?\)?\s*\(england\)\s*(\(amendment\)\s*)?regulations?\s*(2004|2012|2013)\b/gi];

export const rule = defineRule({
  meta: {
    id: 'framework-penalty-notice-regs-2024',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/references/*/title', '/references/*/edition', '/references/*/year', '/references/*/statutory', '/references/*/kind'],
    title: 'Penalty notices under the 2007 Regulations as amended in 2024',
    explanation:
      'Attendance penalty notices are issued under the Education (Penalty Notices) (England) Regulations 2007. Their 2024 amendment, in force from 19 August 2024, set the national framework: the amounts, the limit on notices and the national threshold. A policy that gives the 2004 Regulations, or the 2012 and 2013 amendments, as the source of the rules is quoting superseded law.',
    citations: [
      {
        source: 'Education (Penalty Notices) (England) (Amendment) Regulations 2024 (SI 2024/210)',
        paragraph: 'regs 1–4',
        url: 'https://www.legislation.gov.uk/uksi/2024/210',
      },
      {
        source: 'Education (Penalty Notices) (England) Regulations 2007 (SI 2007/1867)',
        url: 'https://www.legislation.gov.uk/uksi/2007/1867',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion: 'Does our policy say penalty notices follow the 2007 Regulations as amended in 2024, rather than the older rules?',
    messages: {
      citesSuperseded:
        'The policy cites the {{year}} penalty notice regulations. Since {{since|date}} penalty notices follow the Education (Penalty Notices) (England) Regulations 2007 as amended by the 2024 Amendment Regulations.',
      proseSuperseded:
        'The {{year}} penalty notice regulations are not the current source of the rules: since {{since|date}} the 2007 Regulations as amended in 2024 set the national framework.',
    },
    hints: {
      citesSuperseded: 'Cite the Education (Penalty Notices) (England) Regulations 2007, as amended by SI 2024/210.',
      proseSuperseded:
        'Refer to the Education (Penalty Notices) (England) Regulations 2007, as amended by the 2024 Amendment Regulations (SI 2024/210).',
    },
  },
  check(ctx) {
    const law = ctx.law('legislation.penalty_notice_regulations.amended_year');
    if (!law || law.value < 2024) return;
    const since = law.since;
    for (const ref of references(ctx)) {
      if (!PN_REGS.test(ref.text) || new RegExp(`\\b${law.value}\\b`).test(ref.text)) continue;
      // The 2004 Regulations, or an amendment older than the one in force, cited as the source.
      const stale =
        /\b(2004|2012|2013)\b/.exec(ref.text)?.[1] ??
        (ref.year !== undefined && ref.year !== 2007 && ref.year < law.value ? String(ref.year) : undefined);
      if (!stale) continue;
      ctx.report({
        pointer: /\b(2004|2012|2013)\b/.test(ref.title) || ref.year === undefined ? `${ref.pointer}/title` : `${ref.pointer}/year`,
        messageId: 'citesSuperseded',
        data: { year: stale, since },
      });
    }
    for (const hit of proseHits(ctx, PROSE, (h) => new RegExp(`\\b${law.value}\\b`).test(h.sentence))) {
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, {
        messageId: 'proseSuperseded',
        data: { year: hit.match[2]!, since },
      });
    }
  },
});
