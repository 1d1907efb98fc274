import type { Rule } from '../rule.js';
import { proseHits, references, reportHit } from '../rule-helpers-framework-registers-codes.js';

const WT_NAME = String.raw`(?:working\s+together(?!\s+to\s+safeguard)(?:\s+to\s+improve\s+school\s+attendance)?|\bWT\b)`;
const PARA = String.raw`(?:paragraphs?|paras?\.?)\s+\d{1,3}(?:\s*(?:-|–|to|and)\s*\d{1,3})?`;
const PROSE = [
  new RegExp(String.raw`${PARA}\s+(?:of|in)\s+(?:the\s+)?(?:DfE['’]?s?\s+)?${WT_NAME}`, 'gi'),
  new RegExp(String.raw`${WT_NAME}[^.]{0,40}?\b${PARA}`, 'gi'),
];
const WT = /working\s+together\s+to\s+improve\s+school\s+attendance/i;

export const rule: Rule = {
  meta: {
    id: 'framework-wt-edition-watch',
    level: 'info',
    severity: 'info',
    where: 'both',
    title: 'Paragraph numbers of Working together: say which edition',
    explanation:
      'Paragraph numbers in "Working together to improve school attendance" change between editions: the 2022 and 2024 editions are numbered differently, and a revised edition reportedly published in July 2026 renumbers it again. When a policy quotes a paragraph number it should say which edition it means, so readers can find the passage.',
    citations: [
      { source: 'Working together to improve school attendance (DfE, 2024)', url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance' },
      { source: 'Third-party reports of a July 2026 edition (unverified)' },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'low',
    confidenceNote: 'A July 2026 edition is reported only by third-party sources; its content and numbering are unverified.',
    fixable: false,
    governorQuestion: 'When our policy quotes paragraphs of Working together, does it say which edition it is quoting?',
  },
  check(ctx) {
    // A reference that gives the edition tells the reader which numbering is meant.
    if (references(ctx).some((r) => WT.test(r.title) && (r.year !== undefined || r.edition !== undefined))) return;
    for (const hit of proseHits(ctx, PROSE, (h) => /\b20\d\d\b/.test(h.sentence))) {
      reportHit(
        ctx,
        hit,
        'The policy quotes a paragraph of Working together to improve school attendance without saying which edition; paragraph numbers differ between editions.',
        'Add the edition (for example “Working together to improve school attendance (August 2024), paragraph 36”) or list it in the references with its year.',
      );
    }
  },
  examples: {
    pass: [
      {
        title: 'Gives the edition with the paragraph',
        yaml: 'sections:\n  - id: registers\n    title: Registers\n    body: |\n      Registers are kept for six years (paragraph 36 of Working together to improve school attendance, August 2024).\n',
      },
      {
        title: 'Paragraph of a different document',
        yaml: 'sections:\n  - id: safeguarding\n    title: Safeguarding\n    body: |\n      See paragraph 12 of Working together to safeguard children.\n',
      },
    ],
    fail: [
      {
        title: 'Paragraph number with no edition',
        yaml: 'sections:\n  - id: registers\n    title: Registers\n    body: |\n      Registers are kept for six years, as set out in paragraph 36 of Working together to improve school attendance.\n',
      },
    ],
  },
};
