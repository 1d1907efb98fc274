import path from 'node:path';
import { collectPolicyFiles, displayPath } from '../core/files.js';
import { invalidPolicyMessage, loadValidPolicy } from '../validate/load-valid.js';
import type { LoadedPolicy } from '../load/load-policy.js';
import type { ProjectRootOption } from '../core/project-root.js';
import type { School } from '../types/policy.js';

/** One column of the comparison: a school (with the document that describes it), or the trust base. */
export interface Subject {
  id: string;
  label: string;
  loaded: LoadedPolicy;
  /** Undefined for the trust base, whose own defaults are compared. */
  school: School | undefined;
  schoolIndex: number;
}

export interface Subjects {
  base: Subject | undefined;
  schools: Subject[];
  /** Files left out, with why, in plain English. */
  skipped: string[];
}

/**
 * Load a trust folder. The trust base is the file the school files extend (the one extended most,
 * if there are several). Every school of every other document is a column: a school file gives one,
 * a federation document one per school. A file that covers no school and is not the base is skipped.
 */
export function collectSubjects(dir: string, options: ProjectRootOption = {}): Subjects {
  const skipped: string[] = [];
  const loaded: LoadedPolicy[] = [];
  for (const file of collectPolicyFiles([dir])) {
    const checked = loadValidPolicy(file, options);
    if (checked.ok) loaded.push(checked.loaded);
    else skipped.push(invalidPolicyMessage(file, checked.diagnostics));
  }
  const baseFile = mostExtended(loaded);
  const baseLoaded = loaded.find((l) => path.resolve(l.file) === baseFile);
  const base: Subject | undefined = baseLoaded
    ? { id: 'trust-base', label: 'Trust base', loaded: baseLoaded, school: undefined, schoolIndex: -1 }
    : undefined;
  const schools: Subject[] = [];
  for (const l of loaded) {
    if (l === baseLoaded) continue;
    const list = l.data.schools ?? [];
    if (list.length === 0) skipped.push(`${displayPath(l.file)} was left out: it covers no school and no file in the folder extends it.`);
    list.forEach((school, schoolIndex) =>
      schools.push({ id: school.id, label: school.short_name ?? school.name, loaded: l, school, schoolIndex }),
    );
  }
  return { base, schools, skipped };
}

function mostExtended(loaded: LoadedPolicy[]): string | undefined {
  const counts = new Map<string, number>();
  for (const l of loaded) {
    const first = l.chain[0];
    if (l.chain.length > 1 && first) counts.set(path.resolve(first), (counts.get(path.resolve(first)) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}
