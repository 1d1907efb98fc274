import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { toIsoDate } from '../../core/dates.js';
import { isIsoDate } from '../../core/today.js';
import type { LegacyBlock } from '../prose-blocks.js';

/** A value read from a legacy document, with where it was read. */
export interface Fact {
  /** JSON pointer into the policy model. */
  pointer: string;
  value: string | number | boolean;
  block: LegacyBlock;
  offset: number;
  length: number;
  /** Set when the value is a reading the document does not state outright; import marks it TODO. */
  guess?: string;
  /**
   * How directly the document states the value (1 when unset): where two readings give one field,
   * the more direct wins ("the school day begins at 8.40am" over "arrive after 8.40am ... late").
   */
  confidence?: number;
  /**
   * For a date the document gives only as a month or season ("July 2024"): the last day it can
   * mean. The audit checks against it, so a finding holds whichever day the document meant.
   */
  latest?: string;
  /** How a date given only as a month or season is written in messages ("July 2024", "Summer 2020"). */
  dateWords?: string;
}

/** Something a person must check or fill in: import writes it as a TODO comment. */
export interface Note {
  pointer: string;
  note: string;
}

export interface Extraction {
  facts: Fact[];
  notes: Note[];
}

export interface Sentence {
  block: LegacyBlock;
  text: string;
  /** Offset of the sentence in the block's text. */
  offset: number;
}

/** Every sentence of every block, in document order. */
export function allSentences(blocks: LegacyBlock[]): Sentence[] {
  return blocks.flatMap((block) => sentencesOf(block.text).map((s) => ({ block, ...s })));
}

/** The sentence holding `offset`, and every sentence of a text: the one splitter, shared with lint. */
export { sentenceAround, sentences as sentencesOf } from '../../text/sentences.js';
import { sentences as sentencesOf } from '../../text/sentences.js';

/** A fact for a match inside a sentence. */
export function factAt(
  s: Sentence,
  pointer: string,
  value: Fact['value'],
  index: number,
  length: number,
  guess?: string,
  confidence?: number,
): Fact {
  return {
    pointer,
    value,
    block: s.block,
    offset: s.offset + index,
    length: Math.max(1, length),
    ...(guess ? { guess } : {}),
    ...(confidence !== undefined ? { confidence } : {}),
  };
}

export { COUNT, countOf } from '../../text/numbers.js';

/** True when `index` is inside brackets: examples and asides, not the rule itself. */
export function insideBrackets(text: string, index: number): boolean {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** The sentence introduces an example ("e.g.", "for example") before `index`. */
export function exampleBefore(text: string, index: number): boolean {
  // The last marker is the one to look at: no full stop may follow it (one pass, no backtracking).
  const last = [...text.slice(0, index).matchAll(/\b(e\.g\.?|for example|for instance|such as)\s/gi)].at(-1);
  return last !== undefined && !text.slice(last.index + last[0].length, index).includes('.');
}

export { clockTimes, type ClockTime } from '../../text/clock-times.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export interface FoundDate {
  index: number;
  length: number;
  iso: string;
  /** The last day the date can mean (the month's or season's last day when only that is given). */
  latest: string;
  /** The day (or month) was not given. */
  partial: boolean;
  /** Given as a season ("Summer 2020"): the season's last day is used. */
  season?: boolean;
  text: string;
}

const SEASON_END: Record<string, string> = { spring: '04-30', summer: '08-31', autumn: '12-31', winter: '02-28' };

/** Dates: "12 March 2024", "March 2024", "Sept 2022", "12/03/2024" (day first), "2024-03-12". */
export function datesIn(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  const month = (s: string) => MONTHS.findIndex((m) => m.startsWith(s.toLowerCase().slice(0, 3))) + 1;
  const re =
    /\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+((?:19|20)\d\d)\b|\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)?\d\d)\b|\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/gi;
  for (const m of text.matchAll(re)) {
    let y: number, mo: number, d: number | undefined;
    if (m[2]) {
      y = Number(m[3]);
      mo = month(m[2]);
      d = m[1] ? Number(m[1]) : undefined;
    } else if (m[4]) {
      d = Number(m[4]);
      mo = Number(m[5]);
      y = Number(m[6]!.length === 2 ? `20${m[6]}` : m[6]);
    } else {
      y = Number(m[7]);
      mo = Number(m[8]);
      d = Number(m[9]);
    }
    if (mo < 1 || mo > 12 || (d !== undefined && (d < 1 || d > 31))) continue;
    const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d ?? 1).padStart(2, '0')}`;
    if (!isIsoDate(iso)) continue;
    // A month without a day ("July 2024") can mean any day up to its last.
    const latest = d === undefined ? toIsoDate(lastDayOfMonth(new Date(y, mo - 1, 1))) : iso;
    out.push({ index: m.index!, length: m[0].length, iso, latest, partial: d === undefined, text: m[0] });
  }
  // "Summer 2020", "Autumn term 2024": the last day of the season, so a date read from it is never
  // earlier than the document means (an overdue review is overdue whichever day was meant).
  for (const m of text.matchAll(/\b(spring|summer|autumn|winter)(?:\s+term)?\s+((?:19|20)\d\d)\b/gi)) {
    const end = SEASON_END[m[1]!.toLowerCase()]!;
    const iso = `${m[2]}-${end}`;
    out.push({ index: m.index!, length: m[0].length, iso, latest: iso, partial: true, season: true, text: m[0] });
  }
  return out.sort((a, b) => a.index - b.index);
}
