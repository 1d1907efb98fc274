import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { removeStaleTemporaries, writeFileAtomic } from '../core/atomic-write.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { DraftReason } from '../core/draft.js';
import { assertPrintable, checkOutputDocx, describeOutputProblems, OutputCheckError } from '../core/output-check.js';
import { collectPolicyFiles, displayPath } from '../core/files.js';
import type { LoadedPolicy } from '../load/load-policy.js';
import { findConfig, readConfig } from '../lint/config.js';
import { lintPolicy, newLintCache, today, type LintCache } from '../lint/engine.js';
import { checkPolicyFile } from '../validate/index.js';
import { openBrowser, poolSize, type BrowserOptions, type BrowserPool, type OpenBrowser } from './browser.js';
import { renderViewDocx } from './docx.js';
import { renderViewHtml } from './html.js';
import { documentSlug } from './output-files.js';
import { buildPolicyView } from './view-model.js';
import { fsProblem } from '../core/fs-problem.js';
import { UserError } from '../core/diagnostics.js';
import { OUTPUT_FORMATS, type OutputFormat } from './output-formats.js';

export { OUTPUT_FORMATS, type OutputFormat };

export interface BuildOptions {
  /** Folder for the documents (default "out"): each policy goes in out/<school-slug>/policy.<format>. */
  outDir?: string;
  formats?: OutputFormat[];
  /** Refuse to build a policy with lint errors. */
  strict?: boolean;
  /** Lint each policy before building it, against the law on this date (YYYY-MM-DD). Default: today. */
  asOf?: string;
  /** Set false to build without linting (benchmarks of rendering alone). */
  lint?: boolean;
  /** A browser already open (watch mode, or a caller printing other documents too). */
  pool?: BrowserPool;
  /** A browser already starting, closed when the build ends (the command line starts it before loading the rest). */
  opening?: Promise<OpenBrowser>;
  browser?: BrowserOptions;
  /** Files never built on their own, even when given (watch mode passes the trust bases it found). */
  skip?: Set<string>;
  /** The project folder every policy is loaded in, found once by the caller (default: each policy's own). */
  projectRoot?: string;
  /** Called after each document, built or not. */
  onProgress?: (progress: { done: number; total: number; file: string }) => void;
}

export interface BuiltDocument {
  file: string;
  /** The files merged to make it (trust base first), for watch mode. */
  chain: string[];
  slug: string;
  outputs: Array<{ format: OutputFormat; path: string; pages?: number }>;
  /** Things left out, such as a logo that could not be used. */
  warnings: string[];
  /** Lint errors the policy still has (built anyway, because --strict was not given). */
  lintErrors: Diagnostic[];
  /** Why the document was printed as a DRAFT (empty when it is approved and passes lint). */
  draft: DraftReason[];
}

export interface FailedDocument {
  file: string;
  chain: string[];
  message: string;
  /** Schema (and later lint) findings that stopped the build. */
  diagnostics: Diagnostic[];
}

export interface BuildResult {
  built: BuiltDocument[];
  failed: FailedDocument[];
  /** Trust bases: extended by other policies in the build, with no school of their own. */
  skipped: Array<{ file: string; reason: string }>;
}

interface Job {
  file: string;
  loaded: LoadedPolicy;
  slug: string;
  lintErrors: Diagnostic[];
}

type Checked = ReturnType<typeof checkPolicyFile> & { file: string };

const BASE_REASON = 'it is a trust base that other policies extend, so it is built as part of each of them.';

/**
 * Build every policy under the given paths. Each document is written atomically; one that fails
 * does not stop the others. One browser serves the whole build, and each policy is checked just
 * before it is built, so printing starts at once.
 */
