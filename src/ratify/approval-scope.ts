import path from 'node:path';
import { loadPolicy, type LoadedPolicy } from '../load/load-policy.js';
import type { ParsedSource } from '../load/source.js';
import { policyFingerprint, recordedApproval, type RecordedApproval } from './fingerprint.js';

/**
 * What the approval a policy records is an approval of, and whether that has changed since.
 * - `own`: recorded in the policy's own file, it covers the whole policy as it is now.
 * - `trust`: the policy takes its whole approval record from a file it extends (a trust base):
 *   it says it was approved by the board that approved that file, so the board that approves the
 *   trust's policy approves this school's, and what that board approved is that file's policy.
 * - `ownNotRecorded`: the school's file gives its own approval (a date, body or minute), but the
 *   fingerprint comes from the file it extends: the school's approval itself was never recorded.
 */
export type ApprovalScope =
  | { kind: 'own'; approval: RecordedApproval; changed: boolean }
  | { kind: 'trust'; approval: RecordedApproval; file: string; changed: boolean }
  | { kind: 'ownNotRecorded'; approval: RecordedApproval; file: string };

/** The fields that say who approved a policy and when (as opposed to the fingerprint of what). */
const WHO_AND_WHEN = ['approved_on', 'approved_by', 'approval_minute'] as const;

export function approvalScope(loaded: LoadedPolicy): ApprovalScope | null {
  const approval = recordedApproval(loaded.data);
  if (!approval) return null;
  const recordedIn = loaded.origins.get('/document/approved_fingerprint')?.file;
  if (!recordedIn || path.resolve(recordedIn) === path.resolve(loaded.file))
    return { kind: 'own', approval, changed: policyFingerprint(loaded.data) !== approval.fingerprint };
  const givesOwn = WHO_AND_WHEN.some((field) => {
    const at = loaded.origins.get(`/document/${field}`)?.file;
    return at !== undefined && path.resolve(at) !== path.resolve(recordedIn);
  });
  if (givesOwn) return { kind: 'ownNotRecorded', approval, file: recordedIn };
  return { kind: 'trust', approval, file: recordedIn, changed: fingerprintOf(recordedIn, loaded) !== approval.fingerprint };
}

/** Fingerprints of trust bases by their parsed text: a run with a thousand schools works each out once. */
const fingerprints = new WeakMap<ParsedSource, { chain: ParsedSource[]; fingerprint: string }>();

/** The fingerprint of `file` as a policy of its own (as `ratify` took it), from the texts already read. */
function fingerprintOf(file: string, loaded: LoadedPolicy): string {
  const byPath = new Map([...loaded.sources].map(([f, s]) => [path.resolve(f), s]));
  const source = byPath.get(path.resolve(file));
  const known = source && fingerprints.get(source);
  if (known && known.chain.every((s) => byPath.get(path.resolve(s.file)) === s)) return known.fingerprint;
  const base = loadPolicy(file, { cache: byPath, projectRoot: loaded.projectRoot });
  const fingerprint = policyFingerprint(base.data);
  if (source) fingerprints.set(source, { chain: [...base.sources.values()], fingerprint });
  return fingerprint;
}
