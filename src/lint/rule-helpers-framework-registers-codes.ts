import type { Severity } from '../core/diagnostics.js';
/** Helpers for the framework, registers and codes rules. */
import type { DayVariant } from '../core/model.js';
import { sentences, type ProseBlock } from '../prose/blocks.js';
import type { RuleContext } from './context.js';
import { HISTORICAL_CONTEXT } from './rule-helpers.js';

/** Words that, in a sentence, mean it denies or forbids what a pattern found (e.g. "cannot retrospectively delete"). */
export const NEGATION = /\b(not|never|no|cannot|can't|mustn't|isn't|aren't|won't|don't|doesn't|unlawful|prohibited|instead of|rather than)\b/i;

export interface ProseHit {
  block: ProseBlock;
  match: RegExpMatchArray;
  sentence: string;
  /** The text of the block from the start of the sentence up to the end of the match. */
  lead: string;
}

/**
 * Every match of any of `patterns` (each with the g flag), at most once per sentence, leaving out
 * sentences that describe an old rule ("replaced", "previously") and whatever `skip` rejects.
 * A pattern may name a group `code`: a match counts only when that code is written in capitals,
 * so that "don't" is not read as code T.
 */
export function* proseHits(ctx: RuleContext, patterns: RegExp[], skip: (hit: ProseHit) => boolean = () => false): Generator<ProseHit> {
  const seen = new Set<string>();
  for (const re of patterns) {
    for (const { block, match, sentence } of ctx.matchProse(re)) {
      const code = match.groups?.code;
      if (code !== undefined && code !== code.toUpperCase()) continue;
      const key = `${block.section}\u0000${block.text}\u0000${sentence}`;
      if (seen.has(key)) continue;
      if (HISTORICAL_CONTEXT.test(sentence)) continue;
      const hit = { block, match, sentence, lead: leadOf(block.text, match) };
      if (skip(hit)) continue;
      seen.add(key);
      yield hit;
    }
  }
}

/** The sentence containing the match, up to the end of the match. */
function leadOf(text: string, match: RegExpMatchArray): string {
  const end = match.index! + match[0].length;
  const before = text.slice(0, match.index!);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  return text.slice(start < 0 ? 0 : start + 2, end);
}

/** Report a prose hit, quoting its sentence. */
export function reportHit(ctx: RuleContext, hit: ProseHit, message: string, hint: string, severity?: Severity): void {
  ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, message, { hint, ...(severity ? { severity } : {}) });
}

/** The first sentence of the prose that matches every one of `patterns` (without the g flag). */
export function findSentence(ctx: RuleContext, ...patterns: RegExp[]): { block: ProseBlock; offset: number; length: number } | undefined {
  for (const block of ctx.prose) {
    for (const s of sentences(block.text)) if (patterns.every((p) => p.test(s.text))) return { block, offset: s.offset, length: s.text.length };
  }
  return undefined;
}

/** True when some sentence of the prose matches every one of `patterns` (without the g flag). */
export function someSentence(ctx: RuleContext, ...patterns: RegExp[]): boolean {
  return findSentence(ctx, ...patterns) !== undefined;
}

export interface Reference {
  index: number;
  pointer: string;
  title: string;
  year?: number;
  edition?: string;
  statutory?: boolean;
  kind?: string;
  /** Title and edition, for matching. */
  text: string;
}

/** The policy's references (legislation and guidance it cites). */
export function references(ctx: RuleContext): Reference[] {
  const list = ctx.get('/references');
  if (!Array.isArray(list)) return [];
  return list.flatMap((r: { title?: unknown; year?: unknown; edition?: unknown; statutory?: unknown; kind?: unknown }, index) => {
    if (!r || typeof r.title !== 'string') return [];
    const edition = typeof r.edition === 'string' ? r.edition : undefined;
    return [
      {
        index,
        pointer: `/references/${index}`,
        title: r.title,
        ...(typeof r.year === 'number' ? { year: r.year } : {}),
        ...(edition !== undefined ? { edition } : {}),
        ...(typeof r.statutory === 'boolean' ? { statutory: r.statutory } : {}),
        ...(typeof r.kind === 'string' ? { kind: r.kind } : {}),
        text: `${r.title} ${edition ?? ''}`,
      },
    ];
  });
}

/** Where to place a finding about a stale edition: the year if that is what is stale, else the edition, else the title. */
export function editionPointer(ref: Reference, staleYear: boolean): string {
  if (staleYear && ref.year !== undefined) return `${ref.pointer}/year`;
  if (ref.edition !== undefined) return `${ref.pointer}/edition`;
  return `${ref.pointer}/title`;
}

export interface CodeEntry {
  index: number;
  pointer: string;
  code: string;
  meaning: string;
}

/** The attendance codes the policy lists, with what it says each means. */
export function codesInUse(ctx: RuleContext): CodeEntry[] {
  const list = ctx.get('/codes_in_use');
  if (!Array.isArray(list)) return [];
  return list.flatMap((c: { code?: unknown; meaning?: unknown }, index) =>
    c && typeof c.code === 'string' ? [{ index, pointer: `/codes_in_use/${index}`, code: c.code.trim(), meaning: typeof c.meaning === 'string' ? c.meaning : '' }] : [],
  );
}

/** "Reception at Oakfield Primary School", "Oakfield Primary School", or "the school". */
export function variantName(v: DayVariant): string {
  const school = v.school ? (v.school.short_name ?? v.school.name) : 'the school';
  return v.group ? `${v.group.name} at ${school}` : school;
}

/** The most specific place in a day variant that sets `path` (e.g. "registers/morning/closes"). */
export function setAt(ctx: RuleContext, v: DayVariant, path: string): string | undefined {
  return v.pointers.map((p) => `${p}/${path}`).find((p) => ctx.get(p) !== undefined);
}

/** "9.20am", "09:20", "1.30 pm" → minutes since midnight. */
export function clockMinutes(hours: string, mins: string, suffix: string | undefined): number | undefined {
  let h = Number(hours);
  const m = Number(mins);
  if (h > 23 || m > 59) return undefined;
  const s = suffix?.toLowerCase().replace(/\./g, '');
  if (s === 'pm' && h < 12) h += 12;
  if (s === 'am' && h === 12) h = 0;
  return h * 60 + m;
}

export function hhmm(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A number as a regex alternative of its digits and its word: 6 → "(6|six)". */
export function numberPattern(n: number): string {
  return WORDS[n] ? `(?:${n}|${WORDS[n]})` : String(n);
}

/** "three" → 3, "5" → 5. */
export function numberFrom(text: string): number {
  const i = WORDS.indexOf(text.toLowerCase());
  return i >= 0 ? i : Number(text);
}
