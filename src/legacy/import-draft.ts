import type { Extraction, Fact, Note } from './extract/index.js';
import { sentenceAround } from './extract/fact.js';
import { policyFromFacts, type DraftPolicy } from './policy-from-facts.js';
import { placeIn } from './prose-blocks.js';

/**
 * How directly the document must state a value for import to write it. Below it (a level read only
 * from "we promote 100% attendance", for instance) the value becomes a TODO quoting the sentence.
 * Readings ranked as inferred (a start time read from when lateness begins) stay above it.
 */
export const CONFIDENCE_THRESHOLD = 0.7;

/** A value import writes as it is: not marked as a guess, and stated directly enough. */
export function isSure(f: Fact): boolean {
  return !f.guess && (f.confidence ?? 1) >= CONFIDENCE_THRESHOLD;
}

/**
 * The draft an import writes: only values the document states outright. A value the reader is
 * unsure of (a month without a day, weeks that may not be school weeks, one of several times, any
 * reading below the confidence threshold) is left out and becomes a note, written as a TODO comment
 * saying what was read and quoting the sentence with its line and heading, so a person decides.
 */
export function importDraft(
  file: string,
  { facts, notes }: Extraction,
  unit: 'line' | 'paragraph' = 'line',
): { draft: DraftPolicy; unsure: number } {
  const sure = facts.filter(isSure);
  const surely = new Map<string, Set<Fact['value']>>();
  for (const f of sure) surely.set(f.pointer, (surely.get(f.pointer) ?? new Set()).add(f.value));
  const unsureNotes: Note[] = [];
  let unsure = 0;
  for (const f of facts) {
    if (isSure(f)) continue;
    const stated = surely.get(f.pointer);
    // A weaker reading of a value the document also states outright adds nothing.
    if (!f.guess && stated?.has(f.value)) continue;
    unsure++;
    unsureNotes.push({ pointer: f.pointer, note: unsureNote(f, unit) });
  }
  return { draft: policyFromFacts(file, sure, [...notes, ...unsureNotes]), unsure };
}

function unsureNote(f: Fact, unit: 'line' | 'paragraph'): string {
  const sentence = sentenceAround(f.block.text, f.offset).text.replace(/\s+/g, ' ');
  const quote = sentence.length > 200 ? `${sentence.slice(0, 197)}...` : sentence;
  const why = f.guess ?? `read as ${JSON.stringify(f.value)}, but the document does not state it outright`;
  return `not filled in (${why}). The text says: “${quote}” (${placeIn(f.block, f.offset, unit)})`;
}
