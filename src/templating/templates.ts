import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { UserError } from '../core/diagnostics.js';
import { SHARED_HELPERS, type Helpers } from './helpers.js';
import { parseProblem } from './parse-problem.js';

/**
 * The one handlebars set-up, used by the policy, the report and the letters. What it guarantees:
 * - only the trusted .hbs files in a folder of this package (or one the user named) are compiled;
 *   policy text and pupil data only ever reach a template as data, never as template source;
 * - `{{value}}` is HTML-escaped; markup comes only from helpers that escape what they wrap
 *   (SafeString) and from the package's own stylesheet and CSP tag in triple braces;
 * - each set has its own handlebars instance (no global helpers or partials), and only the known
 *   helpers can be called (`knownHelpersOnly`), so a template cannot reach anything else;
 * - data is read through handlebars' prototype-access guard: no inherited properties or methods.
 */
export interface TemplateSet {
  readonly dir: string;
  /** The helpers these templates can call (the shared ones and the feature's own). */
  readonly helpers: Helpers;
  /** Render `<dir>/<name>.hbs` with `context`. */
  render(name: string, context: object): string;
  /** A file of the folder as text (a stylesheet). */
  asset(file: string): string;
}

export interface TemplateSetOptions {
  /** The feature's own helpers, on top of the shared ones. */
  helpers?: Helpers;
  /** The error when a template the caller asked for is not there (a user-chosen folder). */
  missing?: (file: string) => string;
}

const COMPILE_OPTIONS = { strict: false, preventIndent: true } as const;
const RUNTIME_OPTIONS = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;

/** Every helper a template set with these feature helpers can call. */
export function templateHelpers(own: Helpers = {}): Helpers {
  return { ...SHARED_HELPERS, ...own };
}

/** A set of templates: `<dir>/*.hbs`, with the partials in `<dir>/partials/*.hbs`. */
export function templateSet(dir: string, options: TemplateSetOptions = {}): TemplateSet {
  const helpers = templateHelpers(options.helpers);
  const hb = Handlebars.create();
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn as Handlebars.HelperDelegate);
  const partials = path.join(dir, 'partials');
  if (existsSync(partials)) {
    for (const file of readdirSync(partials).filter((f) => f.endsWith('.hbs'))) {
      hb.registerPartial(path.basename(file, '.hbs'), readFileSync(path.join(partials, file), 'utf8'));
    }
  }
  const compileOptions = {
    ...COMPILE_OPTIONS,
    knownHelpersOnly: true,
    knownHelpers: Object.fromEntries(Object.keys(helpers).map((k) => [k, true])),
  };
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  const compile = (name: string): HandlebarsTemplateDelegate => {
    let template = compiled.get(name);
    if (!template) {
      const file = path.join(dir, `${name}.hbs`);
      if (!existsSync(file)) throw new UserError(options.missing?.(file) ?? `The template ${file} does not exist.`);
      template = hb.compile(readFileSync(file, 'utf8'), compileOptions);
      compiled.set(name, template);
    }
    return template;
  };
  const render = (name: string, context: object): string => {
    try {
      return compile(name)(context, RUNTIME_OPTIONS);
    } catch (e) {
      // handlebars compiles on first use, so a template (or a partial) that cannot be read fails here.
      throw unreadableTemplate(e, [path.join(dir, `${name}.hbs`), ...partialFiles(partials)]) ?? e;
    }
  };
  return {
    dir,
    helpers,
    render,
    asset: (file) => readFileSync(path.join(dir, file), 'utf8'),
  };
}

function partialFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.hbs'))
        .map((f) => path.join(dir, f))
    : [];
}

/**
 * The error for a template that cannot be read, as file:line:column, what is wrong and how to fix
 * it, instead of the parser's message; undefined when `e` is some other failure.
 */
function unreadableTemplate(e: unknown, files: string[]): UserError | undefined {
  if (!(e instanceof Error) || !/^(Parse error|Lexical error)|doesn't match/.test(e.message)) return undefined;
  for (const file of files) {
    const source = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (source === undefined) continue;
    try {
      Handlebars.parse(source);
    } catch (err) {
      const p = parseProblem(source, err as Error);
      return new UserError(`The template cannot be read here. ${p.problem} ${p.fix}`, { file, line: p.line, column: p.column + 1 });
    }
  }
  return undefined;
}
