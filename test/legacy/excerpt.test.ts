import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingText } from '../../src/core/diagnostics.js';
import { auditDocument, isAbsence } from '../../src/legacy/audit.js';
import { readLegacyDocument } from '../../src/legacy/read-legacy.js';
import { runCli, tempProject } from '../helpers.js';

// Absence findings ("the policy does not say X") only on a document that looks like a whole policy.
const OPENING = [
  '1. Introduction',
  'We expect every pupil to attend school every day that it is open. Parents should telephone the school office by 9.00am on each day of absence.',
  '2. Registration',
  'The morning register is taken at 8.45am and closes at 9.15am.',
  '3. Penalty notices',
  'The local authority may issue a penalty notice where a pupil has 10 sessions of unauthorised absence in a rolling period of 10 school weeks, and the',
].join('\n');

/** A long policy covering the usual parts, ending with a full sentence. */
function wholePolicy(): string {
  const parts = [
    ['Registers', 'The register is taken at the start of each morning session and once during each afternoon session.'],
    ['Reporting an absence', 'Parents must telephone the school office to report an absence on the first day.'],
    ['Leave of absence', 'Leave of absence in term time is granted only in exceptional circumstances.'],
    ['Lateness', 'Pupils who arrive late must sign in at the office; punctuality matters.'],
    ['Penalty notices', 'A penalty notice may be issued where the national threshold is met.'],
    ['Roles and responsibilities', 'The governing board and the senior attendance champion share these responsibilities.'],
    ['Persistent absence', 'A pupil who misses 10% of sessions is persistently absent, and we agree support with the family.'],
    ['Monitoring', 'We monitor attendance data weekly and analyse patterns to target support.'],
    ['Review', 'This policy is reviewed every year by the governing board.'],
  ];
  return parts.map(([title, text], i) => `${i + 1}. ${title}\n${`${text} `.repeat(20).trim()}`).join('\n\n');
}

async function audit(name: string, text: string, excerpt = false) {
  const dir = tempProject({ [name]: text });
  return auditDocument(await readLegacyDocument(path.join(dir, name)), { asOf: '2026-11-26', ...(excerpt ? { excerpt: true } : {}) });
}

describe('excerpts and complete policies', () => {
  it('the opening of a policy that stops mid-sentence is an excerpt: no absence findings, a could-not-check list instead', async () => {
    const r = await audit('opening.txt', OPENING);
    expect(r.completeness.complete).toBe(false);
    expect(r.completeness.reasons.join('; ')).toMatch(/ends in the middle of a sentence/);
    expect(r.diagnostics.filter((d) => isAbsence(d))).toEqual([]);
    expect(r.couldNotCheck.length).toBeGreaterThan(0);
    expect(r.couldNotCheck.some((d) => d.ruleId === 'policy-content-senior-attendance-champion')).toBe(true);
  });

  it('a document ending with […] is an excerpt', async () => {
    const r = await audit('cut.txt', `${wholePolicy()}\n\n[…]\n`);
    expect(r.completeness.complete).toBe(false);
    expect(r.completeness.reasons).toContain('it is marked as an extract');
  });

  it('a whole policy covering the usual parts is complete, and what it does not say is reported', async () => {
    const r = await audit('whole.txt', wholePolicy());
    expect(r.completeness).toMatchObject({ complete: true, reasons: [] });
    // It never says by what time to report an absence: that is a finding.
    expect(r.diagnostics.some((d) => d.ruleId === 'policy-content-absence-reporting' && /by what time/.test(d.message))).toBe(true);
    // It does speak of the governing board: that finding could not be checked, and says where to look.
    expect(r.diagnostics.some((d) => d.ruleId === 'governance-board-role')).toBe(false);
    expect(r.couldNotCheck.find((d) => d.ruleId === 'governance-board-role')?.spokenOf).toMatchObject({
      topic: "the governing board's role",
    });
  });

  it('--excerpt reads even a whole policy as an excerpt', async () => {
    const r = await audit('whole.txt', wholePolicy(), true);
    expect(r.diagnostics.some((d) => d.foundNowhere || /found nothing about this/.test(findingText(d)))).toBe(false);
    expect(r.couldNotCheck.length).toBeGreaterThan(0);
    const dir = tempProject({ 'whole.txt': wholePolicy() });
    const run = await runCli('audit', '--excerpt', '--as-of', '2026-11-26', path.join(dir, 'whole.txt'));
    expect(run.out).toMatch(
      /whole\.txt: could not check, because it was read as part of a policy, as asked with --excerpt, so what it does not say is not reported as a problem:\n {2}- The policy/,
    );
  });

  it('JSON output stays one report, with the could-not-check list beside the findings', async () => {
    const dir = tempProject({ 'opening.txt': OPENING });
    const run = await runCli('audit', '--format', 'json', '--as-of', '2026-11-26', path.join(dir, 'opening.txt'));
    const files = JSON.parse(run.out) as Array<{
      filePath: string;
      couldNotCheck?: { why: string; items: Array<{ ruleId: string; message: string }> };
    }>;
    const entry = files.find((f) => f.filePath.endsWith('opening.txt'));
    expect(entry?.couldNotCheck?.why).toMatch(/it reads as part of a policy \(.*ends in the middle of a sentence\)/);
    expect(entry?.couldNotCheck?.items.map((i) => i.ruleId)).toContain('policy-content-senior-attendance-champion');
    expect(run.err).toBe('');
  });

  it('Markdown output has a could-not-check section', async () => {
    const dir = tempProject({ 'opening.txt': OPENING });
    const run = await runCli('audit', '--format', 'markdown', '--as-of', '2026-11-26', path.join(dir, 'opening.txt'));
    expect(run.out).toMatch(/## Could not check: .*opening\.txt\n\nThe audit could not check these, because it reads as part of a policy/);
    expect(run.out).toMatch(/- The policy does not name a senior attendance champion\. .*\(`policy-content-senior-attendance-champion`\)/);
  });
});
