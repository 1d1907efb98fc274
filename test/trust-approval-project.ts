import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect } from 'vitest';
import { lintFile } from '../src/lint/engine.js';
import { runCli, tempProject } from './helpers.js';

/**
 * A trust whose board approves its schools' policies records its approval once, in the trust base:
 * a project with that base and one school (oak.yaml) that records no approval of its own. Shared by
 * the lint, report and app tests, which must all judge "changed since approved" the same way.
 */
export const TRUST_BASE = `# The trust's shared policy.
trust: { name: Riverside Learning Trust, kind: multi_academy_trust }
document:
  title: Attendance policy
legal_measures:
  penalty_notices:
    used: true
    first: { discounted: 80, discount_days: 21, full: 160, full_days: 28 }
`;

export const TRUST_SCHOOL = `extends: base.yaml
schools:
  - id: oak
    name: Oak Primary
    school_day: { starts: "08:45", ends: "15:15" }
`;

export const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Clerk', '-c', 'user.email=clerk@example.org', ...args], { cwd: dir, stdio: 'pipe' });

export interface RatifiedTrustOptions {
  /** More files for the project. */
  files?: Record<string, string>;
  by?: string;
  minute?: string;
  /** Put the project under git, the approval committed (the report and the app read the approved version from git). */
  underGit?: boolean;
}

/** The project, with the trust base ratified on 15 September 2026 by `ratify`. */
export async function ratifiedTrust({
  files = {},
  by = 'Trust board',
  minute = 'TB 4',
  underGit = false,
}: RatifiedTrustOptions = {}): Promise<string> {
  const dir = tempProject({ 'base.yaml': TRUST_BASE, 'oak.yaml': TRUST_SCHOOL, ...files });
  if (underGit) git(dir, 'init', '-q');
  const run = await runCli('ratify', path.join(dir, 'base.yaml'), '--by', by, '--minute', minute, '--date', '2026-09-15');
  expect(run.code).toBe(0);
  if (underGit) {
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'Approved by the trust board');
  }
  return dir;
}

/** Whether lint says the school's policy changed since it was approved. */
export const lintSaysChanged = (dir: string, asOf = '2026-11-26') =>
  lintFile(path.join(dir, 'oak.yaml'), { asOf }).diagnostics.some((d) => d.ruleId === 'governance-changed-since-ratified');
