import { policyFingerprint, recordedApproval } from '../../ratify/fingerprint.js';
import type { Rule } from '../rule.js';
import { longDate } from '../../text/dates.js';

export const rule: Rule = {
  meta: {
    id: 'governance-changed-since-ratified',
    level: 'should',
    severity: 'warning',
    where: 'data',
    title: 'The policy has not changed since the board approved it',
    explanation:
      'Governors approve the attendance policy, and the published policy should be the version they approved. When the board’s approval is recorded, policywright stores a fingerprint of the policy’s content, including anything it takes from the trust base. If the content changes afterwards, the policy in use is no longer the one the board approved, so the change needs to go back to the board (or be undone).',
    citations: [
      {
        source: 'Working together to improve school attendance (2024)',
        paragraph: 'chapter 2, governing boards: approve and regularly review the attendance policy',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion: 'Has the policy changed since we approved it, and if so, who agreed the change?',
  },
  check(ctx) {
    const approval = recordedApproval(ctx.loaded.data);
    if (!approval)
      return ctx.notApplicable('The board’s approval of this policy is not recorded yet, so there is no approved version to compare with.');
    // An approval recorded in the trust base is checked when the trust base itself is linted.
    const origin = ctx.loaded.origins.get('/document/approved_fingerprint');
    if (origin && origin.file !== ctx.loaded.file) return;
    if (policyFingerprint(ctx.loaded.data) === approval.fingerprint) return;
    const when = approval.on ? ` on ${longDate(approval.on)}` : '';
    const who = approval.by ? ` by ${approval.by}` : '';
    const minute = approval.minute ? ` (minute ${approval.minute})` : '';
    ctx.report({
      pointer: '/document/approved_fingerprint',
      message: `The policy has changed since it was ratified${when}${who}${minute}: it is no longer the version the board approved.`,
      hint: 'See what changed with `policywright diff --since-ratified <file>`, then take the change to the board and record its approval with `policywright ratify`, or undo the change.',
    });
  },
  examples: {
    pass: [
      { title: 'A draft, not yet approved', yaml: 'document:\n  title: Attendance policy\n  status: draft\n' },
      {
        title: 'Approved before fingerprints were recorded',
        yaml: 'document:\n  status: approved\n  approved_on: 2025-09-10\n  approved_by: Full governing board\n',
      },
    ],
    fail: [
      {
        title: 'Changed after approval (the fingerprint no longer matches the content)',
        yaml: 'document:\n  title: Attendance policy\n  status: approved\n  approved_on: 2026-09-22\n  approved_by: Full governing board\n  approval_minute: FGB 22/09/26 item 7\n  approved_fingerprint: "sha256:0000000000000000000000000000000000000000000000000000000000000000"\n',
      },
    ],
  },
};
