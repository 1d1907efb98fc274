import { lawHistory, lawKeys, lawValue } from '../lint/law.js';
import { formatDate } from '../render/format.js';

export interface LawChangeLine {
  date: string;
  text: string;
}

/**
 * Changes in the law that came into force after `from` and on or before `until` (YYYY-MM-DD).
 *
 * Seam: this reads the legal values' history directly. When the law library offers its own
 * "changes between two dates" function, this should call it instead (same meaning, better words).
 */
export function lawChangesSince(from: string, until: string): LawChangeLine[] {
  const out: LawChangeLine[] = [];
  for (const key of lawKeys()) {
    const history = lawHistory(key);
    history.forEach((entry, i) => {
      const before = history[i - 1];
      if (entry.since <= from || entry.since > until || (before && before.value === entry.value)) return;
      out.push({ date: formatDate(entry.since), text: describe(lawValue(key, entry.since)?.description ?? key, before?.value, entry.value, entry.reference) });
    });
  }
  return out;
}

function describe(label: string, was: number | boolean | undefined, now: number | boolean, reference: string): string {
  const v = (x: number | boolean) => (typeof x === 'boolean' ? (x ? 'yes' : 'no') : String(x));
  return `${label}: ${was === undefined ? v(now) : `${v(was)} → ${v(now)}`} (${reference})`;
}
