import type { Rule } from '../rule.js';
import { rule as pnAmountsFirstNotice } from './pn-amounts-first-notice.js';

/** Rules of this group, in catalogue order. */

export const GROUP: Rule[] = [pnAmountsFirstNotice];
