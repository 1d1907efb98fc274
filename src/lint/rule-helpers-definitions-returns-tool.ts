import { addMonthsIso, monthsBetween as monthsBetweenDates } from '../core/dates.js';
/** Helpers for the definitions, returns and tool rules (group definitions-returns-tool). */
import type { ProseBlock } from '../prose/blocks.js';
import { matchesIn, memo } from '../prose/match-cache.js';
import { syllable as countSyllables } from 'syllable';
import { maskDataRefs as maskRefs, type RuleContext } from './context.js';
import { HISTORICAL_CONTEXT } from './rule-helpers.js';

/** A sentence that denies or limits what it mentions ("should not", "never", "only where"). */
export const NEGATION = /\b(not|never|no|cannot|can't|won't|shouldn't|mustn't|don't|doesn't|without)\b/i;

/** A sentence quoting statistics ("20% of pupils", "the national rate") rather than setting a rule. */
export const STATISTIC_CONTEXT = /\b(rates?|nationally|national\s+average|averages?|statistics?|figures?)\b|%\s+of\s+(all\s+)?(pupils|children|students|young\s+people|schools)/i;

/** A prose hit: the block, the match and its sentence. */
export interface Hit {
  block: ProseBlock;
  match: RegExpMatchArray;
  sentence: string;
}

/**
 * Every match of each pattern in the prose (with `{{data refs}}` blanked out, since they are
 * consistent by construction), skipping sentences that describe an old rule or that `skip` rejects.
 */
export function* proseMatches(ctx: RuleContext, patterns: RegExp[], skip: (h: Hit) => boolean = () => false): Generator<Hit> {
  for (const re of patterns) {
    if (!ctx.mayMatch(re, true)) continue;
    for (const block of ctx.prose) {
      const text = maskDataRefs(block.text);
      for (const match of matchesIn(text, re)) {
        const hit = { block, match, sentence: sentenceOf(text, match.index!) };
        if (HISTORICAL_CONTEXT.test(hit.sentence) || skip(hit)) continue;
        yield hit;
      }
    }
  }
}

/** Replace `{{path}}` references by spaces of the same length, so offsets stay the same. */
export function maskDataRefs(text: string): string {
  return text.includes('{{') ? memo(masked, text, maskRefs) : text;
}
const masked = new Map<string, string>();

/**
 * The sentence around `offset`, whole (the quote shown to readers is shortened). A full stop ends a
 * sentence only when a space follows, so "8.30am" and "office@school.sch.uk" do not split one.
 */
export function sentenceOf(text: string, offset: number): string {
  let start = 0;
  for (const m of text.slice(0, offset).matchAll(/[.!?]\s+/g)) start = m.index! + m[0].length;
  const endRel = text.slice(offset).search(/[.!?](\s|$)/);
  return text.slice(start, endRel === -1 ? text.length : offset + endRel + 1);
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};
/** A count written in digits or as a word. */
export const COUNT = `(\\d{1,3}|${Object.keys(WORD_NUMBERS).join('|')})`;
export function countValue(s: string): number {
  return WORD_NUMBERS[s.toLowerCase()] ?? Number(s);
}

/** A time in prose: 9:30, 9.30am, 09:30, 1.15pm, 9am. */
export const PROSE_TIME = String.raw`(?<![\d£.,])(?:([01]?\d|2[0-3])[:.]([0-5]\d)(?:\s*(a\.?m\.?|p\.?m\.?)(?![A-Za-z]))?|(1[0-2]|0?[1-9])\s*(a\.?m\.?|p\.?m\.?)(?![A-Za-z]))(?![\d%])`;

/**
 * Minutes since midnight a prose time can mean. "1.15" without am/pm is read both ways,
 * because schools write afternoon times without "pm".
 */
export function proseTimeMinutes(m: RegExpMatchArray): number[] {
  const hour = m[1] ?? m[4];
  const minute = m[2] ?? '0';
  const suffix = (m[3] ?? m[5] ?? '').toLowerCase().replace(/\./g, '');
  if (hour === undefined) return [];
  let h = Number(hour);
  const min = Number(minute);
  if (suffix === 'pm' && h < 12) h += 12;
  if (suffix === 'am' && h === 12) h = 0;
  if (suffix || h >= 12) return [h * 60 + min];
  return [h * 60 + min, (h + 12) * 60 + min];
}

/** "09:30" */
export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Whole calendar months from `from` to `to` (YYYY-MM-DD), and the days left over. */
export const monthsBetween = monthsBetweenDates;

/** "9 months and 25 days" */
export function describeDuration(d: { months: number; days: number }): string {
  const parts: string[] = [];
  if (d.months > 0) parts.push(`${d.months} month${d.months === 1 ? '' : 's'}`);
  if (d.days > 0 || parts.length === 0) parts.push(`${d.days} day${d.days === 1 ? '' : 's'}`);
  return parts.join(' and ');
}

/** Add months to an ISO date (31 August + 6 months is 28 February). */
export const addMonths = addMonthsIso;


/** Every string under `value` with its JSON pointer. */
export function* stringsUnder(value: unknown, pointer: string): Generator<{ pointer: string; value: string }> {
  if (typeof value === 'string') yield { pointer, value };
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* stringsUnder(value[i], `${pointer}/${i}`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* stringsUnder(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
}

/** Syllables in a word, counted by the `syllable` package (the counter retext-readability uses). */
export function syllables(word: string): number {
  let n = syllableCounts.get(word);
  if (n === undefined) {
    n = countSyllables(word);
    if (syllableCounts.size > 100_000) syllableCounts.clear();
    syllableCounts.set(word, n);
  }
  return n;
}
/** Words repeat across sections and policies: count each once. */
const syllableCounts = new Map<string, number>();

/** 1st, 2nd, 3rd, 5th, 21st */
export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}
