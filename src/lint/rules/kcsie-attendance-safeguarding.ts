import { defineRule } from '../define-rule.js';
import { proseMatches } from '../prose-match.js';

const KCSIE = /\b(keeping\s+children\s+safe\s+in\s+education|KCSIE)\b/i;
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|sept|october|november|december)`;
/** KCSIE followed by its edition year: "KCSIE 2023", "Keeping children safe in education (September 2022)". */
const PROSE = new RegExp(
  String.raw`\b(?:keeping\s+children\s+safe\s+in\s+education|KCSIE)\b\s*[(,:–-]?\s*(?:${MONTH}\s+)?(20\d\d)\b`,
  'gi',
);

export const rule = defineRule({
  meta: {
    id: 'kcsie-attendance-safeguarding',
    level: 'should',
    severity: 'warning',
    where: 'both',
    settings: ['/references/*/title', '/references/*/edition', '/references/*/year'],
    title: 'Cites the current Keeping children safe in education',
    explanation:
      'Keeping children safe in education (KCSIE) is the statutory safeguarding guidance for schools. It treats unexplained or persistent absence from education as a possible sign of abuse or neglect, so the attendance policy should link to the child protection policy and the current edition. A new edition is published most years and applies from September: KCSIE 2025 from 1 September 2025, and KCSIE 2026 (in which "Early Help" becomes "Family Help") from 1 September 2026. Citing an old one suggests the safeguarding parts of the policy have not been reviewed.',
    citations: [
      {
        source: 'Keeping children safe in education (2026)',
        paragraph: 'Part one, children absent from education',
        url: 'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2',
      },
    ],
    effectiveFrom: '2024-09-02',
    confidence: 'medium',
    confidenceNote:
      'KCSIE 2026 in force from 1 September 2026 is rated medium-high; its final wording on absence was not read, so the rule checks only which edition is cited.',
    fixable: true,
    governorQuestion:
      'Does our attendance policy cite the current edition of Keeping children safe in education and link to our child protection policy?',
    messages: {
      citesOldEdition: 'The policy cites Keeping children safe in education {{cited}}; the current edition is {{current}}.',
      proseOldEdition: 'Keeping children safe in education {{cited}} is not the current edition; the current one is {{current}}.',
    },
    hints: {
      citesOldEdition: 'Cite KCSIE {{current}} and check the safeguarding parts of the policy against it.',
      proseOldEdition: 'Refer to KCSIE {{current}} (or to “the current edition of Keeping children safe in education”).',
    },
  },
  check(ctx) {
    const current = ctx.law('guidance.kcsie.current_year');
    if (!current) return;
    const year = current.value;
    (ctx.policy.references ?? []).forEach((ref, i) => {
      if (!ref || !KCSIE.test(ref.title ?? '')) return;
      // The year may be in `year`, in the edition text or in the title itself.
      const fromText = /\b(20\d\d)\b/.exec(`${ref.edition ?? ''} ${ref.title}`)?.[1];
      const cited = typeof ref.year === 'number' ? ref.year : fromText ? Number(fromText) : undefined;
      if (cited === undefined || cited >= year) return;
      const pointer =
        typeof ref.year === 'number'
          ? `/references/${i}/year`
          : ref.edition && /20\d\d/.test(ref.edition)
            ? `/references/${i}/edition`
            : `/references/${i}/title`;
      ctx.report({
        pointer,
        messageId: 'citesOldEdition',
        data: { cited, current: year },
        ...(typeof ref.year === 'number' ? { fix: { pointer, value: year } } : {}),
      });
    });
    for (const { block, match, sentence } of proseMatches(ctx, [PROSE])) {
      const cited = Number(match[1]);
      // "KCSIE 2023 and 2024" or "(updated 2025)": a current year in the same sentence means it is not stale.
      const years = [...sentence.matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]));
      if (cited >= year || years.some((y) => y >= year)) continue;
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'proseOldEdition', data: { cited, current: year } });
    }
  },
});
