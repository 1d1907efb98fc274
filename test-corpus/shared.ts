import path from 'node:path';
import { ROOT } from '../test/helpers.js';

/** The shared reference folder beside the project (CI has it); POLICYWRIGHT_SHARED points elsewhere. */
export const SHARED = path.resolve(process.env.POLICYWRIGHT_SHARED ?? path.join(ROOT, '../shared'));
export const CORPUS = path.join(SHARED, 'corpus');
