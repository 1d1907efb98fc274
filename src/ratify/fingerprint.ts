import { createHash } from 'node:crypto';
import { sortKeys } from '../export/canonical.js';
import type { Policy } from '../types/policy.js';

/** The fields `ratify` writes: they record the approval, so they are not part of what was approved. */
export const APPROVAL_FIELDS = ['status', 'approved_on', 'approved_by', 'approval_minute', 'approved_fingerprint'] as const;

/**
 * A fingerprint of what the board approves: the policy's data and text after inheriting from the
 * trust base (so a change in the base changes every school's fingerprint), with keys in a fixed
 * order (so reordering or reformatting the YAML, or moving comments, does not count as a change).
 */
export function policyFingerprint(data: Policy): string {
  const document = { ...(data.document ?? {}) } as Record<string, unknown>;
  for (const field of APPROVAL_FIELDS) delete document[field];
  const content = { ...data, document };
  return `sha256:${createHash('sha256')
    .update(JSON.stringify(sortKeys(content)))
    .digest('hex')}`;
}

/** The approval the policy records, if `ratify` wrote one. */
export interface RecordedApproval {
  on: string | null;
  by: string | null;
  minute: string | null;
  fingerprint: string;
}

export function recordedApproval(data: Policy): RecordedApproval | null {
  const doc = data.document;
  if (doc?.status !== 'approved' || typeof doc.approved_fingerprint !== 'string') return null;
  return {
    on: doc.approved_on ?? null,
    by: doc.approved_by ?? null,
    minute: doc.approval_minute ?? null,
    fingerprint: doc.approved_fingerprint,
  };
}
