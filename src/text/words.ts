import { syllable as countSyllables } from 'syllable';

/** Plain-English list: "a, b and c". */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Words repeat across sections and policies: count each once. */
const syllableCounts = new Map<string, number>();

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
