import { addMonthsIso, longDate } from '../core/dates.js';
import { lawData } from './data.js';

/** How long the law data is trusted after its last check before lint says so. */
export const FRESH_FOR_MONTHS = 6;

export interface LawFreshness {
  /** When the law data as a whole was last checked (YYYY-MM-DD). */
  lastChecked: string;
  checkedAgainst: string;
  /** The last date on which the data counts as fresh. */
  freshUntil: string;
  /** True when `asOf` is more than six months after the last check. */
  stale: boolean;
  /** A plain-English note for governors when stale. */
  message?: string;
}

/** `iso` plus `months` calendar months, clamped to the end of a shorter month (31 Aug + 6 months = 28/29 Feb). */
export const addMonths = addMonthsIso;

/** Whether the law data was checked recently enough to be relied on for the date `asOf`. */
export function lawFreshness(asOf: string): LawFreshness {
  let known = byDate.get(asOf);
  if (!known) {
    if (byDate.size > 1000) byDate.clear();
    byDate.set(asOf, (known = freshnessOn(asOf)));
  }
  return { ...known };
}

/** Worked out once per date (lint asks once per policy, with the same date for the whole run). */
const byDate = new Map<string, LawFreshness>();

function freshnessOn(asOf: string): LawFreshness {
  const { last_checked: lastChecked, checked_against: checkedAgainst } = lawData().index;
  const freshUntil = addMonths(lastChecked, FRESH_FOR_MONTHS);
  const stale = asOf > freshUntil;
  return {
    lastChecked,
    checkedAgainst,
    freshUntil,
    stale,
    ...(stale
      ? {
          message: `The legal rules in this copy of policywright were last checked on ${longDate(lastChecked)}, more than ${FRESH_FOR_MONTHS} months before ${longDate(asOf)}. The law or guidance may have changed since: update policywright, or check the findings against the current DfE guidance, before relying on them.`,
        }
      : {}),
  };
}
