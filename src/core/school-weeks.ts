// One module per function: the package's index loads all of date-fns (about 300 modules) at start-up.
import { addDays } from 'date-fns/addDays';
import { addWeeks } from 'date-fns/addWeeks';
import { lightFormat } from 'date-fns/lightFormat';
import { isWeekend } from 'date-fns/isWeekend';
import { parseISO } from 'date-fns/parseISO';
import type { Policy } from '../types/policy.js';

/**
 * Periods that the law and the guidance count in school weeks (a Notice to Improve's improvement
 * period, "10 sessions in 10 school weeks") skip the holidays. With the school's term dates a
 * school week is five school days: Monday to Friday inside a term. Without them, only calendar
 * weeks can be counted, and the caller must say so.
 */
export type TermDates = NonNullable<Policy['term_dates']>;

const iso = (d: Date) => lightFormat(d, 'yyyy-MM-dd');

/** True when the day is a weekday inside one of the terms. */
export function isSchoolDay(day: string, terms: TermDates): boolean {
  return !isWeekend(parseISO(day)) && terms.some((t) => t.starts <= day && day <= t.ends);
}

/**
 * The last day of a period of `weeks` weeks starting the day after `from`: counted in school
 * weeks (5 school days each) when term dates are given and cover the period, otherwise in
 * calendar weeks. `schoolWeeks` says which it was.
 */
export function periodEnd(from: string, weeks: number, terms: TermDates | undefined): { ends: string; schoolWeeks: boolean } {
  const ends = schoolDaysEnd(from, weeks * 5, terms);
  return ends ? { ends, schoolWeeks: true } : { ends: iso(addWeeks(parseISO(from), weeks)), schoolWeeks: false };
}

/**
 * The day `days` school days after `from` (a reply "within five school days"), or undefined when
 * there are no term dates, or they stop before then: school days cannot be counted without them.
 */
export function schoolDaysEnd(from: string, days: number, terms: TermDates | undefined): string | undefined {
  if (!terms?.length) return undefined;
  const lastTermDay = terms
    .map((t) => t.ends)
    .sort()
    .at(-1)!;
  let day = parseISO(from);
  let left = days;
  while (left > 0) {
    day = addDays(day, 1);
    const d = iso(day);
    // Term dates that stop before the period ends cannot say where it ends.
    if (d > lastTermDay) return undefined;
    if (isSchoolDay(d, terms)) left--;
  }
  return iso(day);
}
