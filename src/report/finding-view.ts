import { displayPath } from '../core/files.js';
import type { FoundDiagnostic } from '../lint/context.js';
import type { LoadedPolicy } from '../load/load-policy.js';
import { formatDate, formatTime } from '../render/format.js';

export interface FindingView {
  message: string;
  hint: string | null;
  /** The sentence of the policy's text the finding is about. */
  quote: string | null;
  /** The value as written in the file, for a finding about one value. */
  found: string | null;
  /** "policies/trust-base.yaml:262", shown small. */
  where: string;
  /** Set when the value comes from a file this policy builds on (the trust base). */
  inheritedFrom: string | null;
  excepted: { reason: string; approvedBy: string; until: string } | null;
}

const QUOTE_START = ' The text says: “';

/** Where “… The text says: “…”” starts in a message and the quoted text (a string search: linear on long quotes). */
function quoteIn(message: string): { index: number; text: string } | null {
  const index = message.indexOf(QUOTE_START);
  const from = index + QUOTE_START.length;
  return index >= 0 && message.length > from && message.endsWith('”') ? { index, text: message.slice(from, -1) } : null;
}

const MAX_FOUND = 80;

/** The text of a one-line value at a finding's place, without YAML quotes (only for short values). */
function foundValue(loaded: LoadedPolicy, d: FoundDiagnostic): string | null {
  if (d.line !== d.endLine) return null;
  const text = loaded.sources.get(d.file)?.text;
  const line = text?.split('\n')[d.line - 1];
  if (!line) return null;
  let value = line.slice(d.column - 1, d.endColumn - 1).trim();
  if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
  if (!value || value.length > MAX_FOUND || /^[{[]/.test(value)) return null;
  return plainWords(value);
}

/** A value as a governor would say it: yes/no for true/false, spaces for a data word like working_days. */
function plainWords(value: string): string {
  if (value === 'true') return 'yes';
  if (value === 'false') return 'no';
  if (/^\d{2}:\d{2}$/.test(value)) return formatTime(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  return /^[a-z0-9]+(_[a-z0-9]+)+$/.test(value) ? value.replace(/_/g, ' ') : value;
}

export function findingView(loaded: LoadedPolicy, d: FoundDiagnostic): FindingView {
  const quote = quoteIn(d.message);
  const message = quote ? d.message.slice(0, quote.index) : d.message;
  return {
    message: message.replace(/`/g, ''),
    // A hint that quotes file syntax is advice for whoever edits the file, not for governors.
    hint: d.hint && !d.hint.includes('`') ? d.hint : null,
    quote: quote ? quote.text : null,
    found: quote ? null : foundValue(loaded, d),
    where: `${displayPath(d.file)}:${d.line}`,
    inheritedFrom: d.file !== loaded.file && loaded.chain.includes(d.file) ? displayPath(d.file) : null,
    excepted: d.excepted ?? null,
  };
}
