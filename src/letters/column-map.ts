import { parse } from 'yaml';
import { UserError } from '../core/diagnostics.js';
import { FileAccessError, readUserFile } from '../core/files.js';
import { readProblem } from './fs-problem.js';
import { COLUMN_NAMES } from './columns.js';

/** `our_column: their header`, as read from a `--map` file. */
export type ColumnMap = Map<string, string>;

/** Read and check a mapping file; every problem is reported at once, naming the key. */
export function readColumnMap(file: string): ColumnMap {
  let text: string;
  try {
    text = readUserFile(file, { maxBytes: 1024 * 1024 }).toString('utf8');
  } catch (e) {
    if (e instanceof FileAccessError) throw new UserError(`The column mapping ${e.message}`);
    throw new UserError(`The column mapping ${file} cannot be read: ${readProblem(e)}.`);
  }
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 100 });
  } catch (e) {
    throw new UserError(`The column mapping ${file} is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new UserError(
      `The column mapping ${file} must be a list of "our_column: their header" lines, for example "first_name: Forename".`,
    );
  }
  const map: ColumnMap = new Map();
  const problems: string[] = [];
  const seenHeaders = new Map<string, string>();
  for (const [ours, theirs] of Object.entries(data as Record<string, unknown>)) {
    if (!COLUMN_NAMES.has(ours)) {
      problems.push(`"${ours}" is not one of our columns (see docs/letters.md for the list)`);
      continue;
    }
    if (theirs === null || theirs === undefined || theirs === '') continue;
    if (typeof theirs !== 'string' && typeof theirs !== 'number') {
      problems.push(`"${ours}" must name one header of your export, in quotes if it has special characters`);
      continue;
    }
    const header = String(theirs).trim();
    const key = normaliseHeader(header);
    const other = seenHeaders.get(key);
    if (other) problems.push(`"${ours}" and "${other}" both use the header "${header}"`);
    seenHeaders.set(key, ours);
    map.set(ours, header);
  }
  if (problems.length) throw new UserError(`The column mapping ${file} has problems: ${problems.join('; ')}.`);
  return map;
}

/** Headers match whatever their case, spacing or a byte-order mark. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}
