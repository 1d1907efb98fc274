import { CSP_META } from '../render/csp.js';
import { reportTemplates } from '../report/templates.js';
import type { CompareMatrix } from './matrix.js';

/** A standalone HTML page (no scripts, nothing fetched) with the matrix as an accessible table. */
export function compareToHtml(matrix: CompareMatrix, title: string): string {
  return reportTemplates().render('compare', { matrix, title, cspMeta: CSP_META });
}
