import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { periodEnd } from '../../src/core/school-weeks.js';
import { planLetters } from '../../src/letters/plan.js';
import { ROOT, tempProject } from '../helpers.js';
import { DATE, SAMPLE } from './fixtures.js';

const TERMS = [
  { starts: '2026-11-02', ends: '2026-12-18' },
  { starts: '2027-01-05', ends: '2027-02-12' },
];

describe('improvement periods in school weeks', () => {
  it('skip the Christmas holiday when the term dates are given', () => {
    // Tuesday 1 December: 13 school days to 18 December, then 7 more from 5 January.
    expect(periodEnd('2026-12-01', 4, TERMS)).toEqual({ ends: '2027-01-13', schoolWeeks: true });
    // Inside one term, 4 school weeks are 4 calendar weeks.
    expect(periodEnd('2026-11-03', 4, TERMS)).toEqual({ ends: '2026-12-01', schoolWeeks: true });
  });

  it('fall back to calendar weeks without term dates, or when they stop too soon', () => {
    expect(periodEnd('2026-12-01', 4, undefined)).toEqual({ ends: '2026-12-29', schoolWeeks: false });
    expect(periodEnd('2027-02-01', 4, TERMS)).toEqual({ ends: '2027-03-01', schoolWeeks: false });
  });

  it('without term dates the letters run says so, and the letter says "weeks", not "school weeks"', () => {
    const base = readFileSync(path.join(ROOT, 'policies/trust-base.yaml'), 'utf8');
    const without = base.replace(/\nterm_dates:\n(?: {2}- .*\n)+/, '\n');
    expect(without).not.toContain('term_dates:');
    const dir = tempProject({ 'policies/trust-base.yaml': without, 'policies/schools/hillcrest-secondary.yaml': readFileSync(path.join(ROOT, 'policies/schools/hillcrest-secondary.yaml'), 'utf8') });
    const plan = planLetters({ policyFile: path.join(dir, 'policies/schools/hillcrest-secondary.yaml'), pupilsFile: SAMPLE, date: DATE });
    expect(plan.notes.join('\n')).toMatch(/The policy gives no term_dates, so each Notice to Improve counts its improvement period in calendar weeks/);
    const nti = plan.letters.find((l) => l.kind.id === 'notice-to-improve')!;
    expect(nti.view.improvement_period_ends).toBe('2026-12-29');
    expect(nti.view.improvement_period_in_school_weeks).toBe(false);
  });
});
