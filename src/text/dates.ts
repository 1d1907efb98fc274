import { TextCache } from './text-cache.js';
import { addMonthsIso, longDate as formatLongDate, monthsBetween as monthsBetweenDates } from '../core/dates.js';

const longDates = new TextCache<string, string>(200);

/** "19 August 2024" (formatting dates is slow, and rules ask for the same few many times). */
export function longDate(iso: string): string {
  return longDates.remember(iso, formatLongDate);
}

/** Whole calendar months from `from` to `to` (YYYY-MM-DD), and the days left over. */
export const monthsBetween = monthsBetweenDates;

/** Add months to an ISO date (31 August + 6 months is 28 February). */
export const addMonths = addMonthsIso;

/** "9 months and 25 days" */
export function describeDuration(d: { months: number; days: number }): string {
  const parts: string[] = [];
  if (d.months > 0) parts.push(`${d.months} month${d.months === 1 ? '' : 's'}`);
  if (d.days > 0 || parts.length === 0) parts.push(`${d.days} day${d.days === 1 ? '' : 's'}`);
  return parts.join(' and ');
}
