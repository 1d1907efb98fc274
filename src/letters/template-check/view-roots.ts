import type { CompareMatrix } from '../../compare/matrix.js';
import type { Block } from '../../render/blocks.js';
import type { PolicyView } from '../../render/view-model.js';
import type { Report } from '../../report/build-report.js';
import type { LetterView } from '../view.js';

/**
 * What each template is given, as types. `npm run types` (and the build) turns these into
 * view-schemas.generated.ts, the fields the template checker knows: a placeholder is checked
 * against the type of the data the feature really passes, path by path.
 */

/** templates/policy.hbs, from src/render/html.ts and src/render/templates.ts. */
export interface PolicyPage {
  view: PolicyView;
  css: string;
  cspMeta: string;
}

/** templates/partials/block-*.hbs, drawn with `{{> (blockPartial type) partTitle=../title}}`. */
export type PolicyBlockPartial = Block & { partTitle: string };

/** templates/report/report.hbs, from src/report/render-html.ts. */
export interface ReportPage {
  report: Report;
  css: string;
  cspMeta: string;
}

/** templates/report/compare.hbs, from src/compare/format-html.ts. */
export interface ComparePage {
  matrix: CompareMatrix;
  title: string;
  css: string;
  cspMeta: string;
}

/** templates/letters/<letter>.hbs: one letter, from src/letters/view.ts. */
export type LetterPage = LetterView;

/** templates/letters/letters.hbs: the printable page around a batch of letters (src/letters/letter-templates.ts). */
export interface LettersDocument {
  title: string;
  letters: string[];
  css: string;
  pageCss: string;
  draft: boolean;
  cspMeta: string;
}
