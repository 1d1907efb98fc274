import type { Rule } from './rule.js';
import { RULES } from './rules/index.js';

export function allRules(): Rule[] {
  return RULES;
}

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
