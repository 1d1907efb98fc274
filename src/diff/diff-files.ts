import { UserError } from '../core/diagnostics.js';
import { displayPath } from '../core/files.js';
import { invalidPolicyMessage, loadValidPolicy } from '../validate/load-valid.js';
import type { LoadedPolicy } from '../load/load-policy.js';
import type { ProjectRootOption } from '../core/project-root.js';
import { diffPolicies, type PolicyDiff } from './diff-policies.js';
import { findRatifiedVersion, loadPolicyAtRevision } from './git-revision.js';
import { longDate } from '../text/dates.js';

function loadCurrent(file: string, options: ProjectRootOption = {}): LoadedPolicy {
  const valid = loadValidPolicy(file, options);
  if (!valid.ok) throw new UserError(invalidPolicyMessage(file, valid.diagnostics));
  return valid.loaded;
}

/** What changed from one policy file to another (each with what it extends). */
export function diffPolicyFiles(oldFile: string, newFile: string): PolicyDiff {
  return diffPolicies(loadCurrent(oldFile), loadCurrent(newFile));
}

/** What changed in a policy since a git revision (the file and its trust base as they were then). */
export function diffSinceRevision(file: string, rev: string): PolicyDiff {
  const after = loadCurrent(file);
  const before = loadPolicyAtRevision(file, rev);
  return diffPolicies(before, after, { old: `${displayPath(file)} at ${rev}`, new: `${displayPath(file)} now` });
}

/** What changed in a policy since the version the board approved (found by its recorded fingerprint). */
export function diffSinceRatified(
  file: string,
  options: ProjectRootOption = {},
): PolicyDiff & { ratified: { on: string | null; by: string | null; minute: string | null } } {
  const after = loadCurrent(file, options);
  const found = findRatifiedVersion(file, options);
  const when = found.on ? ` on ${longDate(found.on)}` : '';
  const diff = diffPolicies(found.loaded, after, { old: `the version approved${when}`, new: `${displayPath(file)} now` });
  return { ...diff, ratified: { on: found.on, by: found.by, minute: found.minute } };
}
