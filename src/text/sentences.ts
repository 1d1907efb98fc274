import { memo } from '../prose/match-cache.js';
import { TEXTS_REMEMBERED, TextCache } from './text-cache.js';

/** A sentence of a text, with where it starts. */
export interface Sentence {
  text: string;
  offset: number;
}

/**
 * Where one sentence ends and the next begins: a full stop, ! or ? followed by space and a capital,
 * a digit or an opening quote or bracket. "9.00am", "e.g. the" and "office@school.sch.uk" are not
 * boundaries, nor is the stop of a short abbreviation ("e.g.", "i.e.", "Mr.", "No.") before a capital.
 */
const BOUNDARY = /(?<=[.!?])\s+(?=[A-Z0-9"“‘([])/g;
const ABBREVIATION = /(?:^|[^A-Za-z])(?:e\.g|i\.e|etc|Mrs?|Ms|Dr|No|vs|St)\.$/i;

const table = new TextCache<string, Sentence[]>(TEXTS_REMEMBERED);

/** The sentences of a text with their offsets: the one splitter of lint, report and legacy readers. */
export function sentences(text: string): Sentence[] {
  return memo(table, text, split);
}

function split(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) out.push({ text: raw.trim(), offset: start + lead });
  };
  for (const m of text.matchAll(BOUNDARY)) {
    if (ABBREVIATION.test(text.slice(Math.max(0, m.index! - 6), m.index!))) continue;
    push(m.index!);
    start = m.index! + m[0].length;
  }
  push(text.length);
  return out;
}

/** The sentence holding `offset`, whole, with its start. */
export function sentenceAround(text: string, offset: number): Sentence {
  const all = sentences(text);
  let lo = 0;
  let hi = all.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.offset <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return all[found] ?? all[0] ?? { text, offset: 0 };
}

/** The sentence around `offset` as a finding quotes it: spaces made single, at most 240 characters. */
export function quoteAt(text: string, offset: number): string {
  const s = sentenceAround(text, offset).text.replace(/\s+/g, ' ');
  return s.length > 240 ? `${s.slice(0, 237)}...` : s;
}
