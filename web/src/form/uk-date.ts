import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';

/**
 * Dates as people in England write them, whatever the browser's language: "22 September 2026" is
 * shown, and that or 22/09/2026 (or the file's own 2026-09-22) is read. The file keeps YYYY-MM-DD.
 */
const FULL_YEAR = [
  'd MMMM yyyy',
  'd MMM yyyy',
  'do MMMM yyyy',
  'do MMM yyyy',
  'EEEE d MMMM yyyy',
  'd/M/yyyy',
  'd.M.yyyy',
  'd-M-yyyy',
  'yyyy-M-d',
];
const SHORT_YEAR = ['d/M/yy', 'd.M.yy', 'd-M-yy', 'd MMMM yy', 'd MMM yy'];
/** Noon, so no clock change can move the day. */
const REFERENCE = new Date(2000, 0, 1, 12);

/** The date as the file writes it (YYYY-MM-DD), or undefined when the text is not a whole date. */
export function readUkDate(text: string): string | undefined {
  const t = text
    .trim()
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\bsept\b/i, 'Sep');
  if (!t) return undefined;
  const patterns = /\d{4}/.test(t) ? FULL_YEAR : SHORT_YEAR;
  for (const pattern of patterns) {
    const d = parse(t, pattern, REFERENCE);
    if (isValid(d) && d.getFullYear() >= 1900 && d.getFullYear() < 2200) return format(d, 'yyyy-MM-dd');
  }
  return undefined;
}

/** "2026-09-22" → "22 September 2026"; anything else is shown as it is. */
export function showUkDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const d = parse(value, 'yyyy-MM-dd', REFERENCE);
  return isValid(d) ? format(d, 'd MMMM yyyy') : value;
}

export const DATE_HELP = 'Write the day, month and year, for example 22 September 2026 or 22/09/2026.';
