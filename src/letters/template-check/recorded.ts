import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packagePath } from '../../core/schema-files.js';
import type { TemplateFinding } from './walk.js';

/**
 * The shipped templates are checked once, by `npm run build` (scripts/postbuild.mjs), and the
 * findings are kept next to this module with a hash of every template's name and content. Lint
 * uses them while the templates are unchanged, instead of loading the template scanner and parsing
 * every template at each start; any edit to a template (or running from source, with no record)
 * means a fresh scan. This module is small on purpose: it loads no template code.
 */
const RECORD = fileURLToPath(new URL('./templates-checked.json', import.meta.url));

interface Record {
  hash: string;
  /** Findings with `file` relative to the templates folder. */
  findings: TemplateFinding[];
}

function hbsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.hbs'))
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}

/** A hash of every .hbs file under `dir`: its path in the folder and its bytes. */
export function templatesHash(dir: string): string {
  const hash = createHash('sha256');
  for (const f of hbsFiles(dir))
    hash
      .update(`${path.relative(dir, f)}\0`)
      .update(readFileSync(f))
      .update('\0');
  return hash.digest('hex');
}

/** The recorded findings, if `dir` is the package's own templates folder and its templates are the ones recorded. */
export function recordedFindings(dir: string): TemplateFinding[] | undefined {
  if (path.resolve(dir) !== packagePath('templates')) return undefined;
  let record: Record;
  try {
    record = JSON.parse(readFileSync(RECORD, 'utf8')) as Record;
  } catch {
    return undefined;
  }
  if (record.hash !== templatesHash(dir)) return undefined;
  return record.findings.map((f) => ({ ...f, file: path.join(dir, f.file) }));
}

/** Write the record (the build does this for the shipped templates). */
export function recordFindings(dir: string, findings: TemplateFinding[]): void {
  const record: Record = { hash: templatesHash(dir), findings: findings.map((f) => ({ ...f, file: path.relative(dir, f.file) })) };
  writeFileSync(RECORD, `${JSON.stringify(record, null, 1)}\n`);
}

const cache = new Map<string, { signature: string; findings: TemplateFinding[]; checkedAt: number }>();
/** Lint asks once per policy: look at the files' dates at most this often (ms). */
const RECHECK_AFTER = 2000;

/** `check(dir)`'s findings, worked out once per process for a folder and again only when a template file changes. */
export function checkedOnce(dir: string, check: () => TemplateFinding[]): TemplateFinding[] {
  const recent = cache.get(dir);
  if (recent && Date.now() - recent.checkedAt < RECHECK_AFTER) return recent.findings;
  const signature = hbsFiles(dir)
    .map((f) => {
      const st = statSync(f);
      return `${f}:${st.size}:${st.mtimeMs}`;
    })
    .join('|');
  const hit = cache.get(dir);
  if (hit?.signature === signature) {
    hit.checkedAt = Date.now();
    return hit.findings;
  }
  const findings = check();
  cache.set(dir, { signature, findings, checkedAt: Date.now() });
  return findings;
}
