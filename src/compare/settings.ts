import { effectiveDay, minutes } from '../core/model.js';
import { formatDate, formatMoney, formatPercent, formatPeriod, formatTime, plural } from '../render/format.js';
import type { Subject } from './subjects.js';

/** A setting's value in one column, in words, and the JSON pointers that may have set it (most specific first). */
export interface Reading {
  value: string | null;
  pointers: string[];
}

export interface SettingDef {
  id: string;
  group: string;
  label: string;
  read(subject: Subject): Reading;
}

/** Where a school-day time lives: the school's own times first, then the document's. */
function dayPointers(s: Subject, sub: string): string[] {
  return s.school ? [`/schools/${s.schoolIndex}/school_day/${sub}`, `/school_day/${sub}`] : [`/school_day/${sub}`];
}

function day(s: Subject) {
  return effectiveDay(s.loaded.data, s.school);
}

function registerRows(session: 'morning' | 'afternoon'): SettingDef[] {
  const name = session === 'morning' ? 'Morning' : 'Afternoon';
  const w = (s: Subject) => day(s).registers?.[session];
  return [
    {
      id: `register-${session}-opens`,
      group: 'Registers',
      label: `${name} register opens`,
      read: (s) => ({ value: w(s)?.opens ? formatTime(w(s)?.opens) : null, pointers: dayPointers(s, `registers/${session}/opens`) }),
    },
    {
      id: `register-${session}-closes`,
      group: 'Registers',
      label: `${name} register closes`,
      read: (s) => ({ value: w(s)?.closes ? formatTime(w(s)?.closes) : null, pointers: dayPointers(s, `registers/${session}/closes`) }),
    },
    {
      id: `register-${session}-window`,
      group: 'Registers',
      label: `${name} register open for`,
      read: (s) => {
        const open = minutes(w(s)?.opens);
        const close = minutes(w(s)?.closes);
        return {
          value: open !== undefined && close !== undefined ? plural(close - open, 'minute') : null,
          pointers: dayPointers(s, `registers/${session}/closes`),
        };
      },
    },
  ];
}

const at = (s: Subject, pointer: string): unknown =>
  pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), s.loaded.data);
const pct =
  (pointer: string) =>
  (s: Subject): Reading => ({ value: typeof at(s, pointer) === 'number' ? formatPercent(at(s, pointer)) : null, pointers: [pointer] });
const yesNo = (v: unknown) => (v === true ? 'Yes' : v === false ? 'No' : null);

