import { displayPath } from '../core/files.js';
import type { LoadedPolicy } from '../load/load-policy.js';
import { SETTINGS, type Reading, type SettingDef } from './settings.js';
import { stageSettings } from './stage-settings.js';
import type { Subject, Subjects } from './subjects.js';

export interface Cell {
  /** The value in words; null when the policy does not set it. */
  value: string | null;
  /** file:line of the line that set it, or null when nothing did. */
  setIn: string | null;
  /** The file (as loaded) and line that set it, for a caller that names files its own way. */
  origin?: { file: string; line: number };
  differsFromBase: boolean;
  differsFromMajority: boolean;
}

export interface MatrixRow {
  id: string;
  group: string;
  label: string;
  base: Cell | null;
  /** The value more than half the schools share, if any. */
  majority: string | null;
  cells: Cell[];
  differences: { fromBase: number; fromMajority: number };
}

export interface CompareMatrix {
  base: { label: string; file: string } | null;
  columns: Array<{ id: string; label: string; file: string }>;
  rows: MatrixRow[];
  skipped: string[];
}

/** Where a value was set: the first pointer the policy has an origin for. */
function originOf(loaded: LoadedPolicy, reading: Reading): { file: string; line: number } | undefined {
  if (reading.value === null) return undefined;
  for (const p of reading.pointers) {
    const o = loaded.origins.get(p);
    if (o) return { file: o.file, line: o.line };
  }
  return undefined;
}

function placed(loaded: LoadedPolicy, reading: Reading): Pick<Cell, 'setIn' | 'origin'> {
  const origin = originOf(loaded, reading);
  return origin ? { setIn: `${displayPath(origin.file)}:${origin.line}`, origin } : { setIn: null };
}

function majorityOf(values: Array<string | null>): string | null {
  const counts = new Map<string | null, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  for (const [v, n] of counts) if (n * 2 > values.length) return v;
  return null;
}

function row(def: SettingDef, base: Subject | undefined, schools: Subject[]): MatrixRow {
  const baseReading = base ? def.read(base) : undefined;
  const readings = schools.map((s) => def.read(s));
  // With fewer than three schools, "the majority" would only ever be one school agreeing with itself.
  const majority = schools.length >= 3 ? majorityOf(readings.map((r) => r.value)) : null;
  const cells = readings.map((r, i): Cell => ({
    value: r.value,
    ...placed(schools[i]!.loaded, r),
    // Only where the base sets a value: a base that leaves it to each school has nothing to differ from.
    differsFromBase: baseReading !== undefined && baseReading.value !== null && r.value !== baseReading.value,
    differsFromMajority: majority !== null && r.value !== majority,
  }));
  return {
    id: def.id,
    group: def.group,
    label: def.label,
    base:
      base && baseReading
        ? {
            value: baseReading.value,
            ...placed(base.loaded, baseReading),
            differsFromBase: false,
            differsFromMajority: majority !== null && baseReading.value !== majority,
          }
        : null,
    majority,
    cells,
    differences: {
      fromBase: cells.filter((c) => c.differsFromBase).length,
      fromMajority: cells.filter((c) => c.differsFromMajority).length,
    },
  };
}

/**
 * The comparison matrix. Rows where a school stands out from the others come first (most such
 * schools first), then rows where schools differ from the trust base; ties keep the settings' order.
 */
export function buildMatrix(subjects: Subjects): CompareMatrix {
  const all = subjects.base ? [subjects.base, ...subjects.schools] : subjects.schools;
  const defs = [...SETTINGS, ...stageSettings(all)];
  const rows = defs.map((d) => row(d, subjects.base, subjects.schools));
  const order = new Map(rows.map((r, i) => [r, i]));
  rows.sort(
    (a, b) =>
      b.differences.fromMajority - a.differences.fromMajority ||
      b.differences.fromBase - a.differences.fromBase ||
      order.get(a)! - order.get(b)!,
  );
  return {
    base: subjects.base ? { label: subjects.base.label, file: displayPath(subjects.base.loaded.file) } : null,
    columns: subjects.schools.map((s) => ({ id: s.id, label: s.label, file: displayPath(s.loaded.file) })),
    rows,
    skipped: subjects.skipped,
  };
}
