/** Clock times in prose, in the notations schools use: 9:30, 9.30am, 09:30, 1.15pm, 9am. */

/** A time in prose, as a regex source (groups: hour, minute, am/pm; or hour, am/pm). */
export const PROSE_TIME = String.raw`(?<![\d£.,])(?:([01]?\d|2[0-3])[:.]([0-5]\d)(?:\s*(a\.?m\.?|p\.?m\.?)(?![A-Za-z]))?|(1[0-2]|0?[1-9])\s*(a\.?m\.?|p\.?m\.?)(?![A-Za-z]))(?![\d%])`;

/**
 * Minutes since midnight a match of PROSE_TIME can mean. "1.15" without am/pm is read both ways,
 * because schools write afternoon times without "pm".
 */
export function proseTimeMinutes(m: RegExpMatchArray): number[] {
  const hour = m[1] ?? m[4];
  if (hour === undefined) return [];
  const suffix = (m[3] ?? m[5] ?? '').toLowerCase().replace(/\./g, '');
  const at = clockMinutes(hour, m[2] ?? '0', suffix);
  if (at === undefined) return [];
  if (suffix || at >= 12 * 60) return [at];
  return [at, at + 12 * 60];
}

/** "9", "20", "pm" → minutes since midnight (undefined for an impossible time). */
export function clockMinutes(hours: string, mins: string, suffix: string | undefined): number | undefined {
  let h = Number(hours);
  const m = Number(mins);
  if (h > 23 || m > 59) return undefined;
  const s = suffix?.toLowerCase().replace(/\./g, '');
  if (s === 'pm' && h < 12) h += 12;
  if (s === 'am' && h === 12) h = 0;
  return h * 60 + m;
}

/** Minutes since midnight → "09:30". */
export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
