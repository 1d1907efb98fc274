import { codeTable } from '../law/index.js';
import type { Policy } from '../types/policy.js';
import type { CodeCategory, ExportCode } from './types.js';

/**
 * The codes the policy uses, in its order, each with how it counts in national statistics.
 * The code table is the 2024 set; a code it does not know is `removed` (a pre-2024 code such as H)
 * or `not_national` (a school's own code), with no category.
 */
export function exportCodes(policy: Policy): ExportCode[] {
  const table = codeTable();
  return (policy.codes_in_use ?? []).map((c) => {
    const national = Object.hasOwn(table.codes, c.code) ? table.codes[c.code] : undefined;
    const status = national ? 'national' : Object.hasOwn(table.removed, c.code) ? 'removed' : 'not_national';
    return { code: c.code, meaning: c.meaning ?? null, category: (national?.category as CodeCategory | undefined) ?? null, status };
  });
}
