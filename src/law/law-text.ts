import { todayIso } from '../core/dates.js';
import { formatLawValue } from './changes.js';
import { lawHistory, lawKeys, lawParameter, lawValue, type LawKey } from './law.js';
import { groupedNumber } from '../text/numbers.js';

/** `{key}`, `{key|number}` (the bare number) or `{key|was}` (the value before the one in force). */
const PLACEHOLDER = /\{([a-z0-9_.]+)(?:\|(number|was))?\}/g;

/**
 * Text that states legal values (a rule's title), with each value written as a placeholder and
 * filled from the law data in force on `asOf`, so a changed value needs no change to the text:
 * "First penalty notice: {penalty_notice.first.discounted}" → "First penalty notice: £80".
 */
export function lawText(template: string, asOf: string = todayIso()): string {
  return template.replace(PLACEHOLDER, (_all, key: string, form: 'number' | 'was' | undefined) => {
    if (!(lawKeys() as string[]).includes(key)) throw new Error(`Unknown legal parameter "${key}" in "${template}".`);
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
