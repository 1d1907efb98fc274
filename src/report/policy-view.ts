import { displayPath } from '../core/files.js';
import { schoolLabel } from '../core/model.js';
import { policyContentHash } from '../export/content-hash.js';
import type { Citation } from '../lint/rule.js';
import { formatDate } from '../render/format.js';
import type { RuleResult } from './check-policy.js';
import { findingView, type FindingView } from './finding-view.js';
import { STATUS_LABEL, type RuleStatus } from './rule-status.js';
import type { LoadedPolicy } from '../load/load-policy.js';

const LEVEL: Record<string, string> = { must: 'Required', should: 'Expected', info: 'Good practice' };

export interface RuleView {
  id: string;
  title: string;
  level: string;
  status: RuleStatus;
  statusLabel: string;
  /** Why it does not apply (not-applicable only). */
  reason: string | null;
  explanation: string;
  findings: FindingView[];
  citations: Array<{ text: string; url: string | null }>;
  governorQuestion: string;
  /** Set when the rule's authors are not fully sure of a detail. */
  caution: string | null;
}

export interface Summary {
  total: number;
  met: number;
  notMet: number;
  warning: number;
  advice: number;
  excepted: number;
  notApplicable: number;
  /** Not met plus needs attention. */
  needAttention: number;
  /** Every rule except those that do not apply. */
  applicable: number;
}

export interface PolicyReportView {
  anchor: string;
  title: string;
  documentTitle: string;
  trustName: string | null;
  schools: Array<{ name: string; urn: string | null; localAuthority: string | null }>;
  version: string | null;
  approvedBy: string | null;
  approvedOn: string | null;
  nextReview: string | null;
  reviewOverdue: boolean;
  asOf: string;
  contentHash: string;
  file: string;
  /** Files this policy builds on (a trust base), base first. */
  basedOn: string[];
  summary: Summary;
  rules: RuleView[];
}

function citationText(c: Citation): string {
  return c.paragraph ? `${c.source}, ${c.paragraph}` : c.source;
}

function ruleView(loaded: LoadedPolicy, r: RuleResult): RuleView {
  const m = r.rule.meta;
  return {
    id: m.id,
    title: m.title,
    level: LEVEL[m.level] ?? m.level,
    status: r.status,
    statusLabel: STATUS_LABEL[r.status],
    reason: r.reason ?? null,
    explanation: m.explanation,
    findings: r.findings.map((d) => findingView(loaded, d)),
    citations: m.citations.map((c) => ({ text: citationText(c), url: c.url && /^https:\/\//.test(c.url) ? c.url : null })),
    governorQuestion: m.governorQuestion,
    caution: m.confidence !== 'high' && m.confidenceNote ? m.confidenceNote : null,
  };
}

export function summarise(results: Array<{ status: RuleStatus }>): Summary {
  const n = (s: RuleStatus) => results.filter((r) => r.status === s).length;
  const s = { total: results.length, met: n('met'), notMet: n('not-met'), warning: n('warning'), advice: n('advice'), excepted: n('excepted'), notApplicable: n('not-applicable') };
  return { ...s, needAttention: s.notMet + s.warning, applicable: s.total - s.notApplicable };
}

/** Everything the report shows for one policy, as plain values for the template. */
export function policyReportView(loaded: LoadedPolicy, results: RuleResult[], asOf: string, anchor: string): PolicyReportView {
  const p = loaded.data;
  const doc = p.document ?? {};
  return {
    anchor,
    title: schoolLabel(p),
    documentTitle: doc.title ?? 'Attendance policy',
    trustName: p.trust?.name ?? null,
    schools: (p.schools ?? []).map((s) => ({ name: s.name, urn: s.urn ?? null, localAuthority: s.local_authority ?? null })),
    version: doc.version ?? null,
    approvedBy: doc.approved_by ?? null,
    approvedOn: doc.approved_on ? formatDate(doc.approved_on) : null,
    nextReview: doc.next_review ? formatDate(doc.next_review) : null,
    reviewOverdue: Boolean(doc.next_review && doc.next_review < asOf),
    asOf: formatDate(asOf),
    contentHash: policyContentHash(loaded),
    file: displayPath(loaded.file),
    basedOn: loaded.chain.slice(0, -1).map(displayPath),
    summary: summarise(results),
    rules: results.map((r) => ruleView(loaded, r)),
  };
}
