import { todayIso } from '../core/dates.js';
import { textAt } from '../law/law-text.js';
import type { RuleMeta } from './rule.js';

/**
 * A rule's title as it reads on `asOf` (default today): the legal values it states are the ones in
 * force then. Before a rule's values existed (a limit brought in in 2024, shown for an earlier
 * date), it states them as they are from when the rule applies, never "not in force".
 */
export function ruleTitle(meta: Pick<RuleMeta, 'title' | 'effectiveFrom'>, asOf: string = todayIso()): string {
  const title = meta.title;
  if (typeof title === 'string' || title.inForceOn(asOf)) return textAt(title, asOf);
  return title.at(asOf < meta.effectiveFrom ? meta.effectiveFrom : asOf);
}
