import path from 'node:path';
import { slug } from '../core/slug.js';
import { collectPolicyFiles, displayPath } from '../core/files.js';
import { invalidPolicyMessage } from '../validate/load-valid.js';
import { UserError } from '../core/diagnostics.js';
import { diffSinceRatified } from '../diff/diff-files.js';
import type { LoadedPolicy } from '../load/load-policy.js';
import { formatDate } from '../render/format.js';
import { approvalScope } from '../ratify/approval-scope.js';
import { checkPolicy } from './check-policy.js';
import { lawChangesSince } from './law-changes.js';
import { lawFreshness } from '../law/index.js';
import { collectSubjects } from '../compare/subjects.js';
import type { ProjectRootOption } from '../core/project-root.js';
import { localVariations } from './variations.js';
import { policyReportView, type PolicyReportView, type ReportExtras } from './policy-view.js';
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
  constructor(
    message: string,
    readonly unreadable: boolean,
  ) {
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
export function policyReport(file: string, asOf: string, options: ProjectRootOption = {}): Report {
  const checked = checkPolicy(file, asOf, undefined, options.projectRoot);
  if (!checked.ok) throw new ReportError(invalidPolicyMessage(file, checked.diagnostics), checked.unreadable);
  const ids = (checked.loaded.data.schools ?? []).map((s) => s.id);
  const view = policyReportView(
    checked.loaded,
    checked.results,
    asOf,
    anchorFor(file, ids, new Set()),
    reportExtras(file, checked.loaded, asOf),
  );
  const slug = ids.length === 1 ? ids[0]! : slugify(path.basename(file).replace(/\.ya?ml$/i, ''));
  return {
    slug,
    title: `Attendance policy compliance report: ${view.title}`,
    runningTitle: view.title,
    asOf,
    policies: [view],
    trust: null,
  };
}

/**
 * The report for a trust folder: one part per policy that covers schools (a school file, or a
 * federation document covering several), after a first page comparing them. The trust base
 * itself is not a school's policy; its rules show up in each school that builds on it.
 */
export function trustReport(dir: string, asOf: string, options: ProjectRootOption = {}): Report {
  const notes: string[] = [];
  const used = new Set<string>();
  const policies: Array<{ view: PolicyReportView; label: string }> = [];
  const extended = new Map<string, number>();
  const trustNames = new Map<string, string>();
  for (const file of collectPolicyFiles([dir])) {
    const checked = checkPolicy(file, asOf, undefined, options.projectRoot);
    if (!checked.ok) {
      notes.push(forGovernors(invalidPolicyMessage(file, checked.diagnostics)));
      continue;
    }
    const { loaded } = checked;
    for (const f of loaded.chain.slice(0, -1)) extended.set(f, (extended.get(f) ?? 0) + 1);
    if (loaded.data.trust?.name) trustNames.set(path.resolve(file), loaded.data.trust.name);
    const schools = loaded.data.schools ?? [];
    if (!schools.length) continue;
    const view = policyReportView(
      loaded,
      checked.results,
      asOf,
      anchorFor(
        file,
        schools.map((s) => s.id),
        used,
      ),
      reportExtras(file, loaded, asOf),
    );
    policies.push({
      view,
      label: columnLabel(
        view,
        schools.map((s) => s.short_name ?? s.name),
      ),
    });
  }
  if (!policies.length)
    throw new ReportError(`${displayPath(dir)} holds no policy that covers a school${notes.length ? ` (${notes.join(' ')})` : ''}.`, false);
  const base = [...extended].sort((a, b) => b[1] - a[1])[0]?.[0];
  // The trust is the one the trust base names; failing that, the one most policies name.
  const name = (base && trustNames.get(path.resolve(base))) ?? mostCommon([...trustNames.values()]) ?? path.basename(path.resolve(dir));
  return {
    slug: slugify(name),
    title: `Attendance policy compliance report: ${name}`,
    runningTitle: name,
    asOf,
    policies: policies.map((p) => p.view),
    trust: trustView(name, asOf, base ? displayPath(base) : null, policies, notes, localVariations(collectSubjects(dir, options))),
  };
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** A message without the instruction meant for whoever edits the files. */
function forGovernors(message: string): string {
  return message.replace(/(^|\S)\s*Run `policywright [^`]*` to see every problem\.?/, '$1').replace(/`/g, '');
}

/**
 * What changed since the board's recorded approval: the policy's git history holds the approved version.
 * A school covered by its trust base's approval has changed when the base has (as lint judges it).
 */
function changesSinceApproval(file: string, loaded: LoadedPolicy): ReportExtras['changes'] {
  const scope = approvalScope(loaded);
  if (!scope) {
    const doc = loaded.data.document;
    const said = doc?.approved_on ? ` The policy says it was approved on ${formatDate(doc.approved_on)}, but the` : ' The board’s';
    // Governors read this: no commands, only who can put it right.
    return {
      lines: [],
      note: `No copy of the approved version was kept, so the changes since cannot be listed.${said} approval was not recorded in policywright, which keeps that copy: whoever keeps the policy file can record it after the meeting.`,
    };
  }
  const on = scope.approval.on ? ` on ${formatDate(scope.approval.on)}` : '';
  if (scope.kind === 'ownNotRecorded')
    return {
      lines: [],
      note: `Only the trust base’s approval was recorded in policywright, not this school’s own, so the changes since the school’s approval cannot be listed: whoever keeps the policy file can record it after the meeting.`,
    };
  if (!scope.changed) return { lines: [], note: `None: this is the version the board approved${on}.` };
  try {
    const diff = diffSinceRatified(scope.kind === 'trust' ? scope.file : file, { projectRoot: loaded.projectRoot });
    return { lines: diff.topics.flatMap((t) => t.changes.map((c) => c.text)), note: diff.count ? null : 'None.' };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    const where = scope.kind === 'trust' ? ` (the change is in the trust base, ${displayPath(scope.file)})` : '';
    return {
      lines: [],
      note: `The policy has changed since the board approved it${on}${where}, but the approved version could not be found to list the changes.`,
    };
  }
}

function lawChanges(loaded: LoadedPolicy, asOf: string): ReportExtras['lawChanges'] {
  const from = loaded.data.document?.approved_on;
  if (!from) return { lines: [], note: 'The policy gives no approval date, so changes in the law since it was approved cannot be listed.' };
  const lines = lawChangesSince(from, asOf);
  return { lines, note: lines.length ? null : `None of the legal values checked here has changed since ${formatDate(from)}.` };
}

export function reportExtras(file: string, loaded: LoadedPolicy, asOf: string): ReportExtras {
  return {
    changes: changesSinceApproval(file, loaded),
    lawChanges: lawChanges(loaded, asOf),
    freshness: lawFreshness(asOf).message ?? null,
  };
}
