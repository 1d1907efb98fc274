/** Helpers for the leave, policy-content, penalty-notice and law rules. */
import type { ProseBlock } from '../prose/blocks.js';
import type { RuleContext } from './context.js';

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, twenty: 20,
};

/** A small count written in digits or words, for use inside a regex. */
export const NUM = `(\\d{1,2}|${Object.keys(WORDS).join('|')})`;

/** "6" or "six" → 6. */
export function toNumber(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const t = s.toLowerCase();
  return /^\d+$/.test(t) ? Number(t) : WORDS[t];
}

/** True when the words just before `index`, in the same clause, negate what follows ("will not authorise", "no third ..."). */
export function negatedBefore(text: string, index: number, window = 40): boolean {
  const clause = text.slice(Math.max(0, index - window), index).split(/[.,;:!?]/).pop() ?? '';
  return /\b(no|not|never|cannot|can't|won't|nor)\b/i.test(clause);
}

/** Words that, in a sentence, mean it denies or limits something rather than asserting it. */
export const NEGATION = /\b(no|not|never|cannot|can't|won't|unable)\b/i;

/** Text introducing an example, just before a match ("(e.g. 4 sessions ..."). */
export function introducesExample(text: string, index: number): boolean {
  return /(e\.g\.?|for example|such as|\()\s*$/i.test(text.slice(Math.max(0, index - 16), index));
}

/** The first of `pointers` that holds a value, else the last one (for reporting a missing item at its parent). */
export function firstPresent(ctx: RuleContext, pointers: string[]): string {
  return pointers.find((p) => ctx.get(p) !== undefined) ?? pointers[pointers.length - 1] ?? '';
}

/** The pointer of the section body a prose block came from (undefined for legacy documents in audit). */
export function bodyPointer(ctx: RuleContext, block: ProseBlock): string | undefined {
  const section = ctx.sections.find((s) => s.blocks.includes(block));
  return section ? `/sections/${section.index}/body` : undefined;
}

/** Does any prose block mention this? */
export function proseMentions(ctx: RuleContext, re: RegExp): boolean {
  return ctx.prose.some((b) => re.test(b.text));
}

/** True when every school is of a type the leave and penalty regulations do not bind directly. */
export function allSchoolsOfType(ctx: RuleContext, types: string[]): boolean {
  const schools = ctx.policy.schools ?? [];
  return schools.length > 0 && schools.every((s) => s.type !== undefined && types.includes(s.type));
}

/** Plain-English list: "a, b and c". */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Is this stage about penalty notices (by its name, actions or letter)? */
export function mentionsPenalty(text: string): boolean {
  return /\b(penalt\w*|fines?|FPNs?)\b/i.test(text);
}

/** "up to 10 days ... holiday/leave": the allowance removed in 2013 (owned by loa-permitted-circumstances). */
export const UP_TO_TEN_DAYS = /\bup\s+to\s+(?:10|ten)\s+(?:school\s+)?days[^.]{0,60}\b(?:holidays?|leave)\b/gi;

/** "prosecuted for non-payment": the prosecution is for the attendance offence (pn-non-payment; law-prosecution-time-limit skips these). */
export const PROSECUTED_FOR_NON_PAYMENT = /\bprosecut\w*\s+(?:\w+\s+){0,2}for\s+(?:the\s+)?(?:non[- ]?payment|failure\s+to\s+pay|not\s+paying)\b/gi;

/** A trust base: names the trust but lists no schools; each academy's file adds its own times and contacts. */
export function isTrustBase(ctx: RuleContext): boolean {
  return Boolean(ctx.policy.trust) && (ctx.policy.schools ?? []).length === 0;
}

/** True once the 2024 statutory guidance applies on the as-of date (its expectations and terms start then). */
export function statutoryGuidanceInForce(ctx: RuleContext): boolean {
  return ctx.law('guidance.working_together.statutory')?.value === true;
}

/**
 * Does one sentence of the prose match every pattern? Used by the policy-content rules so that a topic the
 * text covers (for example a legacy document in audit, whose facts were only partly extracted) is not
 * reported as missing.
 */
export function someSentence(ctx: RuleContext, ...patterns: RegExp[]): boolean {
  // Split only where a stop is followed by a space, so "9.00am" and "e.g." stay inside their sentence.
  return ctx.prose.some((b) => b.text.split(/(?<=[.!?])\s+/).some((s) => patterns.every((re) => re.test(s))));
}

/** Where the guidance lists what an attendance policy should contain (shared by the policy-content rules). */
export const POLICY_LIST_CITATION = {
  source: 'Working together to improve school attendance (2024)',
  paragraph: 'chapter 2, what the attendance policy should contain (approximate)',
  url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
};

/** The facts the policy-content rules share: in force from 2024, and known only from restatements. */
export const POLICY_LIST_FACTS = {
  effectiveFrom: '2024-08-19',
  confidence: 'medium',
  confidenceNote: 'The list of what the policy should contain comes from secondary restatements of the guidance.',
  fixable: false,
} as const;
