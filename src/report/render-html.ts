import { CSP_META } from '../render/csp.js';
import { formatDate } from '../render/format.js';
import type { Report } from './build-report.js';
import { reportTemplates } from './templates.js';

/** The report as one standalone HTML page: no scripts, nothing fetched, the same CSP as the policy pages. */
export function renderReportHtml(report: Report): string {
  return reportTemplates().render('report', { report: { ...report, asOf: formatDate(report.asOf) }, cspMeta: CSP_META });
}
