import type { Policy } from '../../types/policy.js';
import { percent, text, type Line, type Part } from '../blocks.js';

/** The attendance levels the school uses, as percentages. */
export function thresholdsPart(policy: Policy): Part | undefined {
  const t = policy.thresholds;
  if (!t) return undefined;
  const items: Array<{ label: string; value: Line[] }> = [];
  if (t.target_attendance_pct !== undefined) items.push({ label: 'Our attendance target', value: [[percent(t.target_attendance_pct), text(' or above')]] });
  if (t.excellent_attendance_pct !== undefined) items.push({ label: 'Excellent attendance', value: [[percent(t.excellent_attendance_pct), text(' or above')]] });
  for (const c of t.concern_levels ?? []) {
    items.push({ label: c.label, value: [[text(`Attendance ${c.inclusive ? 'at or below' : 'below'} `), percent(c.below_pct)]] });
  }
  if (t.persistent_absence_pct !== undefined) items.push({ label: 'Persistent absence', value: [[text('Missing '), percent(t.persistent_absence_pct), text(' or more of sessions')]] });
  if (t.severe_absence_pct !== undefined) items.push({ label: 'Severe absence', value: [[text('Missing '), percent(t.severe_absence_pct), text(' or more of sessions')]] });
  return items.length ? { id: 'thresholds', title: 'Attendance levels', blocks: [{ type: 'facts', items }] } : undefined;
}
