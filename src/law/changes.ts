import { lawData, type Confidence, type LawReference, type LawUnit } from './data.js';
import type { LawKey } from './keys.js';
import { groupedNumber } from '../text/numbers.js';

/** One change in the law: a legal value or a cited guidance edition that changed on a date. */
export interface LawChange {
  /** YYYY-MM-DD the new value came into force. */
  date: string;
  key: LawKey;
  label: string;
  unit: LawUnit;
  /** The value before (undefined when the parameter is new). */
  from?: number | boolean | null;
  /** The new value; null when the value stopped being in force. */
  to: number | boolean | null;
  /** The change in one plain-English sentence, without the date or the reference. */
  text: string;
  reference: LawReference;
  confidence: Confidence;
  note?: string;
}

/** A value with its unit, as a governor would write it: £80, 21 days, 10%, yes. */
export function formatLawValue(value: number | boolean | null | undefined, unit: LawUnit): string {
  if (value === null || value === undefined) return 'not in force';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const n = groupedNumber(value);
  switch (unit) {
    case 'GBP':
      return `£${n}`;
    case 'percent':
      return `${n}%`;
    case 'edition year':
    case 'count':
      return String(value);
    default:
      return `${n} ${value === 1 ? unit.replace(/s$/, '') : unit}`;
  }
}

function describe(label: string, unit: LawUnit, from: number | boolean | null | undefined, to: number | boolean | null): string {
  if (to === null) return `${label}: no longer in force`;
  if (from === undefined || from === null) return `${label}: ${formatLawValue(to, unit)} (new)`;
  return `${label}: ${formatLawValue(from, unit)} → ${formatLawValue(to, unit)}`;
}

/**
 * Every change of a legal value or cited guidance edition that came into force on or after `from` and on
 * or before `until` (YYYY-MM-DD), oldest first. A dated entry that repeats the previous value (a new
 * source for the same figure) is not a change.
 */
export function lawChangesBetween(from: string, until: string): LawChange[] {
  const out: LawChange[] = [];
  for (const [key, p] of Object.entries(lawData().parameters)) {
    let previous: number | boolean | null | undefined;
    for (const [date, v] of Object.entries(p.values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const changed = v.value !== previous;
      const before = previous;
      previous = v.value;
      // A first value of `false` (with nothing to say about it) means nothing came into force.
      const nothingStarted = before === undefined && v.value === false && !v.summary;
      if (!changed || nothingStarted || date < from || date > until) continue;
      const note = v.note ?? p.note;
      out.push({
        date,
        key: key as LawKey,
        label: p.label,
        unit: p.unit,
        ...(before !== undefined ? { from: before } : {}),
        to: v.value,
        text: v.summary ?? describe(p.label, p.unit, before, v.value),
        reference: v.reference,
        confidence: v.confidence ?? p.confidence ?? 'high',
        ...(note ? { note } : {}),
      });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.label.localeCompare(b.label)));
}
