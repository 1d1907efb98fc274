import { formatDate } from '../render/format.js';
import type { PolicyReportView, Summary } from './policy-view.js';
import { STATUS_LABEL, STATUS_ORDER, type RuleStatus } from './rule-status.js';
import type { LocalVariation } from './variations.js';

export interface TrustView {
  name: string;
  asOf: string;
  baseFile: string | null;
  schoolCount: number;
  columns: Array<{ label: string; anchor: string; summary: Summary }>;
  rows: Array<{ title: string; cells: Array<{ status: RuleStatus; label: string; href: string }> }>;
  notes: string[];
  /** Settings where a school differs from the trust base, with the school's reason. */
  variations: LocalVariation[];
}

/** Short label for a column: the schools' short names. */
export function columnLabel(policy: PolicyReportView, shortNames: string[]): string {
  return shortNames.length ? shortNames.join(' and ') : policy.title;
}

/**
 * The first page of a trust report: each school's result for each key requirement (the rules at
 * level "must"). Rows where most schools fall short come first.
 */
export function trustView(
  name: string,
  asOf: string,
  baseFile: string | null,
  policies: Array<{ view: PolicyReportView; label: string }>,
  notes: string[],
  variations: LocalVariation[] = [],
): TrustView {
  const keyIds = policies[0]?.view.rules.filter((r) => r.level === 'Required').map((r) => r.id) ?? [];
  const rows = keyIds.map((id) => {
    const cells = policies.map(({ view }) => {
      const rule = view.rules.find((r) => r.id === id)!;
      return {
        status: rule.status,
        label: rule.status === 'data-only' ? 'Data only' : STATUS_LABEL[rule.status],
        href: `${view.anchor}-${id}`,
      };
    });
    const title = policies[0]!.view.rules.find((r) => r.id === id)!.title;
    return { title, cells, counts: STATUS_ORDER.map((s) => cells.filter((c) => c.status === s).length) };
  });
  // Most schools not meeting first, then most needing attention, and so on; ties keep the catalogue order.
  const order = new Map(rows.map((r, i) => [r, i]));
  const byCounts = (a: number[], b: number[]) => a.reduce((d, n, i) => d || b[i]! - n, 0);
  rows.sort((a, b) => byCounts(a.counts, b.counts) || order.get(a)! - order.get(b)!);
  return {
    name,
    asOf: formatDate(asOf),
    baseFile,
    schoolCount: policies.length,
    columns: policies.map(({ view, label }) => ({ label, anchor: view.anchor, summary: view.summary })),
    rows: rows.map(({ title, cells }) => ({ title, cells })),
    notes,
    variations,
  };
}
