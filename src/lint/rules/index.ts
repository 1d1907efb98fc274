import type { Rule } from '../rule.js';
import { GROUP as definitionsReturnsTool } from './group-definitions-returns-tool.js';
import { GROUP as frameworkRegistersCodes } from './group-framework-registers-codes.js';
import { GROUP as leaveContentPenaltiesLaw } from './group-leave-content-penalties-law.js';
import { rule as schema } from './schema.js';

/** Every rule, in catalogue order. Each lives in its own module; groups list them. */
export const RULES: Rule[] = [...frameworkRegistersCodes, ...leaveContentPenaltiesLaw, ...definitionsReturnsTool, schema];
