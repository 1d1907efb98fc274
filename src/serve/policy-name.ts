import path from 'node:path';
import { listWords } from '../text/words.js';

/** How the app names a policy to people: by the schools it covers, or by the trust for a trust base. */
export interface PolicyName {
  /** "Oakfield Primary Academy", "Meadow Infant School and Brook Junior School", "Riverbend Learning Trust". */
  name: string;
  /** 'unreadable': nothing of the file could be read, so what it is is not known. */
  kind: 'school' | 'federation' | 'trust base' | 'unreadable';
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** The names of the schools a policy covers (by id where a school has no name, when `orId`), whatever the data's shape. */
export function schoolNames(data: unknown, orId = false): string[] {
  const schools = (data as { schools?: unknown } | null)?.schools;
  if (!Array.isArray(schools)) return [];
  return schools
    .map((s: { name?: unknown; id?: unknown } | null) => text(s?.name) ?? (orId ? text(s?.id) : undefined))
    .filter((n) => n !== undefined);
}

/**
 * The name of a policy from its data (which may be a draft with problems, so nothing is assumed
 * about its shape); the file's name is the last resort.
 */
export function policyName(data: unknown, file: string): PolicyName {
  const d = (data && typeof data === 'object' ? data : {}) as { schools?: unknown; trust?: { name?: unknown } };
  const names = schoolNames(data, true);
  if (names.length) return { name: listWords(names), kind: names.length > 1 ? 'federation' : 'school' };
  return {
    name: text(d.trust?.name) ?? path.basename(file).replace(/\.ya?ml$/i, ''),
    kind: Object.keys(d).length ? 'trust base' : 'unreadable',
  };
}
