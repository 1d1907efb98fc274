import { UserError } from '../core/diagnostics.js';
import { isDraft } from '../core/draft.js';
import { diffSinceRatified } from '../diff/index.js';
import { loadPolicy } from '../load/load-policy.js';
import { policyFingerprint, ratifyPolicy, recordedApproval } from '../ratify/index.js';
import { formatDate } from '../render/format.js';
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
      const approval = recordedApproval(loaded.data);
      if (approval) {
        const ratified: Ratification = {
          date: approval.on ?? '',
          by: approval.by ?? '',
          minute: approval.minute ?? '',
          fingerprint: approval.fingerprint,
        };
        const on = approval.on ? ` on ${formatDate(approval.on)}` : '';
        if (approval.fingerprint === policyFingerprint(loaded.data))
          return { state: 'approved', label: `Approved${on}${approval.by ? ` by ${approval.by}` : ''}`, ratified };
        return { state: 'changed', label: `Changed since it was approved${on}`, ratified };
      }
      // Approved by date and body (as `build` prints it) but never recorded with `ratify`: nothing to compare later edits with.
      const doc = loaded.data.document;
      if (doc?.approved_on && !isDraft(loaded.data))
        return {
          state: 'approved',
          label: `Approved on ${formatDate(doc.approved_on)}${doc.approved_by ? ` by ${doc.approved_by}` : ''} (record the approval here to track later changes)`,
        };
      return { state: 'draft', label: 'Draft: not yet approved' };
    },
    changesSinceRatified(loaded) {
      const approval = recordedApproval(loaded.data);
      if (!approval)
        return {
          changes: [],
          note: 'No approval has been recorded here yet, so there is no approved version to compare with. Record the board’s approval below to start tracking changes.',
        };
      const since: Ratification = {
        date: approval.on ?? '',
        by: approval.by ?? '',
        minute: approval.minute ?? '',
        fingerprint: approval.fingerprint,
      };
      if (approval.fingerprint === policyFingerprint(loaded.data)) return { since, changes: [] };
      try {
        const diff = diffSinceRatified(loaded.file, { projectRoot: loaded.projectRoot });
        return { since, changes: diff.topics.flatMap((t) => t.changes.map((c) => ({ what: c.text }))) };
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
