import { MAX_ADDRESS_LINES, PUPIL_COLUMNS, type ColumnName } from './columns.js';
import { parseDate } from './dates.js';
import type { RawRow, RowProblem } from './read-pupils.js';

/** One pupil row, checked and typed. Fields are our column names; empty cells are absent. */
export interface Pupil {
  row: number;
  pupil_id: string;
  first_name: string;
  last_name: string;
  year_group?: string;
  parent_name: string;
  salutation?: string;
  /** The postal address, one line each, postcode last. */
  address_lines: string[];
  sessions_possible?: number;
  sessions_attended?: number;
  unauthorised_sessions_10wk?: number;
  unauthorised_sessions_year?: number;
  late_marks?: number;
  unexplained_absence_days?: number;
  consecutive_absence_days?: number;
  previous_attendance_pct?: number;
  unauthorised_detail?: string;
  unexplained_dates?: string;
  support_given?: string[];
  support_offered?: string[];
  support_declined?: string[];
  meeting_date?: string;
  meeting_time?: string;
  meeting_place?: string;
  leave_start?: string;
  leave_end?: string;
  leave_decision?: 'granted' | 'refused';
  leave_reason?: string;
}

export type PupilCheck = { ok: true; pupil: Pupil } | { ok: false; problems: RowProblem[] };

const KIND = new Map<string, string>(PUPIL_COLUMNS.map((c) => [c.name, c.kind]));
const GRANTED = /^(granted|agreed|authori[sz]ed|approved|yes)$/i;
const REFUSED = /^(refused|declined|not (granted|agreed|authori[sz]ed|approved)|unauthori[sz]ed|no)$/i;

/**
 * Check every cell of a row by its kind, and the figures against each other. All of a row's
 * problems are given together, so the file can be fixed in one pass.
 */
export function checkPupilRow(raw: RawRow): PupilCheck {
  const problems: RowProblem[] = [];
  const bad = (column: string, message: string) => problems.push({ row: raw.row, column, message });
  const out: Record<string, unknown> = { row: raw.row };
  for (const [column, text] of raw.cells) {
    const kind = KIND.get(column);
    if (kind === 'whole') {
      if (!/^\d{1,6}$/.test(text)) bad(column, 'must be a whole number, 0 or more');
      else out[column] = Number(text);
    } else if (kind === 'percent') {
      const n = Number(text.replace(/%$/, ''));
      if (!/^\d{1,3}(\.\d+)?%?$/.test(text) || n > 100) bad(column, 'must be a percentage from 0 to 100, for example 91.5');
      else out[column] = n;
    } else if (kind === 'date') {
      const date = parseDate(text);
      if (!date) bad(column, 'must be a date written YYYY-MM-DD or DD/MM/YYYY');
      else out[column] = date;
    } else if (kind === 'list') {
      out[column] = text
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
    } else if (kind === 'decision') {
      if (GRANTED.test(text)) out[column] = 'granted';
      else if (REFUSED.test(text)) out[column] = 'refused';
      else bad(column, 'must be "granted" or "refused"');
    } else {
      out[column] = text;
    }
  }
  for (const column of ['pupil_id', 'first_name', 'last_name', 'parent_name'] as const) {
    if (!raw.cells.has(column)) bad(column, 'is empty; every letter needs it');
  }
  if (raw.cells.has('meeting_time') && !/^([01]\d|2[0-3]):[0-5]\d$/.test(raw.cells.get('meeting_time')!))
    bad('meeting_time', 'must be a 24-hour time written HH:MM, for example 09:30');
  out.address_lines = addressLines(raw, bad);
  checkFigures(out, raw, bad);
  checkGarbled(raw, bad);
  if (problems.length) return { ok: false, problems };
  return { ok: true, pupil: out as unknown as Pupil };
}

