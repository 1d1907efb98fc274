// Import drafts leave rules, escalation stages with machine-readable triggers, and references with their editions (invented sentences).
import { describe, expect, it } from 'vitest';
import { triggersIn, windowAfter } from '../../src/legacy/extract/triggers.js';
import { imported } from './import-helpers.js';

describe('leave of absence', () => {
  it('who decides, the notice and its unit, in writing, and the form', async () => {
    const { data, yaml } = await imported(
      [
        '6 Leave of absence in term time',
        '',
        'The Headteacher will only grant leave of absence in exceptional circumstances.',
        '',
        'Requests must be made in writing at least 15 school days before the leave, using the Leave Request Form from the office.',
        '',
      ].join('\n'),
    );
    expect(data.leave_of_absence).toEqual({
      decided_by: 'Headteacher',
      in_writing: true,
      notice: { amount: 15, unit: 'school_days' },
      form: 'Leave Request form',
    });
    expect(yaml).toMatch(/decided_by: Headteacher # line 3, under 6 Leave of absence in term time/);
  });

  it('notice in weeks or months, and a request for absence under a leave heading', async () => {
    const weeks = await imported(
      'Holidays in term time\n\nPlease ask for absence at least three weeks in advance on the holiday request form.\n',
    );
    expect(weeks.data.leave_of_absence.notice).toEqual({ amount: 3, unit: 'weeks' });
    expect(weeks.data.leave_of_absence.form).toBe('Holiday request form');
    const months = await imported('Leave requests should be made one month before the leave is due to start.\n');
    expect(months.data.leave_of_absence?.notice).toEqual({ amount: 1, unit: 'months' });
  });

  it('a deputy who decides is named as such; nobody is named who cannot grant leave, or when two share the decision', async () => {
    expect((await imported('Leave requests are decided by the Deputy Headteacher.\n')).data.leave_of_absence.decided_by).toBe(
      'Deputy Headteacher',
    );
    expect((await imported('Governors cannot authorise leave of absence.\n')).data.leave_of_absence?.decided_by).toBeUndefined();
    expect(
      (await imported('Leave requests go to the head of year, who will decide whether to pass them on.\n')).data.leave_of_absence
        ?.decided_by,
    ).toBeUndefined();
    expect((await imported('Leave of absence is granted only by the Principal.\n')).data.leave_of_absence.decided_by).toBe('Principal');
    expect(
      (await imported('Leave of absence is granted by the headteacher or a member of the senior team.\n')).data.leave_of_absence
        ?.decided_by,
    ).toBeUndefined();
  });

  it('a number of days that is not notice is not read as notice', async () => {
    const { data } = await imported('Leave of absence\n\nFamilies who take 10 days of leave may receive a penalty notice.\n');
    expect(data.leave_of_absence?.notice).toBeUndefined();
  });
});

describe('escalation stages', () => {
  it('numbered stages, each with the triggers its own words give, the period included', async () => {
    const { data } = await imported(
      [
        '8 Stages of support',
        '',
        'Stage 1: Attendance below 95% over a half term – a letter to parents.',
        '',
        'Stage 2: Attendance at or below 90% in a term – a meeting with the attendance officer.',
        '',
        'Stage 3: 10 or more unauthorised sessions in 10 school weeks – a penalty notice may be considered.',
        '',
      ].join('\n'),
    );
    const stages = data.escalation.stages;
    expect(stages.map((s: any) => s.name)).toEqual([
      'Stage 1: Letter to parents',
      'Stage 2: Meeting with the attendance officer',
      'Stage 3: Penalty notice may be considered',
    ]);
    expect(stages.map((s: any) => s.actions)).toEqual([
      ['A letter to parents'],
      ['A meeting with the attendance officer'],
      ['A penalty notice may be considered'],
    ]);
    expect(stages[0].triggers).toEqual([
      { metric: 'attendance_pct', comparison: 'lt', value: 95, window: { type: 'half_term' }, text: 'Attendance below 95%' },
    ]);
    expect(stages[1].triggers).toEqual([
      { metric: 'attendance_pct', comparison: 'le', value: 90, window: { type: 'term' }, text: 'Attendance at or below 90%' },
    ]);
    expect(stages[2].triggers).toEqual([
      {
        metric: 'unauthorised_sessions',
        comparison: 'ge',
        value: 10,
        window: { type: 'rolling_school_weeks', length: 10 },
        text: '10 or more unauthorised sessions',
      },
    ]);
  });

  it('bands under an intervention heading become stages; a band a trigger cannot hold is a TODO, not a guess', async () => {
    const { data, yaml } = await imported(
      [
        'Attendance intervention',
        '',
        '96% and below = a letter home',
        '',
        '85%-90% = a meeting with the head of year',
        '',
        '85% or less = a referral to the local authority',
        '',
      ].join('\n'),
    );
    const stages = data.escalation.stages;
    expect(stages.map((s: any) => s.name)).toEqual(['Letter home', 'Meeting with the head of year', 'Referral to the local authority']);
    expect(stages[0].triggers).toEqual([{ metric: 'attendance_pct', comparison: 'le', value: 96, text: '96% and below' }]);
    expect(stages[1].triggers).toBeUndefined();
    expect(stages[2].triggers).toEqual([{ metric: 'attendance_pct', comparison: 'le', value: 85, text: '85% or less' }]);
    expect(yaml).toContain('this stage applies to a band (“85%-90%”) that a trigger cannot hold; write its triggers by hand (line 5)');
  });

  it('a lone "Stage 2", or key stages, make no escalation', async () => {
    expect((await imported('Stage 2: a meeting about attendance is arranged.\n')).data.escalation).toBeUndefined();
    expect((await imported('Stage 1 and Stage 2 of the curriculum are taught in the morning.\n')).data.escalation).toBeUndefined();
  });

  it('reads each kind of trigger and period from words', () => {
    const one = (t: string) => triggersIn(t).triggers.map(({ index: _, ...rest }) => rest);
    expect(one('5 late marks in a half term')).toEqual([
      { metric: 'late_marks', comparison: 'ge', value: 5, window: { type: 'half_term' }, text: '5 late marks' },
    ]);
    expect(one('more than four unauthorised absences within a term')).toEqual([
      {
        metric: 'unauthorised_absences',
        comparison: 'gt',
        value: 4,
        window: { type: 'term' },
        text: 'more than four unauthorised absences',
      },
    ]);
    expect(one('absence of 10% or more over the academic year')).toEqual([
      { metric: 'absence_pct', comparison: 'ge', value: 10, window: { type: 'year_to_date' }, text: '10% or more' },
    ]);
    expect(windowAfter(' in any 6 weeks')).toEqual({ type: 'rolling_weeks', length: 6 });
    expect(windowAfter(', and then a meeting in a term')).toBeUndefined();
    expect(triggersIn('attendance of 92-94%').unreadable.map((u) => u.text)).toEqual(['92-94%']);
  });
});

describe('references with their editions', () => {
  it('the edition written after a long title, bracketed or not, and an amending instrument by its own title', async () => {
    const { data } = await imported(
      [
        'This policy follows the DfE’s Working together to improve school attendance (August 2024) and School attendance: departmental advice for maintained schools and academies, November 2016.',
        '',
        'The Education (Pupil Registration) (England) (Amendment) Regulations 2016 changed the rules on deletions.',
        '',
      ].join('\n'),
    );
    const refs = data.references.map((r: any) => [r.title, r.year, r.edition]);
    expect(refs).toEqual([
      ['Working together to improve school attendance', 2024, 'August 2024'],
      ['School attendance: departmental advice', 2016, 'November 2016'],
      ['Education (Pupil Registration) (England) (Amendment) Regulations 2016', 2016, undefined],
    ]);
  });
});
