import { formatDate, nameInSentence } from '../render/format.js';

/**
 * The board's last recorded approval as a governor reads it: "Approved by the trust board on
 * 22 September 2026 (minute TB 4)". A body named with more after a comma ("Trust board, on the
 * advice of the Oak local governing board") comes after the date, so the date is not read as part
 * of the advice.
 */
export function approvalInWords({ date, by, minute }: { date: string; by: string; minute: string }): string {
  const body = by.trim() ? ` by ${nameInSentence(by)}` : '';
  const on = date.trim() ? ` on ${formatDate(date.trim())}` : '';
  // "Minute 14" or "min. 14" as typed would read "minute Minute 14".
  const ref = minute.trim().replace(/^(?:minute|min\.?)\s*/i, '');
  const at = ref ? ` (minute ${ref})` : '';
  return /[,;(]/.test(by) ? `Approved${on}${body}${at}` : `Approved${body}${on}${at}`;
}
