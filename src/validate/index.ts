import type { Diagnostic } from '../core/diagnostics.js';
import { loadPolicy, type LoadedPolicy, type LoadOptions } from '../load/load-policy.js';
import { validatePolicy } from './validate.js';

export interface CheckedPolicy {
  policy: LoadedPolicy;
  diagnostics: Diagnostic[];
  /** True when the file could not be read at all (not found, a folder, unreadable). */
  unreadable: boolean;
}

/** Load and schema-check one policy file. */
export function checkPolicyFile(file: string, options: LoadOptions = {}): CheckedPolicy {
  const policy = loadPolicy(file, options);
  const unreadable = policy.diagnostics.some((d) => d.ruleId === 'io');
  const diagnostics = policy.diagnostics.length ? policy.diagnostics : validatePolicy(policy);
  return { policy, diagnostics, unreadable };
}
