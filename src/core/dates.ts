// One module per function: the package's index loads all of date-fns (about 300 modules) at start-up.
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInMonths } from 'date-fns/differenceInMonths';
import { eachWeekOfInterval } from 'date-fns/eachWeekOfInterval';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { isWeekend } from 'date-fns/isWeekend';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';
import { startOfWeek } from 'date-fns/startOfWeek';

/**
 * Calendar dates for the whole project, written YYYY-MM-DD as in policies. All arithmetic goes
 * through date-fns on local calendar days, so month ends, leap days and clock changes are handled
 * the same everywhere (adding a month to 31 January gives 28 or 29 February, never 3 March).
 */

const ISO = 'yyyy-MM-dd';

/** The date written YYYY-MM-DD, or undefined when the text is not a real date in that form. */
export function parseIsoDate(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  // parseISO reads the date on the local calendar; the round trip refuses 2025-02-30 and the like.
  const d = parseISO(text);
  return isValid(d) && lightFormat(d, ISO) === text ? d : undefined;
}

export { isIsoDate } from './today.js';

// lightFormat needs no locale data, unlike format: only the long date below needs month names.
export function toIsoDate(d: Date): string {
  return lightFormat(d, ISO);
}

function must(iso: string): Date {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`Not a date written YYYY-MM-DD: "${iso}"`);
  return d;
}

/** Today on this machine's calendar (a letter or a review is dated the day it is made). */
export function todayIso(now = new Date()): string {
  return lightFormat(now, ISO);
}

/** Add whole months; a day past the end of the target month becomes its last day. */
export function addMonthsIso(iso: string, months: number): string {
  return toIsoDate(addMonths(must(iso), months));
}

export function addDaysIso(iso: string, days: number): string {
  return toIsoDate(addDays(must(iso), days));
}

/** The next review date for a policy approved on `approved`: `months` later (a year by default). */
export function nextReviewDate(approved: string, months = 12): string {
  return addMonthsIso(approved, months);
}

/** Whole calendar months from `from` to `to`, and the days left over. */
export function monthsBetween(from: string, to: string): { months: number; days: number } {
  const a = must(from);
  const b = must(to);
  const months = differenceInMonths(b, a);
  return { months, days: differenceInCalendarDays(b, addMonths(a, months)) };
}

export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(must(to), must(from));
}

/** "19 August 2024". */
export function longDate(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? format(d, 'd MMMM yyyy') : iso;
}

/** "July 2026": a date given only as a month, without inventing a day. */
export function monthYear(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? format(d, 'MMMM yyyy') : iso;
}

/** "19 Aug 2024". */
export function shortDate(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? format(d, 'd MMM yyyy') : iso;
}

/** The Monday of the week `iso` falls in. */
export function weekStartIso(iso: string): string {
  return toIsoDate(startOfWeek(must(iso), { weekStartsOn: 1 }));
}

/**
 * School weeks from `from` to `to` (both included): the Monday-to-Sunday weeks that have at least
 * one weekday in the range and, when terms are given, in a term. Penalty-notice windows and letters
 * count in school weeks.
 */
export function schoolWeeksBetween(from: string, to: string, terms?: Array<{ start: string; end: string }>): number {
  const a = must(from);
  const b = must(to);
  if (b < a) return 0;
  const inTerm = (d: Date) => !terms || terms.some((t) => d >= must(t.start) && d <= must(t.end));
  let count = 0;
  for (const monday of eachWeekOfInterval({ start: a, end: b }, { weekStartsOn: 1 })) {
    for (let i = 0; i < 5; i++) {
      const day = addDays(monday, i);
      if (day >= a && day <= b && !isWeekend(day) && inTerm(day)) {
        count++;
        break;
      }
    }
  }
  return count;
}
