import { packagePath } from '../core/schema-files.js';
import { escapeHtml, templateSet, type Helpers } from '../templating/index.js';
import { inlineText, link, type Inline, type Line } from './blocks.js';
import Handlebars from 'handlebars';

/**
 * The policy page's templates in templates/: the page layout, its partials and its stylesheet,
 * drawn by the shared handlebars set-up (src/templating). Policy text reaches them as data
 * (escaped) or, for prose, as HTML that has already been sanitised.
 */
export interface PolicyTemplate {
  render: (context: object) => string;
}

/** The policy page's own helpers, on top of the shared ones. */
export const POLICY_HELPERS = {
  /** The partial that draws a block: block-table, block-list, ... */
  blockPartial: (type: string) => `block-${type}`,
  /** One line of typed values. Text is escaped; links are only ever https, http or mailto. */
  line: (line: Line) => new Handlebars.SafeString(lineHtml(line)),
  /** The class of a table cell whose column is kept on one line (see the table block's `nowrap`). */
  cellClass: (nowrap: number[] | undefined, index: number) => new Handlebars.SafeString(nowrap?.includes(index) ? ' class="nowrap"' : ''),
  /** A web address as a link line (or plain text if it is not a web address). */
  webLink: (url: string): Line => [link(url, url)],
  /** Several lines, one under the other. */
  lines: (lines: Line[] = []) =>
    new Handlebars.SafeString(
      lines.length === 1 ? lineHtml(lines[0]!) : lines.map((l) => `<span class="line">${lineHtml(l)}</span>`).join(''),
    ),
} satisfies Helpers;

let cached: { dir: string; template: PolicyTemplate } | undefined;

export function policyTemplate(dir = packagePath('templates')): PolicyTemplate {
  if (cached?.dir === dir) return cached.template;
  const set = templateSet(dir, { helpers: POLICY_HELPERS });
  const css = set.asset('policy.css');
  const template: PolicyTemplate = { render: (context) => set.render('policy', { ...context, css }) };
  cached = { dir, template };
  return template;
}

function lineHtml(line: Line): string {
  return (line ?? [])
    .map((piece: Inline) => {
      if (piece.kind === 'link') return `<a href="${escapeHtml(piece.href)}">${escapeHtml(piece.text)}</a>`;
      if (piece.kind === 'strong') return `<strong>${escapeHtml(piece.text)}</strong>`;
      return escapeHtml(inlineText(piece));
    })
    .join('');
}
