import type { Policy } from '../types/policy.js';

/**
 * Whether a policy may be published as it is. A policy is a draft when its status says so, when
 * nobody has approved it yet, or when it still fails the law check; every page of a draft carries
 * a "DRAFT" mark, so an unfinished document never looks finished.
 */
export interface DraftReason {
  code: 'status-draft' | 'not-approved' | 'lint-errors';
  /** Why, for the person building it and for the banner in the document. */
  message: string;
}

export interface DraftFacts {
  /** Lint errors the policy still has (not warnings, not excepted ones). */
  lintErrors?: number;
}

/** Every reason the policy is a draft; none means it can be published. */
export function draftReasons(policy: Policy, facts: DraftFacts = {}): DraftReason[] {
  const doc = policy.document ?? {};
  const reasons: DraftReason[] = [];
  if (doc.status === 'draft') reasons.push({ code: 'status-draft', message: 'its status is draft (document.status)' });
  else if (!doc.approved_on) {
    reasons.push({ code: 'not-approved', message: 'it has no approval date yet (document.approved_on)' });
  }
  const n = facts.lintErrors ?? 0;
  if (n > 0) reasons.push({ code: 'lint-errors', message: `it has ${n} lint error${n === 1 ? '' : 's'}` });
  return reasons;
}

export function isDraft(policy: Policy, facts: DraftFacts = {}): boolean {
  return draftReasons(policy, facts).length > 0;
}

/** "its status is draft and it has 3 lint errors". */
export function describeDraft(reasons: DraftReason[]): string {
  const list = reasons.map((r) => r.message);
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}
