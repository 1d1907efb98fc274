import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/load/load-policy.js';
import { libraryGovernance } from '../../src/serve/governance-library.js';
import type { Project } from '../../src/serve/project.js';
import { lintSaysChanged, ratifiedTrust as ratified } from '../trust-approval-project.js';

// The app's governors' page judges "changed since approved" as lint does: a school that records no
// approval of its own is covered by the trust board's approval of the trust base.
const ratifiedTrust = () => ratified({ underGit: true, by: 'Trust board, on the advice of the Oak local governing board' });

function governance(dir: string) {
  const loaded = loadPolicy(path.join(dir, 'oak.yaml'), { projectRoot: dir });
  const project = { root: dir } as Project;
  const g = libraryGovernance();
  return { status: g.status(loaded, project), changes: g.changesSinceRatified(loaded, project) };
}

describe('the app’s approval status for a school covered by its trust base’s approval', () => {
  it('is approved, by the trust board in sentence words, while the trust base is unchanged', async () => {
    const dir = await ratifiedTrust();
    const { status, changes } = governance(dir);
    expect(lintSaysChanged(dir)).toBe(false);
    expect(status).toMatchObject({
      state: 'approved',
      label: 'Approved on 15 September 2026 by the trust board, on the advice of the Oak local governing board',
    });
    expect(changes).toMatchObject({ changes: [], since: { date: '2026-09-15', minute: 'TB 4' } });
    // The governors' page says the approval in words: the body with its advice comes after the date.
    expect(status.ratified?.words).toBe(
      'Approved on 15 September 2026 by the trust board, on the advice of the Oak local governing board (minute TB 4)',
    );
  });

  it('has changed once the trust base changes after the approval, and lists the change in the base', async () => {
    const dir = await ratifiedTrust();
    const base = path.join(dir, 'base.yaml');
    writeFileSync(base, readFileSync(base, 'utf8').replace('full_days: 28', 'full_days: 42'));
    const { status, changes } = governance(dir);
    expect(lintSaysChanged(dir)).toBe(true);
    expect(status.state).toBe('changed');
    expect(status.label).toMatch(
      /^Changed since it was approved on 15 September 2026 \(the change is in the trust base, [^)]*base\.yaml\)$/,
    );
    expect(changes.changes.map((c) => c.what)).toEqual([
      'First penalty notice: now £80 within 21 days, £160 within 42 days (was £80 within 21 days, £160 within 28 days)',
    ]);
    expect(changes.note).toMatch(/^The changes are in the trust base \([^)]*base\.yaml\), whose approval this policy takes\.$/);
  });
});
