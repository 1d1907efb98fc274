import { packagePath } from '../core/schema-files.js';
import { templateSet, type Helpers } from '../templating/index.js';

/**
 * The report's handlebars templates (templates/report/), drawn by the shared handlebars set-up
 * (src/templating). Policy text reaches them as data, which is escaped. Nothing is ever written
 * with triple braces except the stylesheet and the CSP tag, which come from this package.
 */
export interface ReportTemplates {
  render(name: 'report' | 'compare', context: object): string;
}

/** The report's own helpers, on top of the shared ones. */
export const REPORT_HELPERS = {
  attention: (status: unknown) => status === 'not-met' || status === 'warning',
} satisfies Helpers;

let cached: { dir: string; templates: ReportTemplates } | undefined;

export function reportTemplates(dir = packagePath('templates', 'report')): ReportTemplates {
  if (cached?.dir === dir) return cached.templates;
  const set = templateSet(dir, { helpers: REPORT_HELPERS });
  const css = set.asset('report.css');
  const templates: ReportTemplates = { render: (name, context) => set.render(name, { ...context, css }) };
  cached = { dir, templates };
  return templates;
}
