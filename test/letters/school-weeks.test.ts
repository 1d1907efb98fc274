import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { periodEnd, schoolDaysEnd } from '../../src/core/school-weeks.js';
import { letterTemplates } from '../../src/letters/letter-templates.js';
import { planLetters } from '../../src/letters/plan.js';
import { ROOT, tempProject } from '../helpers.js';
import { DATE, HILLCREST, SAMPLE } from './fixtures.js';

const TERMS = [
  { starts: '2026-11-02', ends: '2026-12-18' },
  { starts: '2027-01-05', ends: '2027-02-12' },
];

/** A copy of the trust base (without its term dates) and Hillcrest. */
function withoutTermDates(): string {
  const base = readFileSync(path.join(ROOT, 'policies/trust-base.yaml'), 'utf8');
  const without = base.replace(/\nterm_dates:\n(?: {2}- .*\n)+/, '\n');
  expect(without).not.toContain('term_dates:');
  const dir = tempProject({
    'policies/trust-base.yaml': without,
    'policies/schools/hillcrest-secondary.yaml': readFileSync(HILLCREST, 'utf8'),
  });
  return path.join(dir, 'policies/schools/hillcrest-secondary.yaml');
}

/** The text of one pupil's letter, as its template draws it. */
function letterText(plan: ReturnType<typeof planLetters>, pupilId: string): string {
  const l = plan.letters.find((x) => x.view.pupil.pupil_id === pupilId)!;
  return letterTemplates()
    .letter(l.template, l.view)
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');
}

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
    const plan = planLetters({ policyFile: withoutTermDates(), pupilsFile: SAMPLE, date: DATE });
    expect(plan.notes.join('\n')).toMatch(
      /The policy gives no term_dates, so each Notice to Improve counts its improvement period in calendar weeks/,
    );
    const nti = plan.letters.find((l) => l.kind.id === 'notice-to-improve')!;
    expect(nti.view.improvement_period_ends).toBe('2026-12-29');
    expect(nti.view.improvement_period_in_school_weeks).toBe(false);
  });
});

describe('review periods and reply deadlines in letters are counted in school weeks and school days', () => {
  it('school days skip weekends and holidays, and cannot be counted without term dates', () => {
    // Friday 11 December: the next five school days end on Friday 18 December.
    expect(schoolDaysEnd('2026-12-11', 5, TERMS)).toBe('2026-12-18');
    // Tuesday 15 December: three days before the holiday, two after it.
    expect(schoolDaysEnd('2026-12-15', 5, TERMS)).toBe('2027-01-06');
    expect(schoolDaysEnd('2026-12-15', 5, undefined)).toBeUndefined();
    expect(schoolDaysEnd('2027-02-10', 5, TERMS)).toBeUndefined();
  });

  it('with term dates, a stage letter dates its review in school weeks, leaving out the Christmas holiday', () => {
    const plan = planLetters({ policyFile: HILLCREST, pupilsFile: SAMPLE, date: DATE });
    // Stage 1 (attendance concern) and stage 3 (persistent absence) review after 4 weeks; stage 4 (severe absence) after 2.
    expect(letterText(plan, 'HC1002')).toContain(
      'We will look at Ben’s attendance again in 4 school weeks, by 13 January 2027 (school holidays are not counted).',
    );
    expect(letterText(plan, 'HC1007')).toContain(
      'We will look at Grace’s attendance again in 4 school weeks, by 13 January 2027 (school holidays are not counted).',
    );
    expect(letterText(plan, 'HC1010')).toContain(
      'We will look at Jack’s attendance again in 2 school weeks, by 15 December 2026 (school holidays are not counted).',
    );
    expect(plan.notes.join('\n')).not.toMatch(/review/);
  });

  it('with term dates, the meeting letter gives the reply date and the review date', () => {
    const plan = planLetters({ policyFile: HILLCREST, pupilsFile: SAMPLE, date: DATE });
    const meeting = letterText(plan, 'HC1005');
    expect(meeting).toContain('Please contact us within the next five school days (by 8 December 2026) to agree a time that suits you.');
    expect(meeting).toContain(
      'We will review the plan together after 4 school weeks, by 13 January 2027 (school holidays are not counted).',
    );
  });

  it('without term dates, letters give the review in weeks with no date, and the letters run says why', () => {
    const plan = planLetters({ policyFile: withoutTermDates(), pupilsFile: SAMPLE, date: DATE });
    expect(letterText(plan, 'HC1002')).toContain('We will look at Ben’s attendance again in 4 weeks.');
    const meeting = letterText(plan, 'HC1005');
    expect(meeting).toContain('Please contact us within the next five school days to agree a time that suits you.');
    expect(meeting).toContain('We will review the plan together after 4 weeks.');
    expect(meeting).not.toMatch(/school week|\(by /);
    const reviewed = plan.letters.filter((l) => l.view.stage?.review_after_weeks).length;
    expect(reviewed).toBeGreaterThan(3);
    expect(plan.notes).toContain(
      `The policy gives no term_dates, so ${reviewed} letters give their review of the escalation stage as a number of weeks, without a date, and cannot leave out the holidays. Add the term dates to the policy to count school weeks.`,
    );
  });
});
