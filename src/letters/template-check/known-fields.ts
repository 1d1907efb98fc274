import { templateHelpers, type Helpers } from '../../templating/index.js';
import { POLICY_HELPERS } from '../../render/templates.js';
import { REPORT_HELPERS } from '../../report/templates.js';
import { LETTER_HELPERS } from '../letter-templates.js';
import { schemaShape, vocabularyShape, type Shape } from './shapes.js';
import { VIEW_SCHEMAS } from './view-schemas.generated.js';

/**
 * What each folder of templates may read and call. The fields come from the types of the data each
 * feature passes its templates (view-roots.ts, generated into view-schemas.generated.ts); the
 * helpers from the feature's own template set (src/templating).
 */
export type ViewRoot = keyof typeof VIEW_SCHEMAS.roots & string;

export interface FolderKnowledge {
  helpers: Helpers;
  /** The data each top-level template of the folder is given, by file name. */
  roots: Record<string, ViewRoot>;
  /** For any other top-level template, and for partials reached only through a dynamic name. */
  fallback: ViewRoot | 'any-field';
}

/** By folder under templates/ ('' is templates/ itself). */
export const TEMPLATE_FOLDERS: Record<string, FolderKnowledge> = {
  '': { helpers: templateHelpers(POLICY_HELPERS), roots: { 'policy.hbs': 'PolicyPage' }, fallback: 'PolicyBlockPartial' },
  report: {
    helpers: templateHelpers(REPORT_HELPERS),
    roots: { 'report.hbs': 'ReportPage', 'compare.hbs': 'ComparePage' },
    fallback: 'any-field',
  },
  letters: { helpers: LETTER_HELPERS, roots: { 'letters.hbs': 'LettersDocument' }, fallback: 'LetterPage' },
};

/** A folder this package does not know: the shared helpers, and any field some view model has. */
export const OTHER_FOLDER: FolderKnowledge = { helpers: templateHelpers(), roots: {}, fallback: 'any-field' };

/** The fields of one root type, path by path. */
export function viewShape(root: ViewRoot): Shape {
  const schemas = VIEW_SCHEMAS as unknown as Record<string, unknown>;
  return schemaShape(schemas, VIEW_SCHEMAS.roots[root]!);
}

/** Any field any view model declares, at any depth (with extra names, such as partials' hash arguments). */
export function anyFieldShape(extra: Iterable<string> = []): Shape {
  const names = new Set<string>([...extra, 'length']);
  const collect = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const props = (node as { properties?: unknown }).properties;
    if (props && typeof props === 'object') for (const k of Object.keys(props)) names.add(k);
    for (const v of Object.values(node)) collect(v);
  };
  collect(VIEW_SCHEMAS);
  return vocabularyShape(names);
}
