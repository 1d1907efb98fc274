import { longDate } from '../text/dates.js';

/**
 * A role or body the policy names, as it reads inside a sentence ("ratified by the full governing
 * board"): the rendered policy's words, so messages, reports and the policy agree.
 */
export { nameInSentence as roleInSentence } from '../render/format.js';

const MONTHS: Record<string, string> = {
  jan: 'January',
  feb: 'February',
  mar: 'March',
  apr: 'April',
  jun: 'June',
  jul: 'July',
  aug: 'August',
  sep: 'September',
  sept: 'September',
  oct: 'October',
  nov: 'November',
  dec: 'December',
};

/** A month the policy abbreviates before a year ("Sept 2022") written in full, as messages write dates. */
export function fullMonths(text: string): string {
  return text.replace(
    /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?= (?:19|20)\d\d\b)/gi,
    (m, abbr: string) => MONTHS[abbr.toLowerCase()] ?? m,
  );
}

/**
 * A date of the policy as a message says it: "on 1 July 2026", or "in July 2026" when the source
 * (a legacy document read by the audit) gave only the month or season, so no day is invented.
 */
export function dateWhen(origin: { dateWords?: string } | undefined, iso: string): string {
  return origin?.dateWords ? `in ${origin.dateWords}` : `on ${longDate(iso)}`;
}
