import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile } from '../../src/lint/engine.js';
import { runCli, tempProject } from '../helpers.js';

const policy = (body: string) =>
  `legal_measures:\n  penalty_notices:\n    first: { discounted: 80, discount_days: 21, full: 160, full_days: 28 }\nsections:\n  - id: pn\n    title: Penalty notices\n    body: |\n      ${body}\n`;

describe('every stale value in a sentence is reported in one run', () => {
  it('both £60 and £120 in one sentence, each with what to write instead', () => {
    const dir = tempProject({
      'p.yaml': policy('A penalty notice is £60 per parent per child, rising to £120 if not paid within 21 days.'),
    });
    const found = lintFile(path.join(dir, 'p.yaml'), { asOf: '2026-11-26' }).diagnostics.filter(
      (d) => d.ruleId === 'pn-amounts-first-notice',
    );
    expect(found.map((d) => [d.column, d.message.split(' (')[0], d.hint])).toEqual([
      [
        27,
        '£60 is not a current penalty notice amount',
        'Change £60 to £80 (if paid within 21 days), or show the amount from the data with {{legal_measures.penalty_notices.first.discounted}}.',
      ],
      [
        63,
        '£120 is not a current penalty notice amount',
        'Change £120 to £160, or show the amount from the data with {{legal_measures.penalty_notices.first.full}}.',
      ],
    ]);
  });

  it('the lint output gives each its own → line', async () => {
    const dir = tempProject({ 'p.yaml': policy('Fixed penalty notices of £60, or £120 after 21 days, may be issued.') });
    const run = await runCli('lint', '--as-of', '2026-11-26', path.join(dir, 'p.yaml'));
    expect(run.out).toMatch(/£60 is not a current penalty notice amount[^\n]*\n +→ Change £60 to £80/);
    expect(run.out).toMatch(/£120 is not a current penalty notice amount[^\n]*\n +→ Change £120 to £160/);
  });

  it('a current amount beside an old one is left alone', () => {
    const dir = tempProject({
      'p.yaml': policy('A penalty notice is £80 if paid within 21 days, or £160 within 28 days; it used to be £60 before 2024.'),
    });
    writeFileSync(path.join(dir, 'x'), '');
    const found = lintFile(path.join(dir, 'p.yaml'), { asOf: '2026-11-26' }).diagnostics.filter(
      (d) => d.ruleId === 'pn-amounts-first-notice',
    );
    expect(found.map((d) => d.message.split(' (')[0])).toEqual([]);
  });
});
