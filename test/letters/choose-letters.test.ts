import { describe, expect, it } from 'vitest';
import { compare, fraction, fromDecimal } from '../../src/letters/exact.js';
import { planLetters } from '../../src/letters/plan.js';
import { evaluateTrigger, triggerSource, type Trigger } from '../../src/letters/triggers.js';
import type { Pupil } from '../../src/letters/pupil.js';
import { DATE, EXPECTED, HILLCREST, OAKFIELD, SAMPLE } from './fixtures.js';

describe('--letter auto follows the policy triggers exactly', () => {
  const plan = planLetters({ policyFile: HILLCREST, pupilsFile: SAMPLE, letter: 'auto', date: DATE });

  it.each(EXPECTED)('$id ($why) gets $letter', (e) => {
    const row = plan.rows.find((r) => r.pupil_id === e.id)!;
    expect(row, e.id).toBeDefined();
    expect(row.problems).toEqual([]);
    expect(row.letterId ?? null).toBe(e.letter);
    expect(row.status).toBe(e.letter ? 'letter' : 'none');
  });

  it('says which trigger fired, in the policy’s words', () => {
    const row = plan.rows.find((r) => r.pupil_id === 'HC1007')!;
    expect(row.stage).toBe('Stage 3: persistent absence');
    expect(row.trigger).toMatch(/Absence of 10% or more/);
  });

  it('uses the school’s own trigger: Oakfield starts stage 1 below 95%, not 96%', () => {
    // Oakfield has no year 7-13 pupils, but the rule is the same: 95.6% is no letter there.
    const oak = planLetters({ policyFile: OAKFIELD, pupilsFile: SAMPLE, letter: 'auto', date: DATE });
    expect(oak.rows.find((r) => r.pupil_id === 'HC1002')!.status).toBe('none');
    expect(oak.rows.find((r) => r.pupil_id === 'HC1005')!.letterId).toBe('attendance-meeting');
  });
});

describe('exact comparison', () => {
  const pupil = (attended: number, possible: number): Pupil => ({
    row: 2,
    pupil_id: 'x',
    first_name: 'A',
    last_name: 'B',
    parent_name: 'C',
    address_lines: ['1'],
    sessions_possible: possible,
    sessions_attended: attended,
  });
  const absenceAtLeast10: Trigger = { metric: 'absence_pct', comparison: 'ge', value: 10, window: { type: 'year_to_date' } };
  const below92: Trigger = { metric: 'attendance_pct', comparison: 'lt', value: 92.5 };

  it('fires at exactly 10% absence for every number of sessions, however floating point rounds it', () => {
    const source = triggerSource(absenceAtLeast10);
    if ('unsupported' in source) throw new Error(source.unsupported);
    for (let possible = 10; possible <= 400; possible += 10) {
      expect(evaluateTrigger(absenceAtLeast10, source, pupil(possible * 0.9, possible))).toEqual({ fires: true });
      expect(evaluateTrigger(absenceAtLeast10, source, pupil(possible * 0.9 + 1, possible))).toEqual({ fires: false });
    }
  });

  it('reads decimal thresholds as written (92.5 is exactly 185/2)', () => {
    const source = triggerSource(below92);
    if ('unsupported' in source) throw new Error(source.unsupported);
    expect(evaluateTrigger(below92, source, pupil(185, 200))).toEqual({ fires: false });
    expect(evaluateTrigger(below92, source, pupil(184, 200))).toEqual({ fires: true });
    expect(compare(fromDecimal(0.1), fraction(1, 10))).toBe(0);
    expect(compare(fromDecimal(33.3), fraction(333, 10))).toBe(0);
  });

  it('refuses a trigger the pupil file cannot answer, rather than guessing', () => {
    expect(triggerSource({ metric: 'attendance_pct', comparison: 'lt', value: 90, window: { type: 'term' } })).toHaveProperty(
      'unsupported',
    );
    expect(
      triggerSource({ metric: 'unauthorised_sessions', comparison: 'ge', value: 10, window: { type: 'rolling_school_weeks', length: 6 } }),
    ).toHaveProperty('unsupported');
  });
});
