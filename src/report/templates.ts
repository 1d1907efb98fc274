import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { packagePath } from '../core/schema-files.js';
import { formatDate } from '../render/format.js';

/**
 * The report's handlebars templates (templates/report/). Only these trusted files are compiled;
 * policy text reaches them as data, which handlebars escapes. Nothing is ever written with
 * triple braces except the stylesheet and the CSP tag, which come from this package.
 */
export interface ReportTemplates {
  render(name: 'report' | 'compare', context: object): string;
}

let cached: { dir: string; templates: ReportTemplates } | undefined;

export function reportTemplates(dir = packagePath('templates', 'report')): ReportTemplates {
  if (cached?.dir === dir) return cached.templates;
  const hb = Handlebars.create();
  registerHelpers(hb);
  const partials = path.join(dir, 'partials');
  for (const file of readdirSync(partials).filter((f) => f.endsWith('.hbs'))) {
    hb.registerPartial(path.basename(file, '.hbs'), readFileSync(path.join(partials, file), 'utf8'));
  }
  const css = readFileSync(path.join(dir, 'report.css'), 'utf8');
  const compile = (name: string) => hb.compile(readFileSync(path.join(dir, `${name}.hbs`), 'utf8'), { strict: false, preventIndent: true });
  const compiled = { report: compile('report'), compare: compile('compare') };
  const templates: ReportTemplates = { render: (name, context) => compiled[name]({ ...context, css }) };
  cached = { dir, templates };
  return templates;
}

function registerHelpers(hb: typeof Handlebars): void {
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('date', (v: unknown) => formatDate(v));
  /** Join strings (the last argument is handlebars' options object). */
  hb.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).map(String).join(''));
  hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hb.registerHelper('attention', (status: unknown) => status === 'not-met' || status === 'warning');
  /** A value inside a CSS string (running headers): every character but letters, digits and spaces is escaped. */
  hb.registerHelper('cssString', (v: unknown) => new hb.SafeString(`"${String(v ?? '').replace(/[^A-Za-z0-9 ]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`));
}
