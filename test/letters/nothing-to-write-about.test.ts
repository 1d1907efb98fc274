import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planLetters } from '../../src/letters/plan.js';
import { runCli, tempProject } from '../helpers.js';
import { DATE, HILLCREST } from './fixtures.js';
import { lettersIn } from './pdf-text.js';

const HEADER =
  'pupil_id,first_name,last_name,parent_name,address_1,town,postcode,sessions_possible,sessions_attended,unauthorised_sessions_10wk,late_marks,unexplained_absence_days,unexplained_dates,previous_attendance_pct,support_given';

/** A pupil row: every figure given unless overridden. */
function row(
  id: string,
  figures: Partial<Record<'possible' | 'attended' | 'unauth' | 'late' | 'unexplained' | 'dates' | 'previous', string>>,
) {
  const f = { possible: '300', attended: '270', unauth: '12', late: '6', unexplained: '2', dates: '', previous: '', ...figures };
  return `${id},Sam,${id},Ms Parent,1 Road,Town,AB1 2CD,${f.possible},${f.attended},${f.unauth},${f.late},${f.unexplained},${f.dates},${f.previous},Meeting held`;
}

function pupilsFile(rows: string[]): string {
  const dir = tempProject({ 'pupils.csv': `${HEADER}\n${rows.join('\n')}\n` });
  return path.join(dir, 'pupils.csv');
}

function plan(letter: string, rows: string[]) {
  return planLetters({ policyFile: HILLCREST, pupilsFile: pupilsFile(rows), letter, date: DATE }).rows;
}

describe('a named letter is not sent to a pupil it would say nothing about', () => {
  it('--letter lateness-concern: no letter for 0 late marks, a clear summary line, and the log says why', async () => {
    const pupils = pupilsFile([row('P1', { late: '0' }), row('P2', { late: '0' }), row('P3', { late: '4' })]);
    const out = path.join(path.dirname(pupils), 'letters');
    const run = await runCli(
      'letters',
      '--policy',
      HILLCREST,
      '--pupils',
      pupils,
      '--letter',
      'lateness-concern',
      '--date',
      DATE,
      '--out',
      out,
    );
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('2 pupils skipped: no late marks recorded (lateness-concern)');
    expect(run.out).toMatch(/Wrote 1 letter \(lateness-concern 1\)/);

    const letters = readdirSync(out)
      .filter((f) => f.endsWith('.pdf'))
      .flatMap((f) => lettersIn(path.join(out, f)));
    expect(letters).toHaveLength(1);
    expect(letters[0]).toContain('has been late 4 times');
    expect(letters.join(' ')).not.toMatch(/late 0 times|0 times/);

    const log = readFileSync(path.join(out, 'letters-log.csv'), 'utf8').trim().split('\r\n');
    expect(log[0]).toBe('row,pupil_id,status,letter,stage,trigger,attendance_pct,file,position,reason');
    const byPupil = new Map(log.slice(1).map((l) => [l.split(',')[1], l]));
    for (const id of ['P1', 'P2']) {
      expect(byPupil.get(id)).toMatch(/^\d+,P\d,skipped,lateness-concern,/);
      expect(byPupil.get(id)).toContain('no late marks recorded, so no lateness-concern letter was sent');
    }
    expect(byPupil.get('P3')).toMatch(/^\d+,P3,written,lateness-concern,/);
  }, 120_000);

  it('the dry run says the same before anything is written', async () => {
    const pupils = pupilsFile([row('P1', { late: '0' }), row('P2', { late: '3' })]);
    const run = await runCli(
      'letters',
      '--policy',
      HILLCREST,
      '--pupils',
      pupils,
      '--letter',
      'lateness-concern',
      '--date',
      DATE,
      '--dry-run',
    );
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('1 pupil would be skipped: no late marks recorded (lateness-concern)');
    expect(run.out).toMatch(/P1 .*\(skipped: lateness-concern\)/);
  });

  it.each([
    ['persistent-absence', { attended: '300', unauth: '0', unexplained: '0' }, 'no absence recorded'],
    ['attendance-meeting', { attended: '300', unauth: '0', unexplained: '0' }, 'no absence recorded'],
    ['notice-to-improve', { unauth: '0' }, 'no unauthorised absence recorded in the last 10 school weeks'],
    ['unexplained-absence', { unexplained: '0' }, 'no unexplained absence recorded'],
    ['improvement-congratulations', { attended: '270', previous: '90' }, 'attendance has not improved on the previous figure'],
    ['improvement-congratulations', { attended: '270', previous: '95.5' }, 'attendance has not improved on the previous figure'],
    // A stage's letter, named by its letter id or by its stage id: the stage's trigger is attendance.
    ['attendance-concern', { attended: '300', unauth: '0', unexplained: '0' }, 'no absence recorded'],
    ['stage-1', { attended: '300', unauth: '0', unexplained: '0' }, 'no absence recorded'],
  ] as const)('--letter %s with %j: skipped, "%s"', (letter, figures, reason) => {
    const [skipped, sent] = plan(letter, [row('P1', figures), row('P2', {})]);
    expect(skipped).toMatchObject({ pupil_id: 'P1', status: 'withheld', withheld: reason, problems: [] });
    expect(sent).toMatchObject({ pupil_id: 'P2', status: 'letter' });
  });

  it('a figure the row does not give is not taken as nothing: unexplained dates or an empty count still send the letter', () => {
    const rows = plan('unexplained-absence', [row('P1', { unexplained: '0', dates: '3 November' }), row('P2', { unexplained: '' })]);
    expect(rows.map((r) => r.status)).toEqual(['letter', 'letter']);
  });

  it('an improvement, however small, is congratulated', () => {
    const rows = plan('improvement-congratulations', [row('P1', { attended: '270', previous: '89.9' })]);
    expect(rows[0]).toMatchObject({ status: 'letter' });
  });

  it('a lateness letter with the late marks column empty is still a row problem, not a silent skip', () => {
    const [r] = plan('lateness-concern', [row('P1', { late: '' })]);
    expect(r).toMatchObject({ status: 'skipped', problems: [{ column: 'late_marks' }] });
  });

  it('the leave letters answer a request, so figures of 0 never stop them', () => {
    const dir = tempProject({
      'leave.csv':
        'pupil_id,first_name,last_name,parent_name,address_1,town,postcode,sessions_possible,sessions_attended,late_marks,leave_start,leave_end,leave_decision,leave_reason\n' +
        'L1,Sam,Lee,Ms Lee,1 Road,Town,AB1 2CD,300,300,0,2026-12-07,2026-12-08,refused,There are no exceptional circumstances.\n',
    });
    const rows = planLetters({ policyFile: HILLCREST, pupilsFile: path.join(dir, 'leave.csv'), letter: 'leave-decision', date: DATE }).rows;
    expect(rows[0]).toMatchObject({ status: 'letter', letterId: 'leave-refused' });
  });
});
