import type { Policy } from '../../types/policy.js';
import { percent, text, type Line, type Part } from '../blocks.js';

/** The attendance levels the school uses, as percentages. */
export function thresholdsPart(policy: Policy): Part | undefined {
  const t = policy.thresholds;
  if (!t) return undefined;
  const items: Array<{ label: string; value: Line[] }> = [];
  if (t.target_attendance_pct !== undefined)
    items.push({ label: 'Our attendance target', value: [[percent(t.target_attendance_pct), text(' or above')]] });
  if (t.excellent_attendance_pct !== undefined)
    items.push({ label: 'Excellent attendance', value: [[percent(t.excellent_attendance_pct), text(' or above')]] });
  // A concern level with the same name as a definition below is said once, in the definition's row.
  const defined = new Map<string, { pct: number; line: Line[] }>();
  if (t.persistent_absence_pct !== undefined) defined.set('persistent absence', { pct: t.persistent_absence_pct, line: [] });
  if (t.severe_absence_pct !== undefined) defined.set('severe absence', { pct: t.severe_absence_pct, line: [] });
  const seen = new Set<string>();
  for (const c of t.concern_levels ?? []) {
    const key = c.label.trim().toLowerCase();
    const level: Line = [text(`Attendance ${c.inclusive ? 'at or below' : 'below'} `), percent(c.below_pct)];
    if (defined.has(key)) {
      defined.get(key)!.line.push(level);
      continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({ label: c.label, value: [level] });
  }
  for (const [key, label] of [
    ['persistent absence', 'Persistent absence'],
    ['severe absence', 'Severe absence'],
  ] as const) {
    const d = defined.get(key);
    if (!d) continue;
    items.push({ label, value: [[text('Missing '), percent(d.pct), text(' or more of sessions')], ...d.line] });
  }
  return items.length ? { id: 'thresholds', title: 'Attendance levels', blocks: [{ type: 'facts', items }] } : undefined;
}
