import type { Rule } from '../rule.js';

/** Every rule, in catalogue order. Each lives in its own module. */
export const RULES: Rule[] = [];
