import { packagePath } from '../core/schema-files.js';
import { CSP_META } from '../render/csp.js';
import { templateHelpers, templateSet } from '../templating/index.js';
import { curlyApostrophesInHtml } from './apostrophes.js';
import type { LetterView } from './view.js';

/**
 * The letters' templates (templates/letters/), drawn by the shared handlebars set-up
 * (src/templating) with the shared helpers only. Pupil data reaches them as data and is escaped.
 */
export const LETTER_HELPERS = templateHelpers();

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
  const set = templateSet(dir, { missing: (file) => `The letter template ${file} does not exist.` });
  const css = set.asset('letters.css');
  const templates: LetterTemplates = {
    dir,
    // Prose apostrophes curly throughout, whether the template or the data wrote them.
    letter: (name, view) => curlyApostrophesInHtml(set.render(name, view)),
    document: ({ title, letters, pageCss = '', draft = false }) =>
      set.render('letters', { title, letters, css, pageCss, draft, cspMeta: CSP_META }),
  };
  cache.set(dir, templates);
  return templates;
}
