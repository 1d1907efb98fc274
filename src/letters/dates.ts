import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { todayIso, toIsoDate } from '../core/dates.js';

// Any year is read, but a day-first date in a file is always four-digit year (never the 2000 default).
const REFERENCE = new Date(2000, 0, 1);

/**
 * Dates in pupil files: ISO (2025-03-07) as we write them, or day/month/year (07/03/2025) as
 * English MIS exports do. Never month/day: a file from an English school means day first.
 */
export function parseDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (!y || !m || !d) return undefined;
  // date-fns checks the day exists in that month (31/02 and 29/02 in a common year are not dates).
  const date = parse(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`, 'yyyy-MM-dd', REFERENCE);
  return isValid(date) ? toIsoDate(date) : undefined;
}

/** Today as YYYY-MM-DD, in the machine's own time zone (a letter is dated the day it is printed). */
export function localToday(now = new Date()): string {
  return todayIso(now);
}
