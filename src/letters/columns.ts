/**
 * The columns of the pupil file, by our name. A school's own export is renamed to these with
 * `--map` (see docs/letters.md). Which columns a row must fill depends on the letter it gets.
 */
export type ColumnKind = 'text' | 'whole' | 'percent' | 'date' | 'list' | 'decision';

export interface PupilColumn {
  name: string;
  kind: ColumnKind;
  description: string;
}

export const PUPIL_COLUMNS = [
  {
    name: 'pupil_id',
    kind: 'text',
    description: 'The pupil’s identifier in the MIS (admission number or UPN). Must be unique in the file.',
  },
  { name: 'first_name', kind: 'text', description: 'The pupil’s first name, as used in letters.' },
  { name: 'last_name', kind: 'text', description: 'The pupil’s last name.' },
  { name: 'year_group', kind: 'text', description: 'Year group, for example "R", "4" or "Year 10".' },
  { name: 'parent_name', kind: 'text', description: 'Parent or carer name(s) as the letter is addressed, for example "Ms A. Example".' },
  { name: 'salutation', kind: 'text', description: 'Optional greeting name, for example "Mr and Mrs Example" (default: parent_name).' },
  { name: 'address_1', kind: 'text', description: 'First line of the postal address.' },
  { name: 'address_2', kind: 'text', description: 'Second line of the address.' },
  { name: 'address_3', kind: 'text', description: 'Third line of the address.' },
  { name: 'town', kind: 'text', description: 'Town or city.' },
  { name: 'postcode', kind: 'text', description: 'Postcode.' },
  {
    name: 'address',
    kind: 'text',
    description: 'The whole address in one cell, lines separated by commas or line breaks (used when address_1 is not given).',
  },
  {
    name: 'sessions_possible',
    kind: 'whole',
    description: 'Sessions possible so far this school year (a session is a morning or an afternoon).',
  },
  {
    name: 'sessions_attended',
    kind: 'whole',
    description: 'Sessions attended so far this school year (present, late before the register closed, or approved educational activity).',
  },
  {
    name: 'unauthorised_sessions_10wk',
    kind: 'whole',
    description: 'Sessions of unauthorised absence (codes G, O, U) in the last 10 school weeks.',
  },
  {
    name: 'unauthorised_sessions_year',
    kind: 'whole',
    description: 'Sessions of unauthorised absence so far this school year (only needed when a trigger counts the whole year).',
  },
  {
    name: 'late_marks',
    kind: 'whole',
    description: 'Late marks in the period the policy’s lateness rule uses (for example this half term).',
  },
  {
    name: 'unexplained_absence_days',
    kind: 'whole',
    description: 'Days of absence with no reason given (only needed when a trigger uses them).',
  },
  {
    name: 'consecutive_absence_days',
    kind: 'whole',
    description: 'Days of absence in a row, up to today (only needed when a trigger uses them).',
  },
  {
    name: 'previous_attendance_pct',
    kind: 'percent',
    description: 'Attendance at the last review, for the improvement letter (for example 91.5).',
  },
  {
    name: 'unauthorised_detail',
    kind: 'text',
    description: 'When the unauthorised absences were, in words (for the Notice to Improve), for example "3 to 7 March (holiday, code G)".',
  },
  {
    name: 'unexplained_dates',
    kind: 'text',
    description: 'The days of unexplained absence, in words (for the unexplained-absence letter).',
  },
  { name: 'support_given', kind: 'list', description: 'Support already given, items separated by semicolons.' },
  {
    name: 'support_offered',
    kind: 'list',
    description: 'Further support on offer, items separated by semicolons (default: the policy’s further-support contacts).',
  },
  { name: 'support_declined', kind: 'list', description: 'Support offered before and not taken up, items separated by semicolons.' },
  { name: 'meeting_date', kind: 'date', description: 'Date of the attendance meeting (YYYY-MM-DD or DD/MM/YYYY).' },
  { name: 'meeting_time', kind: 'text', description: 'Time of the meeting, 24-hour HH:MM.' },
  { name: 'meeting_place', kind: 'text', description: 'Where the meeting is held.' },
  { name: 'leave_start', kind: 'date', description: 'First day of the leave asked for.' },
  { name: 'leave_end', kind: 'date', description: 'Last day of the leave asked for.' },
  { name: 'leave_decision', kind: 'decision', description: '"granted" or "refused" (used by --letter leave-decision).' },
  { name: 'leave_reason', kind: 'text', description: 'The reason for the decision, as the letter gives it.' },
] as const satisfies readonly PupilColumn[];

export type ColumnName = (typeof PUPIL_COLUMNS)[number]['name'];

export const COLUMN_NAMES: ReadonlySet<string> = new Set(PUPIL_COLUMNS.map((c) => c.name));

/** Always needed: who the letter is about and where it goes. */
export const IDENTITY_COLUMNS: ColumnName[] = ['pupil_id', 'first_name', 'last_name', 'parent_name'];

/** The attendance figures every attendance letter quotes. */
export const ATTENDANCE_COLUMNS: ColumnName[] = ['sessions_possible', 'sessions_attended'];

/** Most pupils a file may hold: larger runs should be split (by year group, for example). */
export const ROW_LIMIT = 20_000;

/** A pupil file larger than this is refused before it is read. */
export const FILE_SIZE_LIMIT_BYTES = 50 * 1024 * 1024;

/** Lines the address block may hold under the name, so it fits the envelope window. */
export const MAX_ADDRESS_LINES = 6;
