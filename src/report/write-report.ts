import path from 'node:path';
import { assertPrintable } from '../core/output-check.js';
import { writeOutput } from '../export/write-output.js';
import type { BrowserPool } from '../render/browser.js';
import type { Report } from './build-report.js';
import { renderReportHtml } from './render-html.js';

/** Write report.html into `dir`; returns the file and the HTML, to print afterwards. */
export function writeReportHtml(report: Report, dir: string): { file: string; html: string } {
  const html = renderReportHtml(report);
  const file = path.join(dir, 'report.html');
  // The last look before anything is written (the PDF is printed from this same HTML).
  assertPrintable(file, html, 'html', { allowDataRefs: true, allowQuotedGuidance: true });
  writeOutput(file, html);
  return { file, html };
}

/** Print the HTML to report.pdf in `dir` with the shared browser pool. */
export async function writeReportPdf(html: string, dir: string, pool: BrowserPool): Promise<{ file: string; pages: number }> {
  // A trust report runs to many pages; give the printer longer than a single policy needs.
  const printed = await pool.printPdf(html, { timeoutMs: 180_000 });
  const file = path.join(dir, 'report.pdf');
  writeOutput(file, printed.data);
  return { file, pages: printed.pages };
}
