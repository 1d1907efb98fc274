import type { Policy } from '../types/policy.js';
import type { ExportLateness, ExportLeave } from './types.js';

export function exportLeave(policy: Policy): ExportLeave {
  const l = policy.leave_of_absence ?? {};
  return {
    decidedBy: l.decided_by ?? null,
    requestedBy: l.requested_by ?? null,
    notice: l.notice ? { amount: l.notice.amount, unit: l.notice.unit } : null,
    inWriting: l.in_writing ?? null,
    decisionInWriting: l.decision_in_writing ?? null,
    appeal: l.appeal ?? null,
    grounds: [...(l.grounds ?? [])],
    holidaysAuthorised: l.holidays_authorised ?? null,
    maxHolidayDaysAuthorised: l.max_holiday_days_authorised ?? null,
    retrospectiveRequests: l.retrospective_requests ?? null,
  };
}

export function exportLateness(policy: Policy): ExportLateness {
  const l = policy.lateness ?? {};
  return {
    beforeCloseCode: l.before_close_code ?? null,
    afterCloseCode: l.after_close_code ?? null,
    concernAfterLateMarks: l.concern_after_late_marks ?? null,
  };
}
