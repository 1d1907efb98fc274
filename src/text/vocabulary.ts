/**
 * Words whose presence in a sentence changes what a phrase in it means. One list of each, shared by
 * every rule and by the legacy readers.
 */

/** Words that deny, forbid or limit what the sentence mentions ("should not", "never", "cannot", "instead of"). */
export const NEGATION =
  /\b(not|never|no|cannot|can't|won't|shouldn't|mustn't|isn't|aren't|don't|doesn't|without|unable|unlawful|prohibited|instead of|rather than)\b/i;

/** Words that, in the same sentence, mean the text is describing an old rule, not applying it. */
export const HISTORICAL_CONTEXT = /\b(replac\w*|revok\w*|supersed\w*|previous\w*|formerly|used to|no longer|was changed|old)\b/i;

/** Penalty notices for an excluded pupil in a public place are a separate regime (see pn-excluded-pupil-public-place). */
export const EXCLUSION_CONTEXT = /\b(public place|exclu\w+|suspen\w+)\b/i;

/** A sentence quoting statistics ("20% of pupils", "the national rate") rather than setting a rule. */
export const STATISTIC_CONTEXT =
  /\b(rates?|nationally|national\s+average|averages?|statistics?|figures?)\b|%\s+of\s+(all\s+)?(pupils|children|students|young\s+people|schools)/i;

/** True when the words just before `index`, in the same clause, negate what follows ("will not authorise", "no third ..."). */
export function negatedBefore(text: string, index: number, window = 40): boolean {
  const clause =
    text
      .slice(Math.max(0, index - window), index)
      .split(/[.,;:!?]/)
      .pop() ?? '';
  return /\b(no|not|never|cannot|can't|won't|nor)\b/i.test(clause);
}

/** Text introducing an example, just before a match ("(e.g. 4 sessions ..."). */
export function introducesExample(text: string, index: number): boolean {
  return /(e\.g\.?|for example|such as|\()\s*$/i.test(text.slice(Math.max(0, index - 16), index));
}

/** Is this about penalty notices (by its name, actions or letter)? */
export function mentionsPenalty(text: string): boolean {
  return /\b(penalt\w*|fines?|FPNs?)\b/i.test(text);
}
