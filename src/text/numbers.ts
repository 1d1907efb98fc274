/** Numbers as schools write them: digits or words ("five school days"), ordinals and amounts. */

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60 };

/** Every number word this toolkit reads, with its value: the one table. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([...WORDS.map((w, i) => [w, i] as const), ...Object.entries(TENS)]);

const wordAlternatives = [...NUMBER_WORDS.keys()].filter((w) => w !== 'zero').join('|');

/** A count in digits (up to three) or words, as a regex group. */
export const COUNT = `(\\d{1,3}|${wordAlternatives})`;
/** A small count in digits (up to two) or words, as a regex group. */
export const NUM = `(\\d{1,2}|${wordAlternatives})`;

/** "six" → 6, "5" → 5, anything else → NaN. */
export function countValue(s: string): number {
  return NUMBER_WORDS.get(s.toLowerCase()) ?? Number(s);
}

/** The same as countValue (the name the legacy readers use). */
export const countOf = countValue;

/** As countValue, but undefined for nothing or for words that are not numbers. */
export function toNumber(s: string | undefined): number | undefined {
  if (!s) return undefined;
  return /^\d+$/.test(s) ? Number(s) : NUMBER_WORDS.get(s.toLowerCase());
}

/** A number as a regex alternative of its digits and its word: 6 → "(?:6|six)". */
export function numberPattern(n: number): string {
  return n <= 10 && WORDS[n] ? `(?:${n}|${WORDS[n]})` : String(n);
}

/** 1st, 2nd, 3rd, 5th, 21st */
export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

/**
 * 2500 → "2,500", 12.5 → "12.5" (or "12.50" with two fraction digits at least), as en-GB writes
 * them, without Intl: the first toLocaleString or Intl.NumberFormat loads locale data, which a
 * one-policy command's start-up would pay for.
 */
export function groupedNumber(n: number, maxFractionDigits = 2, minFractionDigits = 0): string {
  if (!Number.isFinite(n)) return String(n);
  const [whole = '', fraction = ''] = Math.abs(n).toFixed(maxFractionDigits).split('.');
  let grouped = '';
  for (let i = 0; i < whole.length; i++) grouped += (i > 0 && (whole.length - i) % 3 === 0 ? ',' : '') + whole[i];
  let kept = fraction;
  while (kept.length > minFractionDigits && kept.endsWith('0')) kept = kept.slice(0, -1);
  const negative = n < 0 && /[1-9]/.test(whole + fraction);
  return `${negative ? '-' : ''}${grouped}${kept ? `.${kept}` : ''}`;
}

/** £80, £12.50, £2,500 */
export function pounds(n: number): string {
  return `£${groupedNumber(n, 2, Number.isInteger(n) ? 0 : 2)}`;
}

export interface Percent {
  index: number;
  length: number;
  value: number;
}

/** Percentages: "96%", "97.5 %", "90 per cent", "ninety percent" is left out (numbers in words are rare here). */
export function percentages(text: string): Percent[] {
  const out: Percent[] = [];
  for (const m of text.matchAll(/(?<![\d.])(\d{1,3}(?:\.\d{1,2})?)\s?(?:%|per\s?cent\b)/gi)) {
    const value = Number(m[1]);
    if (value <= 100) out.push({ index: m.index!, length: m[0].length, value });
  }
  return out;
}