export async function buildPolicies(paths: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const outDir = options.outDir ?? 'out';
  const formats = options.formats?.length ? options.formats : OUTPUT_FORMATS;
  const files = collectPolicyFiles(paths);
  const result: BuildResult = { built: [], failed: [], skipped: [] };
  let done = 0;
  const progress = (file: string) => options.onProgress?.({ done: ++done, total: files.length, file });
  const slugs = new Set<string>();
  const lintCache = newLintCache();
  /** Files that policies in this build extend. */
  const extended = new Set<string>();
  /** Policies with no school: built at the end, unless another policy turned out to extend them. */
  const withoutSchools: Checked[] = [];

  /** Check a policy and turn it into a job, or record why it is not built. Synchronous, so slugs follow file order. */
  const prepare = (c: Checked): Job | undefined => {
    const errors = c.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) {
      const what = c.unreadable ? 'could not be read' : `has ${errors.length} schema error${errors.length === 1 ? '' : 's'}`;
      result.failed.push({ file: c.file, chain: c.policy.chain, message: `${what}, so it was not built.`, diagnostics: c.diagnostics });
      return undefined;
    }
    // Lint errors are shown before building; with --strict the policy is not built.
    const lintErrors = options.lint === false ? [] : lintErrorsOf(c, options.asOf ?? today(), lintCache);
    if (lintErrors.length && options.strict) {
      result.failed.push({
        file: c.file,
        chain: c.policy.chain,
        message: `has ${lintErrors.length} lint error${lintErrors.length === 1 ? '' : 's'}, so it was not built (--strict).`,
        diagnostics: lintErrors,
      });
      return undefined;
    }
    let slug = documentSlug(c.policy.data, c.file);
    if (slugs.has(slug)) slug = `${slug}-${path.basename(c.file, path.extname(c.file))}`;
    slugs.add(slug);
    return { file: c.file, loaded: c.policy, slug, lintErrors };
  };

  const runJob = async (job: Job, pool: BrowserPool | undefined) => {
    try {
      result.built.push(await buildOne(job, outDir, formats, pool));
    } catch (e) {
      // The last look found text no reader should see: say what and where; nothing was written.
      const message =
        e instanceof OutputCheckError
          ? `was not built, because its text has what no reader should see:\n${describeOutputProblems(displayPath(e.document), e.problems)}\n    Run \`policywright lint ${displayPath(job.file)}\` to see where each one is written.`
          : `could not be built: ${(e as Error).message}`;
      result.failed.push({ file: job.file, chain: job.loaded.chain, message, diagnostics: [] });
    }
  };

  const run = async (pool: BrowserPool | undefined) => {
    const queue = [...files];
    // Enough documents in flight to keep every page of the pool busy while Node prepares the next.
    const workers = Math.max(1, (pool?.size ?? 1) * 2);
    await Promise.all(
      Array.from({ length: Math.min(workers, queue.length) }, async () => {
        for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
          const checked: Checked = { file, ...checkPolicyFile(file, options.projectRoot ? { projectRoot: options.projectRoot } : {}) };
          for (const f of checked.policy.chain.slice(0, -1)) extended.add(path.resolve(f));
          if (options.skip?.has(path.resolve(file))) {
            result.skipped.push({ file, reason: BASE_REASON });
          } else if (!checked.policy.data.schools?.length && !checked.diagnostics.some((d) => d.severity === 'error')) {
            withoutSchools.push(checked);
            continue;
          } else {
            const job = prepare(checked);
            if (job) await runJob(job, pool);
          }
          progress(file);
        }
      }),
    );
    for (const c of withoutSchools) {
      if (extended.has(path.resolve(c.file))) result.skipped.push({ file: c.file, reason: BASE_REASON });
      else {
        const job = prepare(c);
        if (job) await runJob(job, pool);
      }
      progress(c.file);
    }
  };

  if (formats.includes('pdf') && !options.pool && files.length) await withBrowserOpening(run, options.browser, options.opening);
  else {
    if (options.opening) await (await options.opening.catch(() => undefined))?.close();
    await run(options.pool);
  }
  const order = (a: { file: string }, b: { file: string }) => files.indexOf(a.file) - files.indexOf(b.file);
  result.built.sort(order);
  result.failed.sort(order);
  result.skipped.sort(order);
  return result;
}

