import type { Rule } from './rule.js';

export function formatRuleDoc(rule: Rule): string {
  return rule.meta.id;
}
