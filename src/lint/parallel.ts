import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError } from '../core/diagnostics.js';
import { findConfig, readConfig, type LintConfig } from './config.js';
import type { FoundDiagnostic } from './context.js';
import { lintFile, newLintCache } from './engine.js';
import { findProjectRoot } from '../core/project-root.js';

/** What linting one file gives, without the loaded policy (so it can cross threads). */
export interface LintedFile {
  file: string;
  diagnostics: FoundDiagnostic[];
  invalid: boolean;
  unreadable: boolean;
  /** The text of each file a fix or suggestion would change, as it was checked (by absolute path). */
  checked?: Record<string, string>;
}

export interface LintFilesOptions {
  asOf: string;
  /** A config file for every policy; otherwise each policy's nearest policywright.config.yaml. */
  configPath?: string;
  /** Threads to use. Default: one per core for large runs (MIN_FILES_PER_WORKER each), else 1. */
  workers?: number;
}

const WORKER = new URL('./lint-worker.js', import.meta.url);

/** Below this many files per thread, starting threads costs more than it saves (measured: bench/). */
export const MIN_FILES_PER_WORKER = 100;

/** Lint files in this thread, sharing parsed trust bases and configs between them. */
export function lintFilesHere(files: string[], options: LintFilesOptions): LintedFile[] {
  // The project folder and config depend only on a file's folder: found once per folder in a run.
  const byFolder = new Map<string, { projectRoot: string; config: LintConfig }>();
  const configs = new Map<string, LintConfig>();
  const settingsFor = (file: string) => {
    const folder = path.dirname(path.resolve(file));
    let settings = byFolder.get(folder);
    if (!settings) {
      const projectRoot = findProjectRoot(file);
      const found = options.configPath ?? findConfig(file);
      const key = found ?? '';
      if (!configs.has(key)) configs.set(key, readConfig(found));
      byFolder.set(folder, (settings = { projectRoot, config: configs.get(key)! }));
    }
    return settings;
  };
  const cache = newLintCache();
  return files.map((file) => {
    const r = lintFile(file, { asOf: options.asOf, ...settingsFor(file), cache });
    return {
      file: r.file,
      diagnostics: r.diagnostics,
      invalid: r.invalid,
      unreadable: r.unreadable,
      checked: checkedTexts(r.diagnostics, r.loaded.sources),
    };
  });
}

/** Fixes are planned on the text that was checked, never on a later read of the file. */
function checkedTexts(diagnostics: FoundDiagnostic[], sources: Map<string, { text: string }>): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const d of diagnostics) {
    if (!d.fixAt) continue;
    const file = path.resolve(d.fixAt.file);
    const source = sources.get(d.fixAt.file) ?? sources.get(file);
    if (source) out[file] = source.text;
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * Lint many files, on several threads when there are enough of them. Each thread takes a
 * contiguous share, so the schools of one trust mostly share a thread and its parsed base.
 */
export async function lintFiles(files: string[], options: LintFilesOptions): Promise<LintedFile[]> {
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), Math.floor(files.length / MIN_FILES_PER_WORKER) || 1));
  // Threads run the compiled worker; from TypeScript sources (tests) there is none, so lint here.
  if (workers === 1 || options.workers === 1 || !existsSync(fileURLToPath(WORKER))) return lintFilesHere(files, options);
  const size = Math.ceil(files.length / workers);
  const shares = Array.from({ length: workers }, (_, i) => files.slice(i * size, (i + 1) * size)).filter((s) => s.length);
  const results = await Promise.all(shares.map((share) => runWorker(share, options)));
  return results.flat();
}

function runWorker(files: string[], options: LintFilesOptions): Promise<LintedFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { files, options } });
    worker.once(
      'message',
      (msg: { ok: true; results: LintedFile[] } | { ok: false; message: string; userError: boolean; position?: object }) => {
        if (msg.ok) resolve(msg.results);
        else reject(msg.userError ? new UserError(msg.message, msg.position) : new Error(msg.message));
      },
    );
    worker.once('error', reject);
  });
}
