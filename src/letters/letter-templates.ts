import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { packagePath } from '../core/schema-files.js';
import { UserError } from '../core/diagnostics.js';
import { CSP_META } from '../render/csp.js';
import { formatDate, formatMoney, formatPercent, formatTime, plural } from '../render/format.js';
import type { LetterView } from './view.js';

/**
 * Adapter over the render pipeline's handlebars setup. src/render/templates.ts keeps its helper
 * registration private, so the same en-GB formatters (render/format.ts) are registered here under
 * the same names. Only the trusted files in templates/letters/ are compiled; pupil data reaches
 * them as data and is escaped by handlebars.
 */
export const LETTER_HELPERS = {
  date: (v: unknown) => formatDate(v),
  time: (v: unknown) => formatTime(v),
  money: (v: unknown) => formatMoney(v),
  percent: (v: unknown) => formatPercent(v),
  /** `{{plural 4 "week"}}` → "4 weeks". */
  plural: (n: unknown, one: unknown) => (typeof n === 'number' && typeof one === 'string' ? plural(n, one) : ''),
  eq: (a: unknown, b: unknown) => a === b,
} as const;

export const LETTERS_DIR = packagePath('templates', 'letters');

export interface LetterTemplates {
  dir: string;
  /** One letter's HTML (an <article>), from its template. */
  letter(template: string, view: LetterView): string;
  /** The printable page around a batch of letters: CSP, styles, one letter after another. */
  document(context: { title: string; letters: string[]; pageCss?: string; draft?: boolean }): string;
}

const cache = new Map<string, LetterTemplates>();

export function letterTemplates(dir = LETTERS_DIR): LetterTemplates {
  const cached = cache.get(dir);
  if (cached) return cached;
  const hb = Handlebars.create();
  for (const [name, fn] of Object.entries(LETTER_HELPERS)) hb.registerHelper(name, fn);
  const partials = path.join(dir, 'partials');
  if (existsSync(partials)) {
    for (const file of readdirSync(partials).filter((f) => f.endsWith('.hbs'))) {
      hb.registerPartial(path.basename(file, '.hbs'), readFileSync(path.join(partials, file), 'utf8'));
    }
  }
  const options = { strict: false, preventIndent: true, knownHelpersOnly: true, knownHelpers: Object.fromEntries(Object.keys(LETTER_HELPERS).map((k) => [k, true])) };
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  const compile = (name: string) => {
    let t = compiled.get(name);
    if (!t) {
      const file = path.join(dir, `${name}.hbs`);
      if (!existsSync(file)) throw new UserError(`The letter template ${file} does not exist.`);
      t = hb.compile(readFileSync(file, 'utf8'), options);
      compiled.set(name, t);
    }
    return t;
  };
  const css = readFileSync(path.join(dir, 'letters.css'), 'utf8');
  const templates: LetterTemplates = {
    dir,
    letter: (name, view) => compile(name)(view),
    document: ({ title, letters, pageCss = '', draft = false }) => compile('letters')({ title, letters, css, pageCss, draft, cspMeta: CSP_META }),
  };
  cache.set(dir, templates);
  return templates;
}
