import { todayIso } from '../core/dates.js';
import { formatLawValue } from './changes.js';
import { lawHistory, lawKeys, lawParameter, lawValue, type LawKey } from './law.js';
import { groupedNumber } from '../text/numbers.js';

/** `{key}`, `{key|number}` (the bare number) or `{key|was}` (the value before the one in force). */
const PLACEHOLDER = /\{([a-z0-9_.]+)(?:\|(number|was))?\}/g;

/**
 * Text that states legal values (a rule's title), kept as its template and filled in at the date
 * in use (`at(asOf)`), so `lint --as-of 2024-06-01` and `explain --as-of` show the values of then.
 */
export class LawText {
  constructor(readonly template: string) {
    // An unknown key is a mistake in the rule: found when the rule is loaded, not when it is shown.
    for (const m of template.matchAll(PLACEHOLDER))
      if (!(lawKeys() as string[]).includes(m[1]!)) throw new Error(`Unknown legal parameter "${m[1]}" in "${template}".`);
  }

  at(asOf: string): string {
    return fill(this.template, asOf);
  }

  /** Whether every value the text states (and every earlier value it names) is in force on `asOf`. */
  inForceOn(asOf: string): boolean {
    return [...this.template.matchAll(PLACEHOLDER)].every(([, key, form]) => {
      const current = lawValue(key as LawKey, asOf);
      const value = form === 'was' ? previousValue(key as LawKey, current?.since) : current?.value;
      return value !== undefined && value !== null;
    });
  }
}

/** A plain text, or a text with legal values, as it reads on `asOf` (default: today). */
export function textAt(text: string | LawText, asOf: string = todayIso()): string {
  return typeof text === 'string' ? text : text.at(asOf);
}

/**
 * Text that states legal values, with each value written as a placeholder and filled from the law
 * data in force on `asOf`, so a changed value needs no change to the text:
 * "First penalty notice: {penalty_notice.first.discounted}" → "First penalty notice: £80".
 * Without a date it gives the text to fill in later, at the date in use (a rule's title).
 */
export function lawText(template: string): LawText;
export function lawText(template: string, asOf: string): string;
export function lawText(template: string, asOf?: string): string | LawText {
  const text = new LawText(template);
  return asOf === undefined ? text : text.at(asOf);
}

function fill(template: string, asOf: string): string {
  return template.replace(PLACEHOLDER, (_all, key: string, form: 'number' | 'was' | undefined) => {
    const k = key as LawKey;
    const current = lawValue(k, asOf);
    const value = form === 'was' ? previousValue(k, current?.since) : current?.value;
    if (form === 'number' && typeof value === 'number') return groupedNumber(value);
    return formatLawValue(value as number | boolean | null | undefined, lawParameter(k).unit);
  });
}

function previousValue(key: LawKey, since: string | undefined): number | boolean | null | undefined {
  const before = lawHistory(key).filter((e) => since !== undefined && e.since < since && e.value !== null);
  return before[before.length - 1]?.value;
}
