import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile } from '../../src/lint/engine.js';
import { ROOT } from '../helpers.js';

// Expectations written by reading the three published policies (and where their YAML encodings put
// each fact), not by running the tool. Line numbers are those of test/fixtures/corpus/*.yaml.
const AS_OF = '2026-11-26';
const lint = (name: string) => lintFile(path.join(ROOT, 'test/fixtures/corpus', `${name}.yaml`), { asOf: AS_OF });

function at(result: ReturnType<typeof lint>, ruleId: string) {
  return result.diagnostics.filter((d) => d.ruleId === ruleId);
}

describe('Bishop Perrin (ratified Feb 2023, renewal Feb 2026)', () => {
  const r = lint('bishop-perrin');

  it('is a valid policy', () => expect(r.invalid).toBe(false));

  it('£60/£120 first penalty notice: error in the data (line 244) and in the prose (line 552)', () => {
    const found = at(r, 'pn-amounts-first-notice');
    expect(found.every((d) => d.severity === 'error')).toBe(true);
    expect(found.map((d) => d.line)).toEqual(expect.arrayContaining([244, 552]));
  });

  it('the six-week penalty threshold window (line 239)', () => {
    expect(at(r, 'pn-national-threshold').map((d) => d.line)).toContain(239);
  });

  it('registers kept for 3 years (data line 258, prose line 442)', () => {
    const lines = at(r, 'register-retention-6-years').map((d) => d.line);
    expect(lines).toEqual(expect.arrayContaining([258, 442]));
  });

  it('cites the 2022 non-statutory attendance material (reference at lines 288-291 or the prose list at line 326)', () => {
    const lines = at(r, 'framework-wt-2024-statutory').map((d) => d.line);
    expect(lines.some((l) => (l >= 288 && l <= 292) || l === 326)).toBe(true);
  });

  it('review overdue: renewal date February 2026 has passed (line 16)', () => {
    const found = at(r, 'policy-review-overdue');
    expect(found.map((d) => d.line)).toContain(16);
    expect(found[0]!.severity).toBe('warning');
  });

  it('the two office email spellings disagree (bischopperrin, prose line 387)', () => {
    const found = at(r, 'prose-data-consistency').filter((d) => /bischopperrin/.test(d.message));
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((d) => d.line)).toContain(387);
  });
});

describe('ATLP Nether Stowe (2024, current amounts)', () => {
  const r = lint('atlp-nether-stowe');
  it('is a valid policy', () => expect(r.invalid).toBe(false));
  it('has no penalty-notice findings', () =>
    expect(r.diagnostics.filter((d) => d.ruleId.startsWith('pn-') && d.severity !== 'info')).toEqual([]));
  it('has no register window finding (8:45 to 9:00 is 15 minutes)', () => expect(at(r, 'register-close-time-30-minutes')).toEqual([]));
});

describe('Thomas Russell Junior (2024)', () => {
  const r = lint('thomas-russell-junior');
  it('is a valid policy', () => expect(r.invalid).toBe(false));
  it('warns that the morning (30 min) and afternoon (15 min) register windows differ', () => {
    const found = at(r, 'register-close-time-30-minutes');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((d) => d.severity === 'warning')).toBe(true);
    expect(found.some((d) => /30/.test(d.message) && /15/.test(d.message) && d.line >= 25 && d.line <= 29)).toBe(true);
  });
  it('asks for medical evidence routinely after 5 days of illness (line 125)', () => {
    const found = at(r, 'health-medical-evidence-not-routine');
    expect(found.map((d) => d.line)).toContain(125);
    expect(found[0]!.severity).toBe('warning');
  });
});

describe('bundled examples', () => {
  it('lint with no errors and no warnings', async () => {
    const { collectPolicyFiles } = await import('../../src/core/files.js');
    for (const file of collectPolicyFiles([path.join(ROOT, 'policies')])) {
      const res = lintFile(file, { asOf: AS_OF });
      const serious = res.diagnostics.filter((d) => d.severity !== 'info' && !d.excepted);
      expect(serious.map((d) => `${path.relative(ROOT, d.file)}:${d.line} ${d.ruleId} ${d.message}`)).toEqual([]);
    }
  });
});
