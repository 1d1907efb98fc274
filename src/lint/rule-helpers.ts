import { longDate as formatLongDate } from '../core/dates.js';

/** Small helpers shared by rules. */

export function pounds(n: number): string {
  return `£${Number.isInteger(n) ? n : n.toFixed(2)}`;
}

const longDates = new Map<string, string>();

/** "19 August 2024" (formatting dates is slow, and rules ask for the same few many times). */
export function longDate(iso: string): string {
  let out = longDates.get(iso);
  if (out === undefined) {
    out = formatLongDate(iso);
    longDates.set(iso, out);
  }
  return out;
}

/** Words that, in the same sentence, mean the text is describing an old rule, not applying it. */
export const HISTORICAL_CONTEXT = /\b(replac\w*|revok\w*|supersed\w*|previous\w*|formerly|used to|no longer|was changed|old)\b/i;

/** Penalty notices for an excluded pupil in a public place are a separate regime (see pn-excluded-pupil-public-place). */
export const EXCLUSION_CONTEXT = /\b(public place|exclu\w+|suspen\w+)\b/i;
