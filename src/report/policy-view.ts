import { displayPath } from '../core/files.js';
import { schoolLabel } from '../core/model.js';
import type { Citation } from '../lint/rule.js';
import { formatDate } from '../render/format.js';
import { policyFingerprint } from '../ratify/fingerprint.js';
import { approvalScope } from '../ratify/approval-scope.js';
import type { RuleResult } from './check-policy.js';
import type { EvidenceItem } from './evidence.js';
import { findingView, type FindingView } from './finding-view.js';
import { STATUS_LABEL, type RuleStatus } from './rule-status.js';
import { ruleTitle } from '../lint/rule-title.js';
import type { LoadedPolicy } from '../load/load-policy.js';
import { roleInSentence } from '../lint/in-sentence.js';

const LEVEL: Record<string, string> = { must: 'Required', should: 'Expected', info: 'Good practice' };
/** Items listed on the one-page summary before "and N more". */
const PAGE_ONE_ITEMS = 6;

export interface RuleView {
  id: string;
  title: string;
  level: string;
  status: RuleStatus;
  statusLabel: string;
  /** Why it does not apply (not-applicable only). */
  reason: string | null;
  /** The schools of the policy it does not apply to, by name, and why (a rule that applies to the others). */
  notFor: Array<{ school: string; reason: string }>;
  explanation: string;
  findings: FindingView[];
  citations: Array<{ text: string; url: string | null }>;
  governorQuestion: string;
  /** Set when the rule's authors are not fully sure of a detail. */
  caution: string | null;
  /** For a met rule: the settings it checked, and the sentences of the policy that explain them. */
  evidence: EvidenceItem[];
  /** The rule only searched the text. */
  textOnly: boolean;
}

export interface Summary {
  total: number;
  met: number;
  notMet: number;
  warning: number;
  advice: number;
  excepted: number;
  dataOnly: number;
  notApplicable: number;
  /** Not met plus needs attention. */
  needAttention: number;
  /** Every rule except those that do not apply. */
  applicable: number;
}

/** A short list for the first page: a few lines, and how many more there are. */
export interface ShortList<T> {
  items: T[];
  more: number;
  /** Said instead when the list is empty or cannot be made. */
  note: string | null;
}

/** What changed since the board's last recorded approval (worked out by the caller, which may read git). */
export interface ChangesSinceApproval {
  lines: string[];
  note: string | null;
}

export interface PolicyReportView {
  anchor: string;
  title: string;
  documentTitle: string;
  trustName: string | null;
  schools: Array<{ name: string; urn: string | null; localAuthority: string | null }>;
  version: string | null;
  isDraft: boolean;
  /** Who approved it, as it reads after "by": "the trust board", "the Oakfield Trust board". */
  approvedBy: string | null;
  approvedOn: string | null;
  approvalMinute: string | null;
  nextReview: string | null;
  reviewOverdue: boolean;
  asOf: string;
  fingerprint: string;
  /** Whether the policy has changed since the approval it records (as `lint` judges it). */
  changedSinceApproval: boolean;
  /** The trust base the change is in, when the school takes its approval from the trust base. */
  changedIn: string | null;
  /** The school gives its own approval, but only the trust base's is recorded: nothing to compare with. */
  approvalUntracked: boolean;
  file: string;
  /** Files this policy builds on (a trust base), base first. */
  basedOn: string[];
  summary: Summary;
  verdict: { tone: 'not-ready' | 'attention' | 'ready'; text: string };
  /** Page 1: the points that need the board's attention, with the question to ask. */
  attention: ShortList<{ anchor: string; status: RuleStatus; statusLabel: string; title: string; found: string; question: string }>;
  changes: ShortList<string>;
  lawChanges: ShortList<{ date: string; text: string }>;
  /** When the legal rules this copy holds were last checked long before the date checked against: said on page 1. */
  freshness: string | null;
  /** Findings that need a decision: not met, needs attention, worth checking, exceptions. */
  decisions: RuleView[];
  dataOnly: RuleView[];
  met: RuleView[];
  notApplicable: RuleView[];
  /** Every rule, most serious first (the trust overview links into them). */
  rules: RuleView[];
}

function citationText(c: Citation): string {
  return c.paragraph ? `${c.source}, ${c.paragraph}` : c.source;
}