function addressLines(raw: RawRow, bad: (column: string, message: string) => void): string[] {
  const parts = ['address_1', 'address_2', 'address_3', 'town', 'postcode'] as const;
  let lines: string[];
  if (raw.cells.has('address_1')) {
    if (!raw.cells.has('postcode')) bad('postcode', 'is empty; the envelope address needs a postcode');
    lines = parts.map((p) => raw.cells.get(p)).filter((v): v is string => Boolean(v));
  } else if (raw.cells.has('address')) {
    lines = raw.cells
      .get('address')!
      .split(/\r\n|\r|\n|,/)
      .map((s) => s.trim())
      .filter(Boolean);
  } else {
    bad('address_1', 'is empty (and there is no whole address column); a letter needs a postal address');
    return [];
  }
  if (lines.length > MAX_ADDRESS_LINES)
    bad(
      raw.cells.has('address_1') ? 'address_1' : 'address',
      `gives ${lines.length} address lines; at most ${MAX_ADDRESS_LINES} fit the envelope window`,
    );
  return lines;
}

/** Text that was read in the wrong encoding somewhere before it reached us ("Zo�"). */
function checkGarbled(raw: RawRow, bad: (column: string, message: string) => void): void {
  for (const [column, value] of raw.cells) {
    if (value.includes('\uFFFD'))
      bad(
        column,
        'holds the character � where a letter was lost when the file was saved in another encoding; correct it in the pupil file',
      );
  }
}

function checkFigures(out: Record<string, unknown>, raw: RawRow, bad: (column: string, message: string) => void): void {
  const possible = out.sessions_possible as number | undefined;
  const attended = out.sessions_attended as number | undefined;
  if (possible === 0) bad('sessions_possible', 'is 0, so no attendance can be worked out');
  if (possible !== undefined && attended !== undefined && attended > possible) bad('sessions_attended', 'is more than sessions_possible');
  const given = (c: string) => raw.cells.has(c);
  if (given('sessions_possible') !== given('sessions_attended'))
    bad(
      given('sessions_possible') ? 'sessions_attended' : 'sessions_possible',
      'is empty but the other attendance figure is given; give both',
    );
  for (const column of ['unauthorised_sessions_10wk', 'unauthorised_sessions_year'] as const) {
    const n = out[column] as number | undefined;
    // Ten school weeks hold at most 100 sessions; the year figure cannot exceed the sessions missed.
    if (n !== undefined && column === 'unauthorised_sessions_10wk' && n > 100)
      bad(column, 'is more than the 100 sessions in 10 school weeks');
    // Unauthorised absences are sessions missed: there cannot be more of them than sessions missed.
    if (n !== undefined && possible !== undefined && attended !== undefined && attended <= possible && n > possible - attended) {
      bad(
        column,
        `is ${n}, more than the ${possible - attended} session${possible - attended === 1 ? '' : 's'} missed this year (sessions_possible minus sessions_attended), so the figures cannot all be right`,
      );
    }
  }
  const recent = out.unauthorised_sessions_10wk as number | undefined;
  const year = out.unauthorised_sessions_year as number | undefined;
  if (recent !== undefined && year !== undefined && recent > year)
    bad('unauthorised_sessions_10wk', 'is more than unauthorised_sessions_year, but the last 10 school weeks are part of the year');
  if (out.leave_start && out.leave_end && (out.leave_end as string) < (out.leave_start as string))
    bad('leave_end', 'is before leave_start');
}

/** A row may not repeat a pupil: a second letter to the same family by mistake is worse than none. */
export function duplicateProblem(pupil: Pupil, firstRow: number): RowProblem {
  return { row: pupil.row, column: 'pupil_id', message: `is the same as on row ${firstRow}; each pupil may appear once` };
}

/** Columns a letter needs that this pupil's row leaves empty. */
export function missingFor(pupil: Pupil, needs: readonly ColumnName[]): ColumnName[] {
  return needs.filter((c) => {
    if (c === 'address_1' || c === 'postcode' || c === 'address') return pupil.address_lines.length === 0;
    const v = (pupil as unknown as Record<string, unknown>)[c];
    return v === undefined || (Array.isArray(v) && v.length === 0);
  });
}
