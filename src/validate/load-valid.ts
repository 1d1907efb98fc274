import { displayPath } from '../core/files.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { LoadedPolicy, LoadOptions } from '../load/load-policy.js';
import { checkPolicyFile } from './index.js';

export type ValidPolicy = { ok: true; loaded: LoadedPolicy } | { ok: false; unreadable: boolean; diagnostics: Diagnostic[] };

/** Load a policy and check it against the schema; only a valid policy can be exported, compared or reported. */
export function loadValidPolicy(file: string, options: LoadOptions = {}): ValidPolicy {
  const { policy, diagnostics, unreadable } = checkPolicyFile(file, options);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return { ok: true, loaded: policy };
  return { ok: false, unreadable, diagnostics: errors };
}

/** One line for a user: why the file cannot be used, and how to see every problem. */
export function invalidPolicyMessage(file: string, diagnostics: Diagnostic[]): string {
  const first = diagnostics[0];
  const where = first ? `${displayPath(first.file)}:${first.line}: ${first.message.replace(/\.$/, '')}` : displayPath(file);
  const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more problem${diagnostics.length > 2 ? 's' : ''})` : '';
  return `${displayPath(file)} cannot be used until it is valid: ${where}${more}. Run \`policywright validate ${displayPath(file)}\` to see every problem.`;
}
