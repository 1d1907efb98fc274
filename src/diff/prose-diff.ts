import { diffWords } from 'diff';

export interface WordPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

/** Above this share of changed words (counting both versions), a section counts as "rewritten". */
const REWRITTEN = 0.5;
/** Words kept either side of a change; longer unchanged stretches are shortened with "…". */
const CONTEXT_WORDS = 8;

const wordsOf = (t: string) => t.match(/\S+/g) ?? [];

/** A word-level comparison of two texts, long unchanged stretches shortened with "…". */
export function wordDiff(before: string, after: string): { parts: WordPart[]; rewritten: boolean } {
  const raw = diffWords(before, after);
  let changed = 0;
  const parts: WordPart[] = raw.map((p) => {
    if (p.added || p.removed) changed += wordsOf(p.value).length;
    return { text: p.value, change: p.added ? 'added' : p.removed ? 'removed' : 'same' };
  });
  const total = Math.max(wordsOf(before).length + wordsOf(after).length, 1);
  const shortened = parts.map((p, i) => (p.change === 'same' ? { ...p, text: shorten(p.text, i === 0, i === parts.length - 1) } : p));
  return { parts: shortened, rewritten: changed / total > REWRITTEN };
}

/** Keep the words next to the changes: the end of a leading stretch, the start of a trailing one, both ends of one between. */
function shorten(text: string, first: boolean, last: boolean): string {
  const w = wordsOf(text);
  const keep = (first ? 0 : CONTEXT_WORDS) + (last ? 0 : CONTEXT_WORDS);
  if (w.length <= keep + 2) return text;
  const lead = /^\s/.test(text) ? ' ' : '';
  const trail = /\s$/.test(text) ? ' ' : '';
  const head = first ? [] : w.slice(0, CONTEXT_WORDS);
  const tail = last ? [] : w.slice(w.length - CONTEXT_WORDS);
  return `${lead}${[...head, '…', ...tail].join(' ')}${trail}`;
}
