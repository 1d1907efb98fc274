import { readFileSync } from 'node:fs';

/**
 * What an audit of each corpus document must and must not report, written by reading the documents
 * (shared/corpus/*.txt), not by running the tool, and kept in real-expectations.json. A fragment is matched, case-insensitively and
 * ignoring runs of white space, against the finding's message, which quotes the sentence.
 */
export interface Expectation {
  file: string;
  /** [rule id, fragment of the quoted sentence (or a pattern)]. */
  must: Array<[string, string | RegExp]>;
  /** Compliant sentences: no finding (of the listed rules, or of any rule) may quote them. */
  mustNot: Array<{ fragment: string; rules?: string[] }>;
  /** Rules that must report nothing at all for this document. */
  silentRules?: string[];
}

interface RealExpectations {
  asOf: string;
  documents: Record<string, { file: string; must: Array<{ rule: string; quote?: string; pattern?: string }>; mustNot: Expectation['mustNot']; silentRules?: string[] }>;
}

// The expectations are data (test-corpus/real-expectations.json), read by these tests and by the corpus table.
const real = JSON.parse(readFileSync(new URL('./real-expectations.json', import.meta.url), 'utf8')) as RealExpectations;

export const AS_OF = real.asOf;

export const EXPECTATIONS: Record<string, Expectation> = Object.fromEntries(
  Object.entries(real.documents).map(([name, d]) => [
    name,
    { file: d.file, must: d.must.map((m) => [m.rule, m.pattern ? new RegExp(m.pattern, 'i') : m.quote!] as [string, string | RegExp]), mustNot: d.mustNot, ...(d.silentRules ? { silentRules: d.silentRules } : {}) },
  ]),
);

const norm = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

/** What a finding says: its message and the sentence it quotes (a field of its own). */
export function said(d: { message: string; quote?: string }): string {
  return d.quote ? `${d.message} ${d.quote}` : d.message;
}

export function quotes(message: string, fragment: string | RegExp): boolean {
  return typeof fragment === 'string' ? norm(message).includes(norm(fragment)) : fragment.test(message);
}
