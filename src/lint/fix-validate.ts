import path from 'node:path';
import { displayPath } from '../core/files.js';
import { parsePolicyText, type ParsedSource } from '../load/source.js';
import { checkPolicyFile } from '../validate/index.js';

/**
 * Load every policy that reads a changed file, with the changed texts in place of the files, and
 * validate it. Returns, for each changed file that would leave a policy invalid, why.
 */
export function checkFixedPolicies(
  results: Array<{ file: string; after: string }>,
  policiesOf: Map<string, Set<string>>,
): Map<string, string> {
  const changed = new Map<string, ParsedSource>();
  for (const r of results) changed.set(path.resolve(r.file), parsePolicyText(r.file, r.after));
  const invalid = new Map<string, string>();
  for (const r of results) {
    for (const policy of policiesOf.get(r.file) ?? []) {
      // A fresh copy of the changed texts each time: the loader adds the files it reads to the cache.
      const { diagnostics } = checkPolicyFile(policy, { cache: new Map(changed) });
      const error = diagnostics.find((d) => d.severity === 'error');
      if (error) {
        invalid.set(r.file, `with this change ${displayPath(policy)} would no longer be a valid policy (${error.message})`);
        break;
      }
    }
  }
  return invalid;
}
