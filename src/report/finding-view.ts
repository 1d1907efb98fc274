import { displayPath } from '../core/files.js';
import type { FoundDiagnostic } from '../lint/context.js';
import type { LoadedPolicy } from '../load/load-policy.js';
import { roleInSentence } from '../lint/in-sentence.js';
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

const MAX_FOUND = 80;

/** The value a finding is about, as a governor would read it (only short values). */
function foundValue(d: FoundDiagnostic): string | null {
  if (d.value === undefined) return null;
  const value = String(d.value).trim();
  if (!value || value.length > MAX_FOUND || value.includes('\n')) return null;
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
  return {
    message: d.message.replace(/`/g, ''),
    // A hint that quotes file syntax is advice for whoever edits the file, not for governors.
    hint: d.hint && !d.hint.includes('`') ? d.hint : null,
    quote: d.quote ?? null,
    found: d.quote === undefined ? foundValue(d) : null,
    where: `${displayPath(d.file)}:${d.line}`,
    inheritedFrom: d.file !== loaded.file && loaded.chain.includes(d.file) ? displayPath(d.file) : null,
    // Read after "Exception agreed by": the board in lower case, as in every other sentence.
    excepted: d.excepted ? { ...d.excepted, approvedBy: roleInSentence(d.excepted.approvedBy) } : null,
  };
}
