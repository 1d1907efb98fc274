import { formatPercent } from '../render/format.js';
import type { LettersPlan, PlanRow } from './plan.js';
import type { RowProblem } from './read-pupils.js';

/** A row problem as printed: the row number and column only, never what the cell holds. */
export function problemLine(p: RowProblem): string {
  return `row ${p.row}${p.column ? `, ${p.column}` : ''}: ${p.message}`;
}

/** The --dry-run table: one line per row. Pupil ids by default; names only when asked for. */
export function dryRunTable(plan: LettersPlan, verbose: boolean): string {
  const head = ['Row', verbose ? 'Pupil' : 'Pupil id', 'Attendance', 'Stage', 'Letter', 'Trigger that fired'];
  const rows = plan.rows.map((r) => [
    String(r.row),
    (verbose ? [r.pupil_id, r.name].filter(Boolean).join(' ') : r.pupil_id) ?? '',
    r.attendance_pct === undefined ? '' : formatPercent(r.attendance_pct),
    r.stage ?? '',
    r.status === 'skipped' || r.status === 'withheld' ? `(skipped${r.letterId ? `: ${r.letterId}` : ''})` : (r.letterId ?? '(none)'),
    r.trigger ?? '',
  ]);
  // Columns are capped at 40 characters, except the last (the trigger), which is shown whole.
  const last = head.length - 1;
  const widths = head.map((h, i) => Math.min(i === last ? Infinity : 40, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(i === last ? 0 : widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w, i) => '-'.repeat(i === last ? Math.min(w, 40) : w))), ...rows.map(line)].join('\n');
}

/** How many of each letter: "notice-to-improve 3, persistent-absence 12". */
export function letterCounts(plan: LettersPlan): string {
  const counts = new Map<string, number>();
  for (const l of plan.letters) counts.set(l.kind.id, (counts.get(l.kind.id) ?? 0) + 1);
  return [...counts].map(([id, n]) => `${id} ${n}`).join(', ');
}

/** Why rows were skipped, grouped: "3 rows: sessions_attended must be a whole number, 0 or more". */
export function skipReasons(rows: PlanRow[]): string[] {
  const byReason = new Map<string, number>();
  for (const r of rows) {
    if (r.status !== 'skipped') continue;
    for (const p of r.problems) {
      const reason = p.column ? `${p.column} ${p.message}` : p.message;
      byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
    }
  }
  return [...byReason].map(([reason, n]) => `${n} ${n === 1 ? 'row' : 'rows'}: ${reason}`);
}

/**
 * Pupils not sent a letter because it would be about nothing, grouped by letter and reason:
 * "3 pupils skipped: no late marks recorded (lateness-concern)".
 */
export function withheldLines(rows: PlanRow[], dryRun = false): string[] {
  const byReason = new Map<string, number>();
  for (const r of rows) {
    if (r.status !== 'withheld' || !r.withheld) continue;
    const key = `${r.withheld} (${r.letterId})`;
    byReason.set(key, (byReason.get(key) ?? 0) + 1);
  }
  return [...byReason].map(([reason, n]) => `${n} ${n === 1 ? 'pupil' : 'pupils'} ${dryRun ? 'would be ' : ''}skipped: ${reason}`);
}
