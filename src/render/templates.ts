import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { packagePath } from '../core/schema-files.js';
import { inlineText, link, type Inline, type Line } from './blocks.js';
import { formatDate, formatMoney, formatPercent, formatTime } from './format.js';

/**
 * The handlebars templates in templates/: the page layout, its partials and its stylesheet.
 * Only these trusted files are ever compiled. Policy text reaches them as data (escaped by
 * handlebars) or, for prose, as HTML that has already been sanitised.
 */
export interface PolicyTemplate {
  render: (context: object) => string;
}

let cached: { dir: string; template: PolicyTemplate } | undefined;

export function policyTemplate(dir = packagePath('templates')): PolicyTemplate {
  if (cached?.dir === dir) return cached.template;
  const hb = Handlebars.create();
  registerHelpers(hb);
  const partials = path.join(dir, 'partials');
  for (const file of readdirSync(partials).filter((f) => f.endsWith('.hbs'))) {
    hb.registerPartial(path.basename(file, '.hbs'), readFileSync(path.join(partials, file), 'utf8'));
  }
  const css = readFileSync(path.join(dir, 'policy.css'), 'utf8');
  const compiled = hb.compile(readFileSync(path.join(dir, 'policy.hbs'), 'utf8'), { strict: false, preventIndent: true });
  const template: PolicyTemplate = { render: (context) => compiled({ ...context, css }) };
  cached = { dir, template };
  return template;
}

function registerHelpers(hb: typeof Handlebars): void {
  const { escapeExpression, SafeString } = hb;
  hb.registerHelper('date', (v: unknown) => formatDate(v));
  hb.registerHelper('time', (v: unknown) => formatTime(v));
  hb.registerHelper('money', (v: unknown) => formatMoney(v));
  hb.registerHelper('percent', (v: unknown) => formatPercent(v));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('or', (a: unknown, b: unknown) => Boolean(a) || Boolean(b));
  hb.registerHelper('sameText', (a: unknown, b: unknown) => String(a).trim().toLowerCase() === String(b).trim().toLowerCase());
  /** The partial that draws a block: block-table, block-list, ... */
  hb.registerHelper('blockPartial', (type: string) => `block-${type}`);
  /** One line of typed values. Text is escaped; links are only ever https, http or mailto. */
  hb.registerHelper('line', (line: Line) => new SafeString(lineHtml(line, escapeExpression)));
  /** A web address as a link line (or plain text if it is not a web address). */
  hb.registerHelper('webLink', (url: string): Line => [link(url, url)]);
  /** Several lines, one under the other. */
  hb.registerHelper('lines', (lines: Line[] = []) =>
    new SafeString(lines.length === 1 ? lineHtml(lines[0]!, escapeExpression) : lines.map((l) => `<span class="line">${lineHtml(l, escapeExpression)}</span>`).join('')),
  );
  /** A value inside a CSS string (running headers): every character but letters, digits and spaces is escaped. */
  hb.registerHelper('cssString', (v: unknown) => new SafeString(`"${cssEscape(String(v ?? ''))}"`));
}

function lineHtml(line: Line, escape: (s: string) => string): string {
  return (line ?? []).map((piece: Inline) => {
    if (piece.kind === 'link') return `<a href="${escape(piece.href)}">${escape(piece.text)}</a>`;
    if (piece.kind === 'strong') return `<strong>${escape(piece.text)}</strong>`;
    return escape(inlineText(piece));
  }).join('');
}

function cssEscape(s: string): string {
  return s.replace(/[^A-Za-z0-9 ]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
}