/** The key settings compared across a trust, in the order they are shown when differences tie. */
export const SETTINGS: SettingDef[] = [
  {
    id: 'school-day',
    group: 'School day',
    label: 'School day',
    read: (s) => {
      const d = day(s);
      return { value: d.starts && d.ends ? `${formatTime(d.starts)} to ${formatTime(d.ends)}` : null, pointers: dayPointers(s, 'starts') };
    },
  },
  ...registerRows('morning'),
  ...registerRows('afternoon'),
  { id: 'target-attendance', group: 'Thresholds', label: 'Attendance target', read: pct('/thresholds/target_attendance_pct') },
  { id: 'persistent-absence', group: 'Thresholds', label: 'Persistent absence from', read: pct('/thresholds/persistent_absence_pct') },
  { id: 'severe-absence', group: 'Thresholds', label: 'Severe absence from', read: pct('/thresholds/severe_absence_pct') },
  {
    id: 'concern-levels',
    group: 'Thresholds',
    label: 'Attendance bands',
    read: (s) => {
      const levels = s.loaded.data.thresholds?.concern_levels ?? [];
      const value = levels.map((l) => `${l.label}: ${l.inclusive ? 'at or below' : 'below'} ${formatPercent(l.below_pct)}`).join('; ');
      return { value: value || null, pointers: ['/thresholds/concern_levels'] };
    },
  },
  {
    id: 'late-marks',
    group: 'Thresholds',
    label: 'Action after late marks',
    read: (s) => {
      const n = s.loaded.data.lateness?.concern_after_late_marks;
      return { value: n ? plural(n, 'late mark') : null, pointers: ['/lateness/concern_after_late_marks'] };
    },
  },
  {
    id: 'leave-notice',
    group: 'Leave of absence',
    label: 'Notice needed for a leave request',
    read: (s) => ({
      value: formatPeriod(s.loaded.data.leave_of_absence?.notice) || null,
      pointers: ['/leave_of_absence/notice/amount', '/leave_of_absence/notice'],
    }),
  },
  {
    id: 'leave-decided-by',
    group: 'Leave of absence',
    label: 'Leave decided by',
    read: (s) => ({ value: s.loaded.data.leave_of_absence?.decided_by ?? null, pointers: ['/leave_of_absence/decided_by'] }),
  },
  {
    id: 'penalty-notices-used',
    group: 'Penalty approach',
    label: 'Penalty notices used',
    read: (s) => ({
      value: yesNo(s.loaded.data.legal_measures?.penalty_notices?.used),
      pointers: ['/legal_measures/penalty_notices/used'],
    }),
  },
  {
    id: 'penalty-threshold',
    group: 'Penalty approach',
    label: 'Penalty notice considered after',
    read: (s) => {
      const t = s.loaded.data.legal_measures?.penalty_notices?.threshold;
      const value =
        t?.sessions && t.window_school_weeks
          ? `${plural(t.sessions, 'unauthorised session')} in ${plural(t.window_school_weeks, 'school week')}`
          : null;
      return { value, pointers: ['/legal_measures/penalty_notices/threshold/sessions', '/legal_measures/penalty_notices/threshold'] };
    },
  },
  {
    id: 'penalty-first-amounts',
    group: 'Penalty approach',
    label: 'First penalty notice',
    read: (s) => {
      const f = s.loaded.data.legal_measures?.penalty_notices?.first;
      const value =
        f?.discounted !== undefined && f.full !== undefined
          ? `${formatMoney(f.discounted)} within ${plural(f.discount_days ?? 0, 'day')}, ${formatMoney(f.full)} within ${plural(f.full_days ?? 0, 'day')}`
          : null;
      return { value, pointers: ['/legal_measures/penalty_notices/first/discounted', '/legal_measures/penalty_notices/first'] };
    },
  },
  {
    id: 'notice-to-improve',
    group: 'Penalty approach',
    label: 'Notice to Improve',
    read: (s) => {
      const n = s.loaded.data.legal_measures?.notice_to_improve;
      const value =
        n?.used === undefined
          ? null
          : n.used
            ? `Used${n.improvement_period_weeks ? `, ${plural(n.improvement_period_weeks, 'week')} to improve` : ''}`
            : 'Not used';
      return { value, pointers: ['/legal_measures/notice_to_improve/used', '/legal_measures/notice_to_improve'] };
    },
  },
  {
    id: 'approved-on',
    group: 'Review',
    label: 'Approved on',
    read: (s) => ({
      value: s.loaded.data.document?.approved_on ? formatDate(s.loaded.data.document.approved_on) : null,
      pointers: ['/document/approved_on'],
    }),
  },
  {
    id: 'next-review',
    group: 'Review',
    label: 'Next review',
    read: (s) => ({
      value: s.loaded.data.document?.next_review ? formatDate(s.loaded.data.document.next_review) : null,
      pointers: ['/document/next_review'],
    }),
  },
  {
    id: 'champion-named',
    group: 'People',
    label: 'Senior attendance champion named',
    read: (s) => {
      const own = s.school ? s.school.contacts?.senior_attendance_champion?.name : undefined;
      const shared = s.loaded.data.contacts?.senior_attendance_champion?.name;
      const pointers = own
        ? [`/schools/${s.schoolIndex}/contacts/senior_attendance_champion/name`]
        : shared
          ? ['/contacts/senior_attendance_champion/name']
          : [];
      // A trust base names no one (each school names its own), so for the base "not named" is "not set".
      if (!own && !shared) return { value: s.school ? 'No' : null, pointers };
      return { value: 'Yes', pointers };
    },
  },
];
