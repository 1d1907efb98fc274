import { lawValue, type LawKey } from '../law/index.js';
import type { Policy } from '../types/policy.js';
import type { ExportPenaltyNotices } from './types.js';

/** The penalty-notice parameters, without their common prefix. */
type PenaltyKey = LawKey extends infer K ? (K extends `penalty_notice.${infer R}` ? R : never) : never;

function national(key: LawKey, asOf: string): number | null {
  const v = lawValue(key, asOf)?.value;
  return typeof v === 'number' ? v : null;
}

/** The policy's penalty-notice settings beside the national framework in force on `asOf`. */
export function exportPenaltyNotices(policy: Policy, asOf: string): ExportPenaltyNotices {
  const lm = policy.legal_measures ?? {};
  const pn = lm.penalty_notices ?? {};
  const n = (key: PenaltyKey) => national(`penalty_notice.${key}`, asOf);
  return {
    used: pn.used ?? null,
    threshold: {
      sessions: pn.threshold?.sessions ?? null,
      windowSchoolWeeks: pn.threshold?.window_school_weeks ?? null,
      codes: [...(pn.threshold?.codes ?? [])],
    },
    first: {
      discounted: pn.first?.discounted ?? null,
      discountDays: pn.first?.discount_days ?? null,
      full: pn.first?.full ?? null,
      fullDays: pn.first?.full_days ?? null,
    },
    second: { amount: pn.second?.amount ?? null, days: pn.second?.days ?? null, discount: pn.second?.discount ?? null },
    maxPerParentPerChild3y: pn.max_per_parent_per_child_3y ?? null,
    issuedBy: [...(pn.issued_by ?? [])],
    afterNonPayment: pn.after_non_payment ?? null,
    laCodeOfConductUrl: pn.la_code_of_conduct_url ?? null,
    noticeToImprove: {
      used: lm.notice_to_improve?.used ?? null,
      improvementPeriodWeeks: lm.notice_to_improve?.improvement_period_weeks ?? null,
    },
    national: {
      threshold: { sessions: n('threshold.sessions'), windowSchoolWeeks: n('threshold.window_school_weeks') },
      first: {
        discounted: n('first.discounted'),
        discountDays: n('first.discount_days'),
        full: n('first.full'),
        fullDays: n('first.full_days'),
      },
      second: { amount: n('second.amount'), days: n('second.days') },
      maxPerParentPerChild3y: n('max_per_parent_per_child_3y'),
    },
  };
}
