import { statSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../core/diagnostics.js';
import { lintPolicy, countBySeverity, today } from '../lint/engine.js';
import { findConfig, readConfig } from '../lint/config.js';
import type { FoundDiagnostic, ParsedSection } from '../lint/context.js';
import { loadPolicy, type LoadedPolicy } from '../load/load-policy.js';
import { parsePolicyText, type ParsedSource } from '../load/source.js';
import { renderPolicyHtml } from '../render/html.js';
import { validatePolicy } from '../validate/validate.js';

export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface DraftCheck {
  loaded: LoadedPolicy;
  /** Schema problems (then no rules ran and there is no preview) or the lint findings. */
  diagnostics: Array<Diagnostic | FoundDiagnostic>;
  invalid: boolean;
  counts: ReturnType<typeof countBySeverity>;
}

/**
 * Load, validate and lint a policy as it would be if `file` held `text` (unsaved edits in the
 * browser), with every other file of its `extends` chain read from disk as usual.
 */
export function checkDraft(file: string, text: string | undefined, projectRoot: string): DraftCheck {
  const cache = unchangedSources(file);
  if (text !== undefined) cache.set(file, parsePolicyText(file, text));
  const loaded = loadPolicy(file, { cache, projectRoot });
  remember(loaded, file);
  const schema = loaded.diagnostics.length ? loaded.diagnostics : validatePolicy(loaded);
  if (schema.length) return { loaded, diagnostics: schema, invalid: true, counts: countBySeverity(schema) };
  if (sections.size > 5000) sections.clear();
  const diagnostics = lintPolicy(loaded, {
    asOf: today(),
    config: readConfig(configInside(file, projectRoot)),
    cache: { sources: cache, sections, ownSections: true },
  });
  return { loaded, diagnostics, invalid: false, counts: countBySeverity(diagnostics) };
}

/**
 * Between checks the files a policy extends rarely change, so their parsed form is kept while their
 * size and modification time stay the same; the file being edited is always parsed afresh.
 */
const parsedFiles = new Map<string, { mtimeMs: number; size: number; parsed: ParsedSource }>();
/** Parsed prose sections (the lint keys each by place and checks the text is unchanged). */
const sections = new Map<string, ParsedSection>();

function stamp(file: string): { mtimeMs: number; size: number } | undefined {
  try {
    const st = statSync(file);
    return { mtimeMs: st.mtimeMs, size: st.size };
  } catch {
    return undefined;
  }
}

function unchangedSources(editing: string): Map<string, ParsedSource> {
  const cache = new Map<string, ParsedSource>();
  for (const [file, entry] of parsedFiles) {
    const now = stamp(file);
    if (file !== editing && now && now.mtimeMs === entry.mtimeMs && now.size === entry.size) cache.set(file, entry.parsed);
    else parsedFiles.delete(file);
  }
  return cache;
}

function remember(loaded: LoadedPolicy, editing: string): void {
  for (const file of loaded.chain) {
    const key = path.resolve(file);
    const parsed = loaded.sources.get(file);
    const now = stamp(key);
    // Kept only when the text read is the size on disk now (else it changed while being read).
    if (key !== editing && parsed && now && Buffer.byteLength(parsed.text) === now.size && !parsedFiles.has(key))
      parsedFiles.set(key, { ...now, parsed });
  }
}

/** The lint config that applies, found as `lint` finds it but never above the project folder. */
function configInside(file: string, projectRoot: string): string | undefined {
  const found = findConfig(file);
  if (!found) return undefined;
  const rel = path.relative(projectRoot, found);
  return rel.startsWith('..') || path.isAbsolute(rel) ? undefined : found;
}

/** The parent-facing HTML `build` writes, or undefined while the policy is not valid. */
export function previewHtml(check: DraftCheck): string | undefined {
  return check.invalid ? undefined : renderPolicyHtml(check.loaded);
}

/** Text a reader should never see, which a value of the wrong kind could put in the page. */
const GARBLED = /\bundefined\b|\bNaN\b|\[object Object\]/;

/**
 * A preview of a policy that is not valid, so that a file saved with problems still shows something
 * when it is opened again: made only when the file and the files it builds on were read whole and
 * only values break the schema's rules (a URN with a letter, a time of 25:00), and the page comes out
 * clean. Undefined otherwise, or when the policy is valid (then `previewHtml` is the preview).
 */
export function previewDespiteProblems(check: DraftCheck): string | undefined {
  if (!check.invalid || check.loaded.diagnostics.length) return undefined;
  let html: string;
  try {
    html = renderPolicyHtml(check.loaded);
  } catch {
    // A value of the wrong shape (a list where a block belongs) can stop the page being made at all.
    return undefined;
  }
  return GARBLED.test(html.replace(/<[^<>]*>/g, ' ')) ? undefined : html;
}
