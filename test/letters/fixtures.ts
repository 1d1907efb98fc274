import path from 'node:path';
import { ROOT, runCli, tempProject, type CliRun } from '../helpers.js';

export const HILLCREST = path.join(ROOT, 'policies/schools/hillcrest-secondary.yaml');
export const OAKFIELD = path.join(ROOT, 'policies/schools/oakfield-primary.yaml');
export const FEDERATION = path.join(ROOT, 'policies/brook-and-meadow-federation.yaml');
export const PUPILS = path.join(ROOT, 'test/fixtures/pupils');
export const SAMPLE = path.join(PUPILS, 'riverbend-sample.csv');
export const BAD_ROWS = path.join(PUPILS, 'bad-rows.csv');
export const LEAVE = path.join(PUPILS, 'leave-requests.csv');
export const ARBOR = path.join(PUPILS, 'arbor-export.csv');
export const DATE = '2026-12-01';
export const ROOT_POLICIES = path.join(ROOT, 'policies');

/**
 * What the trust base's stages say for each sample pupil (Hillcrest follows the trust base):
 * stage 1 below 96%, stage 2 below 92%, stage 3 absence of 10% or more, stage 4 absence of 50% or
 * more, stage 5 at 10 or more unauthorised sessions in 10 school weeks. The most serious stage wins.
 */
export const EXPECTED: Array<{ id: string; name: string; attended: number; possible: number; letter: string | null; why: string }> = [
  { id: 'HC1001', name: 'Ava Thornbury', attended: 288, possible: 300, letter: null, why: 'exactly 96%: not below 96' },
  { id: 'HC1002', name: 'Ben Ashcombe', attended: 287, possible: 300, letter: 'attendance-concern', why: 'just below 96%' },
  { id: 'HC1003', name: 'Chloe Pemberton', attended: 289, possible: 300, letter: null, why: 'just above 96%' },
  {
    id: 'HC1004',
    name: 'Dev Ramanathan',
    attended: 276,
    possible: 300,
    letter: 'attendance-concern',
    why: 'exactly 92%: not below 92, but below 96',
  },
  { id: 'HC1005', name: 'Ella Fairweather', attended: 275, possible: 300, letter: 'attendance-meeting', why: 'just below 92%' },
  { id: 'HC1006', name: 'Finn Okoro', attended: 277, possible: 300, letter: 'attendance-concern', why: 'just above 92%' },
  { id: 'HC1007', name: 'Grace Holloway', attended: 270, possible: 300, letter: 'persistent-absence', why: 'exactly 10% absence' },
  { id: 'HC1008', name: 'Harry Lindqvist', attended: 271, possible: 300, letter: 'attendance-meeting', why: 'absence just under 10%' },
  { id: 'HC1009', name: 'Isla Mbeki', attended: 269, possible: 300, letter: 'persistent-absence', why: 'absence just over 10%' },
  { id: 'HC1010', name: 'Jack Penrose', attended: 150, possible: 300, letter: 'severe-absence', why: 'exactly 50% absence' },
  { id: 'HC1011', name: 'Keira Dunmore', attended: 151, possible: 300, letter: 'persistent-absence', why: 'absence just under 50%' },
  { id: 'HC1012', name: 'Leo Castellano', attended: 149, possible: 300, letter: 'severe-absence', why: 'absence just over 50%' },
  {
    id: 'HC1013',
    name: 'Maya Whitlock',
    attended: 290,
    possible: 300,
    letter: 'notice-to-improve',
    why: 'exactly 10 unauthorised sessions',
  },
  { id: 'HC1014', name: 'Noah Fitzgerald', attended: 291, possible: 300, letter: null, why: '9 unauthorised sessions, 97%' },
  { id: 'HC1015', name: 'Olivia Brandt', attended: 289, possible: 300, letter: 'notice-to-improve', why: '11 unauthorised sessions' },
  {
    id: 'HC1016',
    name: 'Priya Sandhu',
    attended: 18,
    possible: 20,
    letter: 'persistent-absence',
    why: 'exactly 10% absence where (1 - 18/20) * 100 is 9.999… in floating point',
  },
  {
    id: 'HC1017',
    name: 'Quinn Abernethy',
    attended: 140,
    possible: 300,
    letter: 'notice-to-improve',
    why: 'severe absence and 12 unauthorised sessions: stage 5 is more serious',
  },
  { id: 'HC1018', name: 'Rosa Villeneuve', attended: 300, possible: 300, letter: null, why: 'full attendance' },
];

/** The columns of a pupil file as the letters command reads them (docs/letters.md). */
export const PUPIL_HEADER =
  'pupil_id,first_name,last_name,year_group,parent_name,salutation,address_1,address_2,town,postcode,sessions_possible,sessions_attended,unauthorised_sessions_10wk,late_marks,unauthorised_detail,support_given,support_offered,support_declined';

/** `letters --letter auto` for Hillcrest on DATE, from a pupil file of these rows (after the header). */
export async function hillcrestLetters(rows: string[]): Promise<{ run: CliRun; out: string }> {
  const dir = tempProject({ 'pupils.csv': `${PUPIL_HEADER}\n${rows.join('\n')}\n` });
  const out = path.join(dir, 'letters');
  const run = await runCli(
    'letters',
    '--policy',
    HILLCREST,
    '--pupils',
    path.join(dir, 'pupils.csv'),
    '--letter',
    'auto',
    '--date',
    DATE,
    '--out',
    out,
  );
  return { run, out };
}
