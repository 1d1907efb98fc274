import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyReport } from '../../src/report/build-report.js';
import { renderReportHtml } from '../../src/report/render-html.js';
import { lintSaysChanged, ratifiedTrust as ratified, TRUST_SCHOOL as SCHOOL } from '../trust-approval-project.js';
import { htmlText } from './report-helpers.js';

// A school that records no approval of its own is covered by the trust board's approval of the
// trust base: the governors' report must judge "changed since" the way lint does.
const AS_OF = '2026-11-26';
const ratifiedTrust = () => ratified({ underGit: true });

function reportText(dir: string): string {
  return htmlText(renderReportHtml(policyReport(path.join(dir, 'oak.yaml'), AS_OF)));
}

describe('the governors’ report for a school covered by its trust base’s approval', () => {
  it('says this is the version approved while the trust base is unchanged, as lint does', async () => {
    const dir = await ratifiedTrust();
    const text = reportText(dir);
    expect(lintSaysChanged(dir)).toBe(false);
    expect(text).not.toMatch(/The policy has changed since|has changed since it was approved/);
    expect(text).toContain('15 September 2026, by the trust board, minute TB 4. This is the version approved.');
    expect(text).toContain('None: this is the version the board approved on 15 September 2026.');
  });

  it('says the policy has changed, naming the trust base, once the base changes after the approval', async () => {
    const dir = await ratifiedTrust();
    const base = path.join(dir, 'base.yaml');
    writeFileSync(base, readFileSync(base, 'utf8').replace('full_days: 28', 'full_days: 42'));
    const text = reportText(dir);
    expect(lintSaysChanged(dir)).toBe(true);
    expect(text).toMatch(/minute TB 4\. The policy has changed since: the change is in the trust base \([^)]*base\.yaml\)\./);
    expect(text).toMatch(
      /The policy takes the trust board’s approval from the trust base \([^)]*base\.yaml\), and the trust base has changed since: First penalty notice: now £80 within 21 days, £160 within 42 days \(was £80 within 21 days, £160 within 28 days\)/,
    );
    // Lint's finding, in the same report, agrees.
    expect(text).toContain('The policy has changed since it was ratified on 15 September 2026 by the trust board (minute TB 4)');
  });

  it('a change in the school’s own file is not part of the trust’s record, in the report as in lint', async () => {
    const dir = await ratifiedTrust();
    writeFileSync(path.join(dir, 'oak.yaml'), SCHOOL.replace('starts: "08:45"', 'starts: "08:40"'));
    expect(lintSaysChanged(dir)).toBe(false);
    expect(reportText(dir)).not.toMatch(/The policy has changed since|has changed since it was approved/);
  });

  it('a school naming its own unrecorded approval is not called unchanged or changed', async () => {
    const dir = await ratifiedTrust();
    writeFileSync(
      path.join(dir, 'oak.yaml'),
      `${SCHOOL}document:\n  approved_by: Oak local governing board\n  approved_on: 2026-09-22\n  approval_minute: LGB 2\n`,
    );
    const text = reportText(dir);
    expect(text).not.toMatch(/The policy has changed since|has changed since it was approved/);
    expect(text).not.toContain('This is the version approved');
    expect(text).toContain(
      'Only the trust base’s approval is recorded, so changes to this school’s policy since its own approval cannot be checked.',
    );
  });
});
