import { policyFingerprint, recordedApproval } from '../../ratify/fingerprint.js';
import { roleInSentence } from '../in-sentence.js';
import { defineRule } from '../define-rule.js';

const HINT =
  'See what changed with `policywright diff --since-ratified <file>`, then take the change to the board and record its approval with `policywright ratify`, or undo the change.';

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
    const approval = recordedApproval(ctx.loaded.data);
    if (!approval)
      return ctx.notApplicable('The board’s approval of this policy is not recorded yet, so there is no approved version to compare with.');
    // An approval recorded in the trust base is checked when the trust base itself is linted.
    const origin = ctx.loaded.origins.get('/document/approved_fingerprint');
    if (origin && origin.file !== ctx.loaded.file) return;
    if (policyFingerprint(ctx.loaded.data) === approval.fingerprint) return;
    const { on, by, minute } = approval;
    ctx.report({
      pointer: '/document/approved_fingerprint',
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
