import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { letterTemplates } from '../../src/letters/letter-templates.js';
import { planLetters } from '../../src/letters/plan.js';
import { ROOT, tempProject } from '../helpers.js';
import { DATE, FEDERATION, SAMPLE } from './fixtures.js';

/** A copy of the trust base and Hillcrest, with the trust base's text changed. */
function projectWith(change: (trustBase: string) => string): string {
  const dir = tempProject({
    'policies/trust-base.yaml': change(readFileSync(path.join(ROOT, 'policies/trust-base.yaml'), 'utf8')),
    'policies/schools/hillcrest-secondary.yaml': readFileSync(path.join(ROOT, 'policies/schools/hillcrest-secondary.yaml'), 'utf8'),
  });
  return path.join(dir, 'policies/schools/hillcrest-secondary.yaml');
}

const html = (plan: ReturnType<typeof planLetters>, pupilId: string) => {
  const l = plan.letters.find((x) => x.view.pupil.pupil_id === pupilId)!;
  return letterTemplates().letter(l.template, l.view).replace(/\s+/g, ' ');
};

describe('letters take every amount and period from the policy', () => {
  it('a 6-week improvement period, other amounts and its own words for sufficient improvement', () => {
    const policy = projectWith((t) =>
      t
        .replace('improvement_period_weeks: 4', 'improvement_period_weeks: 6')
        .replace(/sufficient_improvement: .*/, 'sufficient_improvement: Attendance of at least 95% in each of the six weeks.')
        .replace(
          'first: { discounted: 80, discount_days: 21, full: 160, full_days: 28 }',
          'first: { discounted: 75, discount_days: 21, full: 150, full_days: 28 }',
        ),
    );
    // £75 and £150 are not the law: lint errors, so these are draft letters (--allow-errors).
    const plan = planLetters({ policyFile: policy, pupilsFile: SAMPLE, date: DATE, allowErrors: true });
    expect(plan.policyErrors.length).toBeGreaterThan(0);
    const nti = html(plan, 'HC1013');
    expect(nti).toContain(
      '<strong>6 school weeks</strong> to improve Maya’s attendance: from 1 December 2026 to 27 January 2027 (school holidays are not counted)',
    );
    expect(nti).toContain('Attendance of at least 95% in each of the six weeks.');
    expect(nti).toContain('£75 if paid within 21 days, or £150 if paid within 28 days');
    expect(nti).not.toContain('£80');
  });

  it('no Notice to Improve when the policy’s period is outside 3 to 6 weeks; the other letters still go', () => {
    const policy = projectWith((t) => t.replace('improvement_period_weeks: 4', 'improvement_period_weeks: 8'));
    const plan = planLetters({ policyFile: policy, pupilsFile: SAMPLE, date: DATE, allowErrors: true });
    const nti = plan.rows.filter((r) => r.letterId === 'notice-to-improve');
    expect(nti.map((r) => r.status)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(nti[0]!.problems[0]!.message).toMatch(/improvement period is 8 weeks; the national framework allows 3 to 6/);
    expect(plan.letters).toHaveLength(11);
    expect(plan.notes.join(' ')).toMatch(/No notice-to-improve letters were made/);
  });

  it('stage letters follow a changed trigger: stage 1 below 97%', () => {
    const policy = projectWith((t) => t.replace('value: 96\n', 'value: 97\n'));
    const plan = planLetters({ policyFile: policy, pupilsFile: SAMPLE, date: DATE });
    expect(plan.rows.find((r) => r.pupil_id === 'HC1001')!.letterId).toBe('attendance-concern');
  });
});

describe('schools and safety', () => {
  it('asks which school when the policy covers several', () => {
    expect(() => planLetters({ policyFile: FEDERATION, pupilsFile: SAMPLE, date: DATE })).toThrow(
      /Choose one with --school: meadow-infant, brook-junior/,
    );
    const plan = planLetters({ policyFile: FEDERATION, pupilsFile: SAMPLE, school: 'brook-junior', date: DATE });
    expect(plan.letters[0]!.view.from.name).toMatch(/Brook/);
  });

  it('escapes pupil data: markup in a name or address is printed as text', () => {
    const dir = tempProject({
      'p.csv':
        'pupil_id,first_name,last_name,parent_name,address_1,postcode,sessions_possible,sessions_attended,unauthorised_sessions_10wk\n' +
        'X1,"<img src=x onerror=alert(1)>",Lee,"<link rel=prefetch href=https://evil.example>",1 Road,AB1 2CD,300,200,0\n',
    });
    const plan = planLetters({
      policyFile: path.join(ROOT, 'policies/schools/hillcrest-secondary.yaml'),
      pupilsFile: path.join(dir, 'p.csv'),
      date: DATE,
    });
    const out = html(plan, 'X1');
    expect(out).not.toMatch(/<img src=x|<link rel/);
    expect(out).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
  });
});
