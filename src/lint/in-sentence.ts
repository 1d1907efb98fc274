import { longDate } from '../text/dates.js';

/**
 * A role or body the policy names ("Full governing board", "Headteacher"), as it reads inside a
 * sentence: "ratified by the full governing board". A proper name ("Oak Trust board", "Mrs Patel")
 * keeps its capitals and takes no "the".
 */
export function roleInSentence(name: string): string {
  const trimmed = name.trim();
  const words = trimmed.split(/\s+/);
  if (words.slice(1).some((w) => /^[A-Z]/.test(w))) return trimmed;
  const lower = /^[A-Z][a-z]/.test(trimmed) ? `${trimmed.charAt(0).toLowerCase()}${trimmed.slice(1)}` : trimmed;
  return /^the\s/i.test(lower) ? lower : `the ${lower}`;
}

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
