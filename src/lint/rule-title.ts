import { textAt } from '../law/law-text.js';
import type { RuleMeta } from './rule.js';

/** A rule's title as it reads on `asOf`: the legal values it states are the ones in force then. */
export function ruleTitle(meta: Pick<RuleMeta, 'title'>, asOf?: string): string {
  return textAt(meta.title, asOf);
}
