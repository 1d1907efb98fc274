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
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function longDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Whether the law data was checked recently enough to be relied on for the date `asOf`. */
export function lawFreshness(asOf: string): LawFreshness {
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
