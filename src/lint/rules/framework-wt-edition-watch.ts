import { defineRule } from '../define-rule.js';
import { proseHits } from '../prose-match.js';
import { references } from '../policy-facts.js';

const WT_NAME = String.raw`(?:working\s+together(?!\s+to\s+safeguard)(?:\s+to\s+improve\s+school\s+attendance)?|\bWT\b)`;
const PARA = String.raw`(?:paragraphs?|paras?\.?)\s+\d{1,3}(?:\s*(?:-|–|to|and)\s*\d{1,3})?`;
const PROSE = [
  new RegExp(String.raw`${PARA}\s+(?:of|in)\s+(?:the\s+)?(?:DfE['’]?s?\s+)?${WT_NAME}`, 'gi'),
  new RegExp(String.raw`${WT_NAME}[^.]{0,40}?\b${PARA}`, 'gi'),
];
const WT = /working\s+together\s+to\s+improve\s+school\s+attendance/i;

export const rule = defineRule({
  meta: {
    id: 'framework-wt-edition-watch',
    level: 'info',
    severity: 'info',
    where: 'both',
    settings: ['/references/*/title', '/references/*/edition', '/references/*/year', '/references/*/statutory', '/references/*/kind'],
    title: 'Paragraph numbers of Working together: say which edition',
    explanation:
      'Paragraph numbers in "Working together to improve school attendance" change between editions. The 2022 and 2024 editions are numbered differently, and the guidance was revised on 9 July 2026: it is still the same statutory guidance, applying from 19 August 2024, so citing "Working together (2024)" remains correct, but its paragraphs are renumbered (register timing is reported at paragraph 32 and code N at paragraphs 407 to 409). When a policy quotes a paragraph number it should say which edition it means, so readers can find the passage. Not yet known: what else the July 2026 revision changed.',
    citations: [
      {
        source: 'Working together to improve school attendance (DfE, 2024 edition; revised 9 July 2026)',
        url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'medium',
    confidenceNote:
      'The July 2026 revision (gov.uk page updated 9 July 2026) is established; what it changed, and whether its paragraph 32 ("at the same time for all registered pupils") rules out registering year groups at different times, is not. Neither is enforced.',
    fixable: false,
    governorQuestion: 'When our policy quotes paragraphs of Working together, does it say which edition it is quoting?',
    messages: {
      paragraphRenumbered:
        'The policy quotes a paragraph of Working together to improve school attendance without saying which edition; the paragraphs were renumbered when the guidance was revised on {{revised|date}}.',
      paragraphNoEdition:
        'The policy quotes a paragraph of Working together to improve school attendance without saying which edition; paragraph numbers differ between editions.',
    },
    hints: {
      paragraphRenumbered:
        'Add the edition (for example “Working together to improve school attendance (August 2024), paragraph 36”) or list it in the references with its year. Citing the 2024 guidance is still correct.',
      paragraphNoEdition:
        'Add the edition (for example “Working together to improve school attendance (August 2024), paragraph 36”) or list it in the references with its year. Citing the 2024 guidance is still correct.',
    },
  },
  check(ctx) {
    // A reference that gives the edition tells the reader which numbering is meant.
    if (references(ctx).some((r) => WT.test(r.title) && (r.year !== undefined || r.edition !== undefined))) return;
    const revised = ctx.law('guidance.working_together.revised');
    const current = ctx.law('guidance.working_together.current_year');
    const why =
      revised && current && revised.value > current.value
        ? { messageId: 'paragraphRenumbered', data: { revised: revised.since } }
        : { messageId: 'paragraphNoEdition' };
    for (const hit of proseHits(ctx, PROSE, (h) => /\b20\d\d\b/.test(h.sentence))) {
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, why);
    }
  },
});
