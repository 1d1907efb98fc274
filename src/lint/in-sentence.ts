import { roleInSentence as jobTitleInSentence } from '../render/format.js';
import { longDate } from '../text/dates.js';

/** A proper name that ends in what it is ("Oakfield Trust board") takes "the" like any board. */
const BODY_END = /\b(?:board|body|committee|council|panel|trust|team)$/i;

/**
 * A role or body the policy names ("Full governing board", "Headteacher"), as it reads inside a
 * sentence: "ratified by the full governing board", lower case the way job titles are
 * (`roleInSentence` of the rendered policy). A proper name keeps its capitals: "Mrs Patel", and
 * "the Oakfield Trust board".
 */
export function roleInSentence(name: string): string {
  const trimmed = name.trim();
  if (/^the\s/i.test(trimmed)) return `the ${jobTitleInSentence(trimmed.slice(4).trim())}`;
  const inSentence = jobTitleInSentence(trimmed);
  const head = inSentence.split(/[,;(]/)[0]!.trim();
  const role = inSentence !== trimmed || /^[a-z]/.test(inSentence) || /^[A-Z]{2}/.test(inSentence) || BODY_END.test(head);
  return role ? `the ${inSentence}` : inSentence;
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
