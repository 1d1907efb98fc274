import { createHash } from 'node:crypto';
import type { LoadedPolicy } from '../load/load-policy.js';

/**
 * sha256 of the policy as written: the text of every file in the `extends` chain, base first,
 * each preceded by its length in bytes and a newline so that file boundaries cannot shift.
 * A change in the trust base therefore changes the hash of every school that extends it,
 * while moving the folder or re-exporting does not.
 */
export function policyContentHash(loaded: LoadedPolicy): string {
  const hash = createHash('sha256');
  for (const file of loaded.chain) {
    const text = Buffer.from(loaded.sources.get(file)?.text ?? '', 'utf8');
    hash.update(`${text.length}\n`);
    hash.update(text);
  }
  return hash.digest('hex');
}
