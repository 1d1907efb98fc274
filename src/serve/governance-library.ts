import { UserError } from '../core/diagnostics.js';
import { isDraft } from '../core/draft.js';
import { diffSinceRatified } from '../diff/index.js';
import { loadPolicy } from '../load/load-policy.js';
import { approvalScope, ratifyPolicy, type RecordedApproval } from '../ratify/index.js';
import { displayPath } from '../core/files.js';
import { formatDate, nameInSentence } from '../render/format.js';
import { approvalInWords } from './approval-words.js';
import type { Governance, GovernanceStatus, Ratification } from './governance.js';
import { RequestError } from './project.js';
import { readForEdit, STALE_MESSAGE } from './save.js';

/**
 * Governance over the library's own approval record: `policywright ratify` writes status, date, body,
 * minute and a content fingerprint into the policy's `document` fields, and `diff --since-ratified`
 * finds the approved version in the project's git history. The app and the command line agree.
 */
export function libraryGovernance(): Governance {
  return {
    source: 'Approvals are written into the policy file itself, as policywright ratify writes them, so the app and the command line agree.',
    status(loaded): GovernanceStatus {
      // The same judgement as lint's: a school covered by its trust base's approval has changed when the base has.
      const scope = approvalScope(loaded);
      if (scope && scope.kind !== 'ownNotRecorded') {
        const ratified = ratification(scope.approval);
        const on = scope.approval.on ? ` on ${formatDate(scope.approval.on)}` : '';
        if (!scope.changed) return { state: 'approved', label: `Approved${on}${byWhom(scope.approval.by)}`, ratified };
        const where = scope.kind === 'trust' ? ` (the change is in the trust base, ${displayPath(scope.file)})` : '';
        return { state: 'changed', label: `Changed since it was approved${on}${where}`, ratified };
      }
      // Approved by date and body (as `build` prints it) but never recorded with `ratify`: nothing to compare later edits with.
      const doc = loaded.data.document;
      if (doc?.approved_on && !isDraft(loaded.data))
        return {
          state: 'approved',
          label: `Approved on ${formatDate(doc.approved_on)}${byWhom(doc.approved_by)} (record the approval here to track later changes)`,
        };
      return { state: 'draft', label: 'Draft: not yet approved' };
    },
    changesSinceRatified(loaded) {
      const scope = approvalScope(loaded);
      if (!scope || scope.kind === 'ownNotRecorded')
        return {
          changes: [],
          note: scope
            ? 'Only the trust base’s approval has been recorded, not this school’s own, so there is no approved version of this policy to compare with. Record the board’s approval below to start tracking changes.'
            : 'No approval has been recorded here yet, so there is no approved version to compare with. Record the board’s approval below to start tracking changes.',
        };
      const since = ratification(scope.approval);
      if (!scope.changed) return { since, changes: [] };
      const file = scope.kind === 'trust' ? scope.file : loaded.file;
      try {
        const diff = diffSinceRatified(file, { projectRoot: loaded.projectRoot });
        return {
          since,
          changes: diff.topics.flatMap((t) => t.changes.map((c) => ({ what: c.text }))),
          ...(scope.kind === 'trust'
            ? { note: `The changes are in the trust base (${displayPath(scope.file)}), whose approval this policy takes.` }
            : {}),
        };
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        return {
          since,
          changes: [],
          note: `The policy has changed since it was approved, but the approved version could not be found to list the changes (${e.message})`,
        };
      }
    },
    ratify(file, input, expectedHash, project) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) throw new RequestError(400, 'Give the date of the meeting as a date (YYYY-MM-DD).');
      if (!input.by.trim()) throw new RequestError(400, 'Say which body approved the policy (for example, Full governing board).');
      if (!input.minute.trim()) throw new RequestError(400, 'Give the minute reference of the decision.');
      if (readForEdit(file).hash !== expectedHash) throw new RequestError(409, STALE_MESSAGE);
      try {
        ratifyPolicy(file, { by: input.by, minute: input.minute, date: input.date, projectRoot: project.root });
      } catch (e) {
        if (e instanceof UserError) throw new RequestError(422, e.message);
        throw e;
      }
      return this.status(loadPolicy(file, { projectRoot: project.root }), project);
    },
  };
}

function ratification(approval: RecordedApproval): Ratification {
  const recorded = { date: approval.on ?? '', by: approval.by ?? '', minute: approval.minute ?? '' };
  return { ...recorded, fingerprint: approval.fingerprint, words: approvalInWords(recorded) };
}

/** " by the trust board", as the approval reads after its date (nothing when no body is named). */
function byWhom(by: string | null | undefined): string {
  return by?.trim() ? ` by ${nameInSentence(by)}` : '';
}
