import path from 'node:path';
import { slug } from '../core/slug.js';
import { collectPolicyFiles, displayPath } from '../core/files.js';
import { invalidPolicyMessage } from '../validate/load-valid.js';
import { checkPolicy } from './check-policy.js';
import { policyReportView, type PolicyReportView } from './policy-view.js';
import { columnLabel, trustView, type TrustView } from './trust-view.js';

export interface Report {
  /** Folder name under out/report/: the school's id, the file's name, or the trust's name. */
  slug: string;
  title: string;
  runningTitle: string;
  asOf: string;
  policies: PolicyReportView[];
  trust: TrustView | null;
}

/** Raised when nothing can be reported; the message says why in plain English. */
export class ReportError extends Error {
  constructor(message: string, readonly unreadable: boolean) {
    super(message);
  }
}

export function slugify(text: string): string {
  return slug(text, 80) || 'report';
}

function anchorFor(file: string, schoolIds: string[], used: Set<string>): string {
  let anchor = `p-${schoolIds[0] ?? slugify(path.basename(file).replace(/\.ya?ml$/i, ''))}`;
  while (used.has(anchor)) anchor += '-x';
  used.add(anchor);
  return anchor;
}

/** The report for one policy file. */
export function policyReport(file: string, asOf: string): Report {
  const checked = checkPolicy(file, asOf);
  if (!checked.ok) throw new ReportError(invalidPolicyMessage(file, checked.diagnostics), checked.unreadable);
  const ids = (checked.loaded.data.schools ?? []).map((s) => s.id);
  const view = policyReportView(checked.loaded, checked.results, asOf, anchorFor(file, ids, new Set()));
  const slug = ids.length === 1 ? ids[0]! : slugify(path.basename(file).replace(/\.ya?ml$/i, ''));
  return { slug, title: `Attendance policy compliance report: ${view.title}`, runningTitle: view.title, asOf, policies: [view], trust: null };
}

/**
 * The report for a trust folder: one part per policy that covers schools (a school file, or a
 * federation document covering several), after a first page comparing them. The trust base
 * itself is not a school's policy; its rules show up in each school that builds on it.
 */
export function trustReport(dir: string, asOf: string): Report {
  const notes: string[] = [];
  const used = new Set<string>();
  const policies: Array<{ view: PolicyReportView; label: string }> = [];
  const extended = new Map<string, number>();
  const trustNames = new Map<string, string>();
  for (const file of collectPolicyFiles([dir])) {
    const checked = checkPolicy(file, asOf);
    if (!checked.ok) {
      notes.push(invalidPolicyMessage(file, checked.diagnostics));
      continue;
    }
    const { loaded } = checked;
    for (const f of loaded.chain.slice(0, -1)) extended.set(f, (extended.get(f) ?? 0) + 1);
    if (loaded.data.trust?.name) trustNames.set(path.resolve(file), loaded.data.trust.name);
    const schools = loaded.data.schools ?? [];
    if (!schools.length) continue;
    const view = policyReportView(loaded, checked.results, asOf, anchorFor(file, schools.map((s) => s.id), used));
    policies.push({ view, label: columnLabel(view, schools.map((s) => s.short_name ?? s.name)) });
  }
  if (!policies.length) throw new ReportError(`${displayPath(dir)} holds no policy that covers a school${notes.length ? ` (${notes.join(' ')})` : ''}.`, false);
  const base = [...extended].sort((a, b) => b[1] - a[1])[0]?.[0];
  // The trust is the one the trust base names; failing that, the one most policies name.
  const name = (base && trustNames.get(path.resolve(base))) ?? mostCommon([...trustNames.values()]) ?? path.basename(path.resolve(dir));
  return {
    slug: slugify(name),
    title: `Attendance policy compliance report: ${name}`,
    runningTitle: name,
    asOf,
    policies: policies.map((p) => p.view),
    trust: trustView(name, asOf, base ? displayPath(base) : null, policies, notes),
  };
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}
