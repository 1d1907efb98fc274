import path from 'node:path';
import { buildMatrix, compareToHtml, type CompareMatrix } from '../compare/index.js';
import { collectSubjects, type Subjects } from '../compare/subjects.js';
import { checkPolicyFile } from '../validate/index.js';
import { withContentSecurityPolicy } from '../render/csp.js';
import { policyName } from './policy-name.js';
import { listWords } from '../text/words.js';
import type { Project } from './project.js';

/** A policy file the comparison leaves out, named as people know it, with why. */
export interface LeftOut {
  file: string;
  name: string;
  reason: string;
}

export interface TrustView {
  html: string | null;
  leftOut: LeftOut[];
}

/**
 * The trust comparison for the browser: the page `compare --format html` makes, with each value's
 * source named by school ("Oakfield policy, line 125", "Trust base, line 130") rather than by a
 * path from wherever the app was started, and the files left out listed beside it, not inside it.
 */
export function trustView(project: Project): TrustView {
  const subjects = collectSubjects(project.root, { projectRoot: project.root });
  const matrix = buildMatrix(subjects);
  const label = fileLabels(subjects, project);
  const named = (cell: CompareMatrix['rows'][number]['cells'][number] | null) =>
    cell && { ...cell, setIn: cell.origin ? `${label(cell.origin.file)}, line ${cell.origin.line}` : null };
  const shown: CompareMatrix = {
    ...matrix,
    base:
      matrix.base && subjects.base
        ? { label: baseLabel(subjects.base.loaded.data.trust?.name), file: project.relative(subjects.base.loaded.file) }
        : null,
    columns: matrix.columns.map((c, i) => ({ ...c, file: project.relative(subjects.schools[i]!.loaded.file) })),
    rows: matrix.rows.map((r) => ({ ...r, base: named(r.base), cells: r.cells.map((c) => named(c)!) })),
    skipped: [],
  };
  return {
    html: shown.columns.length ? withContentSecurityPolicy(compareToHtml(shown, 'Key settings across the trust')) : null,
    leftOut: leftOut(subjects, project),
  };
}

const baseLabel = (trust: string | undefined) => (trust?.trim() ? `${trust.trim()} (trust base)` : 'Trust base');

/** Files by the schools they cover; the trust base as such; anything else by its path in the project. */
function fileLabels(subjects: Subjects, project: Project): (file: string) => string {
  const labels = new Map<string, string>();
  for (const s of subjects.schools) {
    const key = path.resolve(s.loaded.file);
    const names = (s.loaded.data.schools ?? []).map((x) => x.short_name ?? x.name);
    if (!labels.has(key)) labels.set(key, `${listWords(names)} policy`);
  }
  if (subjects.base) labels.set(path.resolve(subjects.base.loaded.file), 'Trust base');
  return (file) => labels.get(path.resolve(file)) ?? (project.contains(path.resolve(file)) ? project.relative(path.resolve(file)) : file);
}

function leftOut(subjects: Subjects, project: Project): LeftOut[] {
  const used = new Set([subjects.base, ...subjects.schools].flatMap((s) => (s ? [path.resolve(s.loaded.file)] : [])));
  const out: LeftOut[] = [];
  for (const file of project.policyFiles()) {
    if (used.has(file)) continue;
    const { policy, diagnostics } = checkPolicyFile(file, { projectRoot: project.root });
    const broken = diagnostics.some((d) => d.severity === 'error');
    out.push({
      file: project.relative(file),
      name: policyName(policy.data, file).name,
      reason: broken
        ? 'It has problems that stop it being read, so it cannot be compared yet. Open it to see them.'
        : 'It covers no school, and no other policy in the folder builds on it.',
    });
  }
  return out;
}