/**
 * Start the browser and the work together: policies are checked while Chromium starts, and the
 * first print waits for it. A browser that cannot start stops the build (it is not one document's fault).
 */
async function withBrowserOpening<T>(
  work: (pool: BrowserPool) => Promise<T>,
  options: BrowserOptions | undefined,
  started?: Promise<OpenBrowser>,
): Promise<T> {
  const opening = started ?? openBrowser(options);
  opening.catch(() => undefined);
  // Let the launch reach the point where Chromium's process starts before the first policy is
  // checked: loading and linting are synchronous and would otherwise hold the launch back.
  await new Promise((resolve) => setImmediate(resolve));
  const pool: BrowserPool = {
    size: poolSize(options),
    pid: undefined,
    printPdf: async (html, printOptions) => (await opening).printPdf(html, printOptions),
  };
  let value: T;
  try {
    value = await work(pool);
  } finally {
    await (await opening.catch(() => undefined))?.close();
  }
  await opening;
  return value;
}

async function buildOne(job: Job, outDir: string, formats: OutputFormat[], pool: BrowserPool | undefined): Promise<BuiltDocument> {
  const view = buildPolicyView(job.loaded, { lintErrors: job.lintErrors.length });
  const html = renderViewHtml(view);
  const dir = path.join(outDir, job.slug);
  const target = (format: OutputFormat) => path.join(dir, `policy.${format}`);
  // The last look: the HTML is also what is printed to PDF, so one check covers both.
  if (formats.includes('html') || formats.includes('pdf'))
    assertPrintable(path.join(dir, formats.includes('pdf') ? 'policy.pdf' : 'policy.html'), html);
  // Start printing first: Chromium works while Node makes the Word file.
  const printing = formats.includes('pdf') ? requirePool(pool).printPdf(html) : undefined;
  printing?.catch(() => undefined);
  let docx: Uint8Array | undefined;
  if (formats.includes('docx')) {
    docx = await renderViewDocx(view);
    const problems = checkOutputDocx(docx);
    if (problems.length) throw new OutputCheckError(target('docx'), problems);
  }
  const pdf = printing ? await printing : undefined;
  // Everything was made and checked: only now is anything written.
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new UserError(`the output folder ${dir} cannot be made: ${fsProblem(e)}.`);
  }
  removeStaleTemporaries(dir);
  const outputs: BuiltDocument['outputs'] = [];
  if (pdf) {
    writeFileAtomic(target('pdf'), pdf.data);
    outputs.push({ format: 'pdf', path: target('pdf'), pages: pdf.pages });
  }
  if (formats.includes('html')) {
    writeFileAtomic(target('html'), html);
    outputs.push({ format: 'html', path: target('html') });
  }
  if (docx) {
    writeFileAtomic(target('docx'), docx);
    outputs.push({ format: 'docx', path: target('docx') });
  }
  return {
    file: job.file,
    chain: job.loaded.chain,
    slug: job.slug,
    outputs,
    warnings: view.warnings,
    lintErrors: job.lintErrors,
    draft: view.draft?.reasons ?? [],
  };
}

function requirePool(pool: BrowserPool | undefined): BrowserPool {
  if (!pool) throw new Error('No browser is open to print the PDF.');
  return pool;
}

/** Errors (not warnings, not excepted) that lint finds in a policy about to be built. */
function lintErrorsOf(c: Checked, asOf: string, cache: LintCache): Diagnostic[] {
  const found = lintPolicy(c.policy, { asOf, config: readConfig(findConfig(c.file, c.policy.projectRoot)), cache });
  return found.filter((d) => d.severity === 'error' && !d.excepted);
}
