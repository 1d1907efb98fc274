import path from 'node:path';
import { approvalScope } from '../../ratify/approval-scope.js';
import { roleInSentence } from '../in-sentence.js';
import { defineRule } from '../define-rule.js';

const HINT =
  'See what changed with `policywright diff --since-ratified <file>`, then take the change to the board and record its approval with `policywright ratify`, or undo the change.';
/** For a school that takes its approval from the trust base: the change is there. */
const trustHint = (base: string) =>
  `The change is in the trust base (${base}). See what changed with \`policywright diff --since-ratified ${base}\`, then take the change to the board and record its approval of the trust base with \`policywright ratify ${base}\`, or undo the change.`;

export const rule = defineRule({
  meta: {
    id: 'governance-changed-since-ratified',
    level: 'should',
    severity: 'warning',
    where: 'data',
    settings: [
      '/document/status',
      '/document/approved_fingerprint',
      '/document/approved_on',
      '/document/approved_by',
      '/document/approval_minute',
      '/document/title',
    ],
    title: 'The policy has not changed since the board approved it',
    explanation:
      'Governors approve the attendance policy, and the published policy should be the version they approved. When the board’s approval is recorded, policywright stores a fingerprint of the policy’s content, including anything it takes from the trust base. If the content changes afterwards, the policy in use is no longer the one the board approved, so the change needs to go back to the board (or be undone). A school whose file records no approval of its own takes the approval recorded in the trust base: the trust board that approved the trust’s policy approves the school’s, and the check is whether the trust base has changed since. The school’s own settings are not part of that record; record the school’s own approval to follow them too.',
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
    // By what the approval records: `policywright ratify` records the date, who approved it and the minute.
    messages: {
      changedSinceRatified:
        'The policy has changed since it was ratified on {{on|date}} by {{byWhom}} (minute {{minute}}): it is no longer the version the board approved.',
      changedSinceRatifiedOnBy:
        'The policy has changed since it was ratified on {{on|date}} by {{byWhom}}: it is no longer the version the board approved.',
      changedSinceRatifiedOn:
        'The policy has changed since it was ratified on {{on|date}}: it is no longer the version the board approved.',
      changedSinceApproval: 'The policy has changed since it was ratified: it is no longer the version the board approved.',
    },
    hints: {
      changedSinceRatified: HINT,
      changedSinceRatifiedOnBy: HINT,
      changedSinceRatifiedOn: HINT,
      changedSinceApproval: HINT,
    },
  },
  check(ctx) {
    const scope = approvalScope(ctx.loaded);
    if (!scope)
      return ctx.notApplicable('The board’s approval of this policy is not recorded yet, so there is no approved version to compare with.');
    if (scope.kind === 'ownNotRecorded')
      return ctx.notApplicable(
        'The policy gives its own approval, but only the trust base’s approval is recorded, so there is no approved version of this policy to compare with.',
      );
    if (!scope.changed) return;
    const { on, by, minute } = scope.approval;
    // The school's policy changed with the trust base it takes its approval from: the change is there.
    const trust = scope.kind === 'trust' ? { hint: trustHint(path.basename(scope.file)) } : {};
    ctx.report({
      pointer: '/document/approved_fingerprint',
      ...trust,
      ...(on && by && minute
        ? { messageId: 'changedSinceRatified', data: { on, by, byWhom: roleInSentence(by), minute } }
        : on && by
          ? { messageId: 'changedSinceRatifiedOnBy', data: { on, by, byWhom: roleInSentence(by) } }
          : on
            ? { messageId: 'changedSinceRatifiedOn', data: { on } }
            : { messageId: 'changedSinceApproval' }),
    });
  },
});
