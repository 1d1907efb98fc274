import type { Policy } from '../types/policy.js';
import type { ExportStage, ExportThresholds } from './types.js';

export function exportThresholds(policy: Policy): ExportThresholds {
  const t = policy.thresholds ?? {};
  return {
    targetAttendancePct: t.target_attendance_pct ?? null,
    excellentAttendancePct: t.excellent_attendance_pct ?? null,
    concernLevels: (t.concern_levels ?? []).map((c) => ({
      id: c.id,
      label: c.label,
      belowPct: c.below_pct,
      inclusive: c.inclusive ?? false,
    })),
    persistentAbsencePct: t.persistent_absence_pct ?? null,
    severeAbsencePct: t.severe_absence_pct ?? null,
  };
}

/** Stages in policy order (mildest first), each trigger as metric, comparison, value and window. */
export function exportStages(policy: Policy): ExportStage[] {
  return (policy.escalation?.stages ?? []).map((s, i) => ({
    id: s.id,
    order: i + 1,
    name: s.name,
    who: s.who ?? null,
    letter: s.letter ?? null,
    reviewAfterWeeks: s.review_after_weeks ?? null,
    actions: [...(s.actions ?? [])],
    triggers: (s.triggers ?? []).map((tr) => ({
      metric: tr.metric,
      comparison: tr.comparison,
      value: tr.value,
      window: tr.window ? { type: tr.window.type, length: tr.window.length ?? null } : null,
      text: tr.text ?? null,
    })),
  }));
}
