import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile } from '../../src/lint/engine.js';
import { runCli } from '../helpers.js';
import { ratifiedTrust as ratified, TRUST_SCHOOL as SCHOOL } from '../trust-approval-project.js';

const ratifiedTrust = (files: Record<string, string> = {}) => ratified({ files, minute: 'TB 15/09/26 item 4' });

// A trust board that approves its schools' policies records its approval once, in the trust base.
// A school whose file records no approval of its own is ratified by it: the check is then whether
// the trust base has changed since. A school that names its own approval has none recorded.
const RULE = 'governance-changed-since-ratified';
const AS_OF = '2026-11-26';

function check(file: string) {
  const result = lintFile(file, { asOf: AS_OF });
  return { found: result.diagnostics.filter((d) => d.ruleId === RULE), applicability: result.applicability.get(RULE) };
}

describe('a school that takes its approval from the trust base', () => {
  it('is ratified by the trust board’s approval while the trust base is as approved', async () => {
    const dir = await ratifiedTrust();
    const school = check(path.join(dir, 'oak.yaml'));
    expect(school.found).toEqual([]);
    expect(school.applicability).toMatchObject({ applies: true });
  });

  it('is told when the trust base changes after the approval, at the approval in the trust base', async () => {
    const dir = await ratifiedTrust();
    const base = path.join(dir, 'base.yaml');
    writeFileSync(base, readFileSync(base, 'utf8').replace('full_days: 28', 'full_days: 42'));
    const { found } = check(path.join(dir, 'oak.yaml'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ messageId: 'changedSinceRatified', file: base, severity: 'warning' });
    expect(found[0]!.message).toBe(
      'The policy has changed since it was ratified on 15 September 2026 by the trust board (minute TB 15/09/26 item 4): it is no longer the version the board approved.',
    );
    // The school is sent to the trust base, where the change and the approval are.
    expect(found[0]!.hint).toBe(
      'The change is in the trust base (base.yaml). See what changed with `policywright diff --since-ratified base.yaml`, then take the change to the board and record its approval of the trust base with `policywright ratify base.yaml`, or undo the change.',
    );
    const own = check(base).found;
    expect(own.map((d) => d.messageId)).toEqual(['changedSinceRatified']);
    expect(own[0]!.hint).toMatch(/^See what changed with `policywright diff --since-ratified <file>`/);
  });

  it('a change in the school’s own file is not part of the trust’s record (its own approval would be)', async () => {
    const dir = await ratifiedTrust();
    const file = path.join(dir, 'oak.yaml');
    writeFileSync(file, SCHOOL.replace('starts: "08:45"', 'starts: "08:40"'));
    expect(check(file).found).toEqual([]);
  });
});

describe('a school that names its own approval', () => {
  it('has no approved version to compare with when only the trust base’s approval is recorded, and says so', async () => {
    const dir = await ratifiedTrust({
      'elm.yaml': `${SCHOOL.replace('id: oak', 'id: elm').replace('Oak Primary', 'Elm Primary')}document:\n  approved_by: Elm local governing board\n  approved_on: 2026-09-22\n`,
    });
    const school = check(path.join(dir, 'elm.yaml'));
    expect(school.found).toEqual([]);
    expect(school.applicability).toMatchObject({
      applies: false,
      reason:
        'The policy gives its own approval, but only the trust base’s approval is recorded, so there is no approved version of this policy to compare with.',
    });
  });

  it('once its own approval is recorded, is checked against that, trust base included', async () => {
    const dir = await ratifiedTrust();
    const file = path.join(dir, 'oak.yaml');
    await runCli('ratify', file, '--by', 'Trust board', '--minute', 'TB 22/09/26 item 2', '--date', '2026-09-22');
    expect(check(file).found).toEqual([]);
    const base = path.join(dir, 'base.yaml');
    writeFileSync(base, readFileSync(base, 'utf8').replace('full_days: 28', 'full_days: 42'));
    expect(check(file).found.map((d) => d.messageId)).toEqual(['changedSinceRatified']);
  });
});