function ruleView(loaded: LoadedPolicy, r: RuleResult, asOf: string): RuleView {
  const m = r.rule.meta;
  return {
    id: m.id,
    title: ruleTitle(m, asOf),
    level: LEVEL[m.level] ?? m.level,
    status: r.status,
    statusLabel: STATUS_LABEL[r.status],
    reason: r.reason ?? null,
    notFor: Object.entries(r.notFor ?? {}).map(([id, reason]) => ({
      school: loaded.data.schools?.find((s) => s.id === id)?.name ?? id,
      reason,
    })),
    explanation: m.explanation.replace(/`/g, ''),
    findings: r.findings.map((d) => findingView(loaded, d)),
    citations: m.citations.map((c) => ({ text: citationText(c), url: c.url && /^https:\/\//.test(c.url) ? c.url : null })),
    governorQuestion: m.governorQuestion,
    caution: m.confidence !== 'high' && m.confidenceNote ? m.confidenceNote : null,
    evidence: r.evidence?.items ?? [],
    textOnly: r.evidence?.textOnly ?? false,
  };
}

export function summarise(results: Array<{ status: RuleStatus }>): Summary {
  const n = (s: RuleStatus) => results.filter((r) => r.status === s).length;
  const s = {
    total: results.length,
    met: n('met'),
    notMet: n('not-met'),
    warning: n('warning'),
    advice: n('advice'),
    excepted: n('excepted'),
    dataOnly: n('data-only'),
    notApplicable: n('not-applicable'),
  };
  return { ...s, needAttention: s.notMet + s.warning, applicable: s.total - s.notApplicable };
}

function shortList<T>(all: T[], empty: string | null, limit = PAGE_ONE_ITEMS): ShortList<T> {
  return { items: all.slice(0, limit), more: Math.max(0, all.length - limit), note: all.length ? null : empty };
}

function verdictOf(s: Summary, changed: boolean): PolicyReportView['verdict'] {
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  if (s.notMet)
    return {
      tone: 'not-ready',
      text: `Not ready to approve: ${n(s.notMet, 'legal requirement is', 'legal requirements are')} not met. The policy should be changed first.`,
    };
  const points = s.warning + s.dataOnly;
  if (points || changed) {
    const parts = [
      s.warning ? n(s.warning, 'point needs', 'points need') + ' attention' : '',
      s.dataOnly ? n(s.dataOnly, 'setting is', 'settings are') + ' not explained to parents' : '',
      changed ? 'the policy has changed since it was approved' : '',
    ].filter(Boolean);
    return {
      tone: 'attention',
      text: `No legal requirement is broken, but ${parts.join('; ')}. The board should be satisfied about these before approving.`,
    };
  }
  return { tone: 'ready', text: 'Ready to approve: every rule that applies is met and explained in the published policy.' };
}

export interface ReportExtras {
  changes: ChangesSinceApproval;
  lawChanges: { lines: Array<{ date: string; text: string }>; note: string | null };
  freshness: string | null;
}

/** Everything the report shows for one policy, as plain values for the template. */
export function policyReportView(
  loaded: LoadedPolicy,
  results: RuleResult[],
  asOf: string,
  anchor: string,
  extras: ReportExtras,
): PolicyReportView {
  const p = loaded.data;
  const doc = p.document ?? {};
  const rules = results.map((r) => ruleView(loaded, r, asOf));
  const summary = summarise(results);
  const fingerprint = policyFingerprint(p);
  // The same judgement as lint's: a school covered by its trust base's approval has changed when the base has.
  const scope = approvalScope(loaded);
  const changedSinceApproval = scope !== null && scope.kind !== 'ownNotRecorded' && scope.changed;
  const attention = rules
    .filter((r) => r.status === 'not-met' || r.status === 'warning')
    .map((r) => ({
      anchor: `${anchor}-${r.id}`,
      status: r.status,
      statusLabel: r.statusLabel,
      title: r.title,
      found: r.findings[0]?.message ?? '',
      question: r.governorQuestion,
    }));
  return {
    anchor,
    title: schoolLabel(p),
    documentTitle: doc.title ?? 'Attendance policy',
    trustName: p.trust?.name ?? null,
    schools: (p.schools ?? []).map((s) => ({ name: s.name, urn: s.urn ?? null, localAuthority: s.local_authority ?? null })),
    version: doc.version ?? null,
    isDraft: doc.status === 'draft',
    approvedBy: doc.approved_by ? roleInSentence(doc.approved_by) : null,
    approvedOn: doc.approved_on ? formatDate(doc.approved_on) : null,
    approvalMinute: doc.approval_minute ?? null,
    nextReview: doc.next_review ? formatDate(doc.next_review) : null,
    reviewOverdue: Boolean(doc.next_review && doc.next_review < asOf),
    asOf: formatDate(asOf),
    fingerprint,
    changedSinceApproval,
    changedIn: changedSinceApproval && scope?.kind === 'trust' ? displayPath(scope.file) : null,
    approvalUntracked: scope?.kind === 'ownNotRecorded',
    file: displayPath(loaded.file),
    basedOn: loaded.chain.slice(0, -1).map(displayPath),
    summary,
    verdict: verdictOf(summary, changedSinceApproval),
    attention: shortList(attention, 'Nothing: no requirement is broken and nothing expected is missing.'),
    changes: shortList(extras.changes.lines, extras.changes.note, 5),
    lawChanges: shortList(extras.lawChanges.lines, extras.lawChanges.note, 4),
    freshness: extras.freshness,
    decisions: rules.filter((r) => ['not-met', 'warning', 'advice', 'excepted'].includes(r.status)),
    dataOnly: rules.filter((r) => r.status === 'data-only'),
    met: rules.filter((r) => r.status === 'met'),
    notApplicable: rules.filter((r) => r.status === 'not-applicable'),
    rules,
  };
}
