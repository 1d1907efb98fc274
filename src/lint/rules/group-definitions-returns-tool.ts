import type { Rule } from '../rule.js';

/** Rules of this group, in catalogue order. */
export const GROUP: Rule[] = [];
