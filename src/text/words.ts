import { syllable as countSyllables } from 'syllable';
import { TextCache } from './text-cache.js';

/** Plain-English list: "a, b and c". */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Words repeat across sections and policies: count each once. */
const syllableCounts = new TextCache<string, number>(5000);

/** Syllables in a word, counted by the `syllable` package (the counter retext-readability uses). */
export function syllables(word: string): number {
  return syllableCounts.remember(word, countSyllables);
}
