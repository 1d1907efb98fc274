import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { UserError } from '../core/diagnostics.js';
import { displayPath } from '../core/files.js';
import { loadPolicy, type LoadedPolicy } from '../load/load-policy.js';
import type { ProjectRootOption } from '../core/project-root.js';
import { MAX_POLICY_BYTES, parsePolicyText, type ParsedSource } from '../load/source.js';
import { policyFingerprint, recordedApproval } from '../ratify/fingerprint.js';
import { invalidPolicyMessage, loadValidPolicy } from '../validate/load-valid.js';
import { validatePolicy } from '../validate/validate.js';

/** How far back `--since-ratified` looks for the approved version. */
const MAX_REVISIONS = 500;

function git(cwd: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: MAX_POLICY_BYTES * 2 });
  } catch {
    return null;
  }
}

interface Repo {
  top: string;
  /** The policy's folder, and the same folder as a path inside the repository. */
  dir: string;
  prefix: string;
}

function repoOf(file: string): Repo {
  const dir = path.dirname(path.resolve(file));
  const top = git(dir, ['rev-parse', '--show-toplevel'])?.trim();
  const prefix = git(dir, ['rev-parse', '--show-prefix']);
  if (!top || prefix === null)
    throw new UserError(
      `${displayPath(file)} is not in a git repository, so there is no earlier version to compare with. Compare two files instead: policywright diff OLD NEW.`,
    );
  return { top, dir, prefix: prefix.trim() };
}

function checkRevision(repo: Repo, rev: string): string {
  // A revision that starts with "-" would be read by git as an option.
  const commit = rev.startsWith('-') ? null : git(repo.dir, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])?.trim();
  if (!commit) throw new UserError(`"${rev}" is not a version git knows (a commit, branch or tag, such as HEAD~1 or v2).`);
  return commit;
}

/** A file's path inside the repository, from its path on disk. */
function inRepo(repo: Repo, file: string): string | null {
  const rel = path.posix.normalize(path.posix.join(repo.prefix, path.relative(repo.dir, path.resolve(file)).split(path.sep).join('/')));
  return rel.startsWith('..') || path.isAbsolute(rel) ? null : rel;
}

/** Parsed files as they were at one commit: the loader asks this cache before the disk. */
class RevisionFiles extends Map<string, ParsedSource> {
  constructor(
    private readonly repo: Repo,
    private readonly commit: string,
    private readonly rev: string,
  ) {
    super();
  }

  override get(key: string): ParsedSource | undefined {
    const cached = super.get(key);
    if (cached) return cached;
    const rel = inRepo(this.repo, key);
    const text = rel === null ? null : git(this.repo.top, ['show', `${this.commit}:${rel}`]);
    if (text === null) throw new UserError(`${displayPath(key)} did not exist in version ${this.rev}.`);
    if (Buffer.byteLength(text) > MAX_POLICY_BYTES)
      throw new UserError(`${displayPath(key)} in version ${this.rev} is larger than a policy file can be.`);
    const parsed = parsePolicyText(path.relative(process.cwd(), key) || key, text);
    super.set(key, parsed);
    return parsed;
  }
}

/** The policy at a commit, read but not yet checked against the schema (its fingerprint needs no more). */
function readAt(file: string, repo: Repo, commit: string, rev: string, options: ProjectRootOption = {}): LoadedPolicy {
  const loaded = loadPolicy(file, { ...options, cache: new RevisionFiles(repo, commit, rev) });
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new UserError(`In version ${rev}, ${invalidPolicyMessage(file, errors)}`);
  return loaded;
}

/** An old version is compared only once it has the shape the schema describes (it may predate a change to the schema). */
function checkedAt(loaded: LoadedPolicy, rev: string): LoadedPolicy {
  const errors = validatePolicy(loaded).filter((d) => d.severity === 'error');
  if (errors.length) throw new UserError(`In version ${rev}, ${invalidPolicyMessage(loaded.file, errors)}`);
  return loaded;
}

function loadAt(file: string, repo: Repo, commit: string, rev: string, options: ProjectRootOption = {}): LoadedPolicy {
  return checkedAt(readAt(file, repo, commit, rev, options), rev);
}

/**
 * The policy as it was at a git revision: the file's content at that commit, and everything it
 * `extends` from the same commit, merged as usual. Nothing is written to the working folder.
 */
export function loadPolicyAtRevision(file: string, rev: string): LoadedPolicy {
  const repo = repoOf(file);
  return loadAt(file, repo, checkRevision(repo, rev), rev);
}

export interface RatifiedVersion {
  loaded: LoadedPolicy;
  /** The commit holding the approved content, or null when the file on disk is still that content. */
  commit: string | null;
  on: string | null;
  by: string | null;
  minute: string | null;
}

/**
 * The version the board approved: the most recent commit whose content has the fingerprint that
 * `ratify` recorded (the file or anything it extends may have changed since).
 */
export function findRatifiedVersion(file: string, options: ProjectRootOption = {}): RatifiedVersion {
  const current = loadValidPolicy(file, options);
  if (!current.ok) throw new UserError(invalidPolicyMessage(file, current.diagnostics));
  const approval = recordedApproval(current.loaded.data);
  if (!approval)
    throw new UserError(
      `${displayPath(file)} has no recorded approval to compare with. When the board approves it, record that with: policywright ratify ${displayPath(file)} --by "Full governing board" --minute "<minute reference>"`,
    );
  const found = { on: approval.on, by: approval.by, minute: approval.minute };
  if (policyFingerprint(current.loaded.data) === approval.fingerprint) return { loaded: current.loaded, commit: null, ...found };
  const repo = repoOf(file);
  const paths = current.loaded.chain.map((f) => inRepo(repo, f)).filter((p): p is string => p !== null);
  const log = git(repo.top, ['log', '--format=%H', '-n', String(MAX_REVISIONS), '--', ...paths]) ?? '';
  for (const commit of log.split('\n').filter(Boolean)) {
    let loaded: LoadedPolicy;
    try {
      loaded = readAt(file, repo, commit, commit.slice(0, 7), options);
    } catch {
      continue;
    }
    if (policyFingerprint(loaded.data) === approval.fingerprint) return { loaded: checkedAt(loaded, commit.slice(0, 7)), commit, ...found };
  }
  throw new UserError(
    `The version approved${approval.on ? ` on ${approval.on}` : ''} is not in the git history of ${displayPath(file)}, so it cannot be compared. Commit the policy after each approval so the approved version can be found.`,
  );
}
