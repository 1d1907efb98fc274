import type { Severity } from '../core/diagnostics.js';
import type { ProseBlock } from '../prose/blocks.js';
import { intern, matchesIn, memo } from '../prose/match-cache.js';
import { sentenceAround, sentences } from '../text/sentences.js';
import { HISTORICAL_CONTEXT } from '../text/vocabulary.js';
import { TEXTS_REMEMBERED, TextCache } from '../text/text-cache.js';
import { maskDataRefs, type RuleContext } from './context.js';

/** A phrase found in the prose: the block, the match, its sentence, and the sentence up to the end of the match. */
export interface ProseHit {
  block: ProseBlock;
  match: RegExpMatchArray;
  sentence: string;
  lead: string;
}
export type Hit = ProseHit;

export interface HitOptions {
  /** Read the text with `{{data references}}` blanked out (they agree with the data by construction). */
  masked?: boolean;
  /** Give every match, not only the first of each sentence. */
  everyMatch?: boolean;
  /** What marks a sentence as describing an old rule (default HISTORICAL_CONTEXT). */
  history?: RegExp;
}

/**
 * The one way rules find a phrase in the prose: every match of any of `patterns` (each with the g
 * flag), leaving out sentences that describe an old rule ("replaced", "previously") and whatever
 * `skip` rejects; by default at most once per sentence. A pattern may name a group `code`: a match
 * counts only when that code is written in capitals, so that "don't" is not read as code T.
 */
export function* proseHits(
  ctx: RuleContext,
  patterns: RegExp[],
  skip: (hit: ProseHit) => boolean = () => false,
  options: HitOptions = {},
): Generator<ProseHit> {
  // Sentences already given, by section and block text (keyed by the text itself, whose hash is kept,
  // not by a new string made from it, which would cost the text's length at every match).
  const seen = new Map<string, Map<string, Set<number>>>();
  for (const re of patterns) {
    for (const block of ctx.proseMatching(re, options.masked)) {
      const text = options.masked ? maskedText(block.text) : block.text;
      for (const match of matchesIn(text, re)) {
        const code = match.groups?.code;
        if (code !== undefined && code !== code.toUpperCase()) continue;
        const s = sentenceAround(text, match.index!);
        const done = options.everyMatch ? undefined : sentencesSeen(seen, block);
        if (done?.has(s.offset)) continue;
        if ((options.history ?? HISTORICAL_CONTEXT).test(s.text)) continue;
        const hit = { block, match, sentence: s.text, lead: text.slice(s.offset, match.index! + match[0].length) };
        if (skip(hit)) continue;
        done?.add(s.offset);
        yield hit;
      }
    }
  }
}

/** Every match (not one per sentence) with data references blanked out: the numbers and times rules read. */
export function proseMatches(ctx: RuleContext, patterns: RegExp[], skip: (hit: ProseHit) => boolean = () => false): Generator<ProseHit> {
  return proseHits(ctx, patterns, skip, { masked: true, everyMatch: true });
}

/** Report a prose hit, quoting its sentence. */
export function reportHit(ctx: RuleContext, hit: ProseHit, message: string, hint: string, severity?: Severity): void {
  ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, message, { hint, ...(severity ? { severity } : {}) });
}

/** The first sentence of the prose that matches every one of `patterns` (without the g flag). */
export function findSentence(ctx: RuleContext, ...patterns: RegExp[]): { block: ProseBlock; offset: number; length: number } | undefined {
  for (const block of ctx.proseMatchingAll(patterns)) {
    for (const s of sentences(block.text))
      if (patterns.every((p) => p.test(s.text))) return { block, offset: s.offset, length: s.text.length };
  }
  return undefined;
}

/** True when some sentence of the prose matches every one of `patterns` (without the g flag). */
export function someSentence(ctx: RuleContext, ...patterns: RegExp[]): boolean {
  return findSentence(ctx, ...patterns) !== undefined;
}

/** Does any prose block mention this? */
export function proseMentions(ctx: RuleContext, re: RegExp): boolean {
  return ctx.proseMatching(re).some((b) => re.test(b.text));
}

function sentencesSeen(seen: Map<string, Map<string, Set<number>>>, block: ProseBlock): Set<number> {
  let bySection = seen.get(block.section);
  if (!bySection) seen.set(block.section, (bySection = new Map()));
  let set = bySection.get(block.text);
  if (!set) bySection.set(block.text, (set = new Set()));
  return set;
}

/** The text with `{{data references}}` blanked out, made once per text (and interned, so the match and sentence caches find it fast). */
function maskedText(text: string): string {
  return text.includes('{{') ? memo(masked, text, (t) => intern(maskDataRefs(t))) : text;
}
const masked = new TextCache<string, string>(TEXTS_REMEMBERED);
