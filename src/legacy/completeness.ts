import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { packagePath } from '../core/schema-files.js';
import type { LegacyBlock } from './prose-blocks.js';

/** The vocabulary of a complete policy (vocabulary/policy-parts.yaml). */
interface PartsVocabulary {
  complete_min_parts: number;
  complete_min_words: number;
  excerpt_markers: string[];
  parts: Record<string, string[]>;
}

let vocabulary: { minParts: number; minWords: number; markers: RegExp[]; parts: Array<[string, RegExp[]]> } | undefined;

function load(): NonNullable<typeof vocabulary> {
  if (!vocabulary) {
    const v = parse(readFileSync(packagePath('vocabulary', 'policy-parts.yaml'), 'utf8')) as PartsVocabulary;
    vocabulary = {
      minParts: v.complete_min_parts,
      minWords: v.complete_min_words,
      markers: v.excerpt_markers.map((m) => new RegExp(m, 'i')),
      parts: Object.entries(v.parts).map(([name, res]) => [name, res.map((r) => new RegExp(r, 'i'))]),
    };
  }
  return vocabulary;
}

export interface Completeness {
  complete: boolean;
  /** The usual parts of a policy the document talks about, and those it does not. */
  present: string[];
  missing: string[];
  /** Why the document is taken as an excerpt (empty when complete). */
  reasons: string[];
}

/**
 * Whether a document looks like a whole policy: it talks about most of the usual parts, is long
 * enough, and does not end with an excerpt marker ("[…]") or in the middle of a sentence. Only
 * then is "the document does not say X" a fair finding.
 */
export function completeness(blocks: LegacyBlock[]): Completeness {
  const v = load();
  const present = v.parts.filter(([, res]) => blocks.some((b) => res.some((re) => re.test(b.text)))).map(([name]) => name);
  const missing = v.parts.map(([name]) => name).filter((n) => !present.includes(n));
  let words = 0;
  for (const b of blocks) words += b.text.split(/\s+/).length;
  const last =
    [...blocks]
      .reverse()
      .find((b) => b.kind !== 'tableCell')
      ?.text.trim() ?? '';
  const reasons: string[] = [];
  if (present.length < v.minParts) reasons.push(`it covers ${present.length} of the ${v.parts.length} usual parts of a policy`);
  if (words < v.minWords) reasons.push(`it is ${words} words long`);
  if (v.markers.some((m) => m.test(last)) || blocks.slice(0, 3).some((b) => /\b(?:extract|excerpt)\b/i.test(b.text)))
    reasons.push('it is marked as an extract');
  else if (last && endsMidSentence(last)) reasons.push('it ends in the middle of a sentence');
  return { complete: reasons.length === 0, present, missing, reasons };
}

/** A last paragraph that stops without a closing mark after ordinary words (not a heading or a date line). */
function endsMidSentence(text: string): boolean {
  return text.split(/\s+/).length > 6 && /[a-z,;:(–-]$/.test(text);
}
