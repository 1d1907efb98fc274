import { triggerText } from '../render/parts/escalation.js';
import type { Policy } from '../types/policy.js';
import type { ColumnName } from './columns.js';
import { compare, fraction, fromDecimal, type Fraction } from './exact.js';
import type { Pupil } from './pupil.js';

export type Stage = NonNullable<NonNullable<Policy['escalation']>['stages']>[number];
export type Trigger = NonNullable<Stage['triggers']>[number];

/** Where a trigger's figure comes from in the pupil file, or why the file cannot give it. */
export type TriggerSource = { columns: ColumnName[]; value: (p: Pupil) => Fraction | undefined } | { unsupported: string };

const PERCENT_COLUMNS: ColumnName[] = ['sessions_possible', 'sessions_attended'];

function count(column: ColumnName): TriggerSource {
  return {
    columns: [column],
    value: (p) => (typeof p[column as keyof Pupil] === 'number' ? fraction(p[column as keyof Pupil] as number) : undefined),
  };
}

/**
 * Attendance figures in the file are for the school year so far, and unauthorised sessions for the
 * last 10 school weeks (or the year). A trigger over any other period cannot be checked from it.
 */
export function triggerSource(t: Trigger): TriggerSource {
  const w = t.window;
  switch (t.metric) {
    case 'attendance_pct':
    case 'absence_pct': {
      if (w && w.type !== 'year_to_date')
        return {
          unsupported: `it measures ${t.metric.replace('_pct', '')} over a ${windowName(w)}, but the pupil file gives figures for the school year so far`,
        };
      const absence = t.metric === 'absence_pct';
      return {
        columns: PERCENT_COLUMNS,
        value: (p) => {
          if (p.sessions_possible === undefined || p.sessions_attended === undefined) return undefined;
          const sessions = absence ? p.sessions_possible - p.sessions_attended : p.sessions_attended;
          return fraction(100 * sessions, p.sessions_possible);
        },
      };
    }
    case 'unauthorised_sessions':
    case 'unauthorised_absences':
      if (!w || (w.type === 'rolling_school_weeks' && w.length === 10)) return count('unauthorised_sessions_10wk');
      if (w.type === 'year_to_date') return count('unauthorised_sessions_year');
      return {
        unsupported: `it counts unauthorised absence over a ${windowName(w)}; the pupil file gives the last 10 school weeks and the school year so far`,
      };
    case 'late_marks':
      return count('late_marks');
    case 'unexplained_absence_days':
      return count('unexplained_absence_days');
    case 'consecutive_absence_days':
      return count('consecutive_absence_days');
    default:
      return { unsupported: `the metric "${String((t as { metric: unknown }).metric)}" is not known` };
  }
}

function windowName(w: NonNullable<Trigger['window']>): string {
  const len = w.length ? `${w.length}-` : '';
  return (
    {
      year_to_date: 'school year',
      term: 'term',
      half_term: 'half term',
      rolling_school_weeks: `${len}school-week period`,
      rolling_weeks: `${len}week period`,
    }[w.type] ?? w.type
  );
}

export type TriggerResult = { fires: boolean } | { missing: ColumnName[] };

export function evaluateTrigger(t: Trigger, source: Extract<TriggerSource, { columns: ColumnName[] }>, pupil: Pupil): TriggerResult {
  const value = source.value(pupil);
  if (!value) return { missing: source.columns.filter((c) => pupil[c as keyof Pupil] === undefined) };
  const c = compare(value, fromDecimal(t.value));
  const fires = { lt: c < 0, le: c <= 0, gt: c > 0, ge: c >= 0, eq: c === 0 }[t.comparison];
  return { fires };
}

export { triggerText };
