import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateFinding } from './walk.js';

/**
 * The shipped templates are checked once, by `npm run build` (scripts/postbuild.mjs), and the
 * findings are kept next to this module with a hash of every template's name and content. Lint
 * uses them while the templates are unchanged, instead of parsing every template at each start;
 * any edit to a template (or running from source, with no record) means a fresh scan.
 */
const RECORD = fileURLToPath(new URL('./templates-checked.json', import.meta.url));

interface Record {
  hash: string;
  /** Findings with `file` relative to the templates folder. */
  findings: TemplateFinding[];
}

/** A hash of every .hbs file under `dir`: its path in the folder and its bytes. */
export function templatesHash(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.hbs'))
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
  for (const f of files) hash.update(`${path.relative(dir, f)}\0`).update(readFileSync(f)).update('\0');
  return hash.digest('hex');
}

/** The recorded findings for `dir`, if the record is of these very templates. */
export function recordedFindings(dir: string): TemplateFinding[] | undefined {
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
