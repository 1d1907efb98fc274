import { lawData, type Confidence, type DatedValue, type LawParameter, type LawReference, type LawUnit } from './data.js';
import type { LawKey, LawValueTypes } from './keys.js';

export type { LawKey, LawValueTypes };

/** The value of a legal parameter in force on a date, with where it comes from. */
export interface LawValue<T = number | boolean> {
  key: string;
  value: T;
  /** The date this value came into force (YYYY-MM-DD). */
  since: string;
  /** Title of the source, with its regulation, section or paragraph. */
  reference: string;
  /** Link to the source. */
  href: string;
  label: string;
  description: string;
  unit: LawUnit;
  confidence: Confidence;
  note?: string;
  /** When this parameter was last checked against the sources. */
  lastChecked: string;
}

/** One dated entry of a parameter's history. */
export interface LawHistoryEntry<T = number | boolean> {
  since: string;
  value: T | null;
  reference: string;
  href: string;
  confidence: Confidence;
  summary?: string;
  note?: string;
}

function parameter(key: string): LawParameter {
  const p = lawData().parameters[key];
  if (!p) throw new Error(`Unknown legal parameter ${key}`);
  return p;
}

const sorted = new WeakMap<LawParameter, Array<[string, DatedValue]>>();
/** The dated entries, oldest first (sorted once per parameter). */
function entries(p: LawParameter): Array<[string, DatedValue]> {
  let out = sorted.get(p);
  if (!out) {
    out = Object.entries(p.values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    sorted.set(p, out);
  }
  return out;
}

/** Rules ask for the same few values on the same date many times in a run. */
const onDate = new Map<string, LawValue<number | boolean> | null>();

/** The dated entry of a parameter in force on `asOf`: undefined before its first date or once it stopped (a null value). */
export function entryOn(p: LawParameter, asOf: string): [string, DatedValue] | undefined {
  let found: [string, DatedValue] | undefined;
  for (const e of entries(p)) {
    if (e[0] > asOf) break;
    found = e;
  }
  return found && found[1].value !== null ? found : undefined;
}

/** The value of a legal parameter in force on `asOf` (YYYY-MM-DD); undefined before its first date or once it stopped (null). */
export function lawValue<K extends LawKey>(key: K, asOf: string): LawValue<LawValueTypes[K]> | undefined {
  const id = `${key}\u0000${asOf}`;
  let out = onDate.get(id);
  if (out === undefined) {
    const v = valueOn(key, asOf);
    out = v ? Object.freeze(v) : null;
    onDate.set(id, out);
  }
  return (out ?? undefined) as LawValue<LawValueTypes[K]> | undefined;
}

function valueOn(key: string, asOf: string): LawValue<number | boolean> | undefined {
  const p = parameter(key);
  const found = entryOn(p, asOf);
  if (!found) return undefined;
  const [since, v] = found;
  const note = v.note ?? p.note;
  return {
    key,
    value: v.value as number | boolean,
    since,
    reference: v.reference.title,
    href: v.reference.href,
    label: p.label,
    description: p.description ?? p.label,
    unit: p.unit,
    confidence: v.confidence ?? p.confidence ?? 'high',
    ...(note ? { note } : {}),
    lastChecked: p.last_checked,
  };
}

/** Every value the parameter has had, oldest first. */
export function lawHistory<K extends LawKey>(key: K): Array<LawHistoryEntry<LawValueTypes[K]>> {
  const p = parameter(key);
  return entries(p).map(([since, v]) => ({
    since,
    value: v.value as LawValueTypes[K] | null,
    reference: v.reference.title,
    href: v.reference.href,
    confidence: v.confidence ?? p.confidence ?? 'high',
    ...(v.summary ? { summary: v.summary } : {}),
    ...(v.note ? { note: v.note } : {}),
  }));
}

/**
 * Values the parameter had before the one in force on `asOf` and no longer has: what an out-of-date
 * policy would still say. Empty when nothing is in force yet.
 */
export function staleValues<K extends LawKey>(key: K, asOf: string): Array<LawValueTypes[K]> {
  const current = lawValue(key, asOf);
  if (!current) return [];
  const id = `${key}\u0000${current.since}`;
  let out = staleOn.get(id);
  if (!out) {
    out = [];
    for (const [since, v] of entries(parameter(key))) {
      if (since >= current.since) break;
      if (v.value !== null && v.value !== current.value && !out.includes(v.value)) out.push(v.value);
    }
    staleOn.set(id, out);
  }
  return [...out] as Array<LawValueTypes[K]>;
}
const staleOn = new Map<string, Array<number | boolean>>();

/** Every legal parameter key. */
export function lawKeys(): LawKey[] {
  return Object.keys(lawData().parameters) as LawKey[];
}

/** The parameter's reference data (label, unit, confidence, last check), without its values. */
export function lawParameter(key: LawKey): Omit<LawParameter, 'values'> & { file: string } {
  const { values: _values, ...rest } = parameter(key);
  return { ...rest, file: lawData().fileOf[key]! };
}

export type { Confidence, LawReference, LawUnit };
