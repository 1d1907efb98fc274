import { formatDate } from '../render/format.js';
import type { FoundDiagnostic } from '../lint/context.js';
import type { RuleMeta } from '../lint/rule.js';
import type { RuleApplicability } from '../lint/applicability.js';

/**
 * What a governor sees for each rule:
 * - not-met: an error-level finding (the policy breaks a requirement);
 * - warning: a warning-level finding (needs attention);
 * - advice: only information-level findings (worth checking, not a breach);
 * - excepted: every finding is covered by an exception governors approved (reason and approver shown);
 * - met: nothing found, and the rule applied (it did not say it was not applicable: a prohibition
 *   that searched the text and found nothing is met);
 * - data-only: met in the data, but the published text never explains the settings the rule read, so
 *   parents are not told (set by the report after it looks for the sentences; see evidence.ts);
 * - not-applicable: nothing found and the rule said the policy has nothing it is about (with its
 *   reason), or it is not in force on the as-of date, or the config turns it off.
 */
export type RuleStatus = 'not-met' | 'warning' | 'advice' | 'excepted' | 'data-only' | 'met' | 'not-applicable';

/** Most serious first: the order rules are listed in. */
export const STATUS_ORDER: RuleStatus[] = ['not-met', 'warning', 'advice', 'excepted', 'data-only', 'met', 'not-applicable'];

export const STATUS_LABEL: Record<RuleStatus, string> = {
  'not-met': 'Not met',
  warning: 'Needs attention',
  advice: 'Worth checking',
  excepted: 'Exception agreed',
  'data-only': 'In the data only, not explained to parents',
  met: 'Met',
  'not-applicable': 'Not applicable',
};

export interface StatusInput {
  meta: RuleMeta;
  findings: FoundDiagnostic[];
  asOf: string;
  turnedOff: boolean;
  /** What the rule said when it ran (see `ctx.notApplicable`); absent: it applied. */
  applicability?: Pick<RuleApplicability, 'applies' | 'reason'>;
}

export interface StatusResult {
  status: RuleStatus;
  /** Why a rule is not applicable, in plain English. */
  reason?: string;
}

export function ruleStatus(input: StatusInput): StatusResult {
  const { meta, findings, asOf } = input;
  if (input.turnedOff) return { status: 'not-applicable', reason: 'This check is turned off in the school’s policywright settings.' };
  const open = findings.filter((f) => !f.excepted);
  if (open.some((f) => f.severity === 'error')) return { status: 'not-met' };
  if (open.some((f) => f.severity === 'warning')) return { status: 'warning' };
  if (open.length) return { status: 'advice' };
  if (findings.length) return { status: 'excepted' };
  if (meta.effectiveFrom > asOf)
    return {
      status: 'not-applicable',
      reason: `This requirement starts on ${formatDate(meta.effectiveFrom)}, after the date of this report.`,
    };
  if (input.applicability && !input.applicability.applies)
    return {
      status: 'not-applicable',
      reason:
        input.applicability.reason ??
        'Nothing in this policy is covered by this rule: it only checks details this policy does not include.',
    };
  return { status: 'met' };
}
