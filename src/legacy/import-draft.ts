import type { Extraction } from './extract/index.js';
import { sentenceAround } from './extract/fact.js';
import { policyFromFacts, type DraftPolicy } from './policy-from-facts.js';

/**
 * The draft an import writes: only values the document states outright. A value the reader is
 * unsure of (a month without a day, weeks that may not be school weeks, one of several times) is
 * left out and becomes a note, written as a TODO comment quoting the sentence, so a person decides.
 */
export function importDraft(file: string, { facts, notes }: Extraction): { draft: DraftPolicy; unsure: number } {
  const unsure = facts.filter((f) => f.guess);
  const unsureNotes = unsure.map((f) => {
    const sentence = sentenceAround(f.block.text, f.offset).text.replace(/\s+/g, ' ');
    const quote = sentence.length > 200 ? `${sentence.slice(0, 197)}...` : sentence;
    return { pointer: f.pointer, note: `not filled in (${f.guess}). The text says: “${quote}” (line ${f.block.at(f.offset).line})` };
  });
  return {
    draft: policyFromFacts(
      file,
      facts.filter((f) => !f.guess),
      [...notes, ...unsureNotes],
    ),
    unsure: unsure.length,
  };
}
