import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers.js';
import { BAD_ROWS, DATE, EXPECTED, HILLCREST, LEAVE, SAMPLE } from './fixtures.js';
import { lettersIn, shownPercent } from './pdf-text.js';

// Every output folder of this file, removed at the end (letters are fictional, but tidy anyway).
const made: string[] = [];
const outDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-letters-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('letters --letter auto, read back from the PDFs', () => {
  const out = outDir();
  let run: CliRun;
  beforeAll(async () => {
    run = await runCli('letters', '--policy', HILLCREST, '--pupils', SAMPLE, '--letter', 'auto', '--date', DATE, '--out', out);
  });

  it('writes one combined PDF per letter type, and the log', () => {
    expect(run.code, run.err).toBe(0);
    const kinds = [...new Set(EXPECTED.map((e) => e.letter).filter(Boolean))].map((k) => `${k}.pdf`);
    expect(readdirSync(out).sort()).toEqual([...kinds, 'letters-log.csv'].sort());
  });

  it('prints counts only, never a pupil’s name', () => {
    expect(run.out).toMatch(/Wrote 14 letters/);
    for (const e of EXPECTED) expect(run.out + run.err).not.toContain(e.name);
  });

  it.each(EXPECTED.filter((e) => e.letter))('$name is in the $letter letters, with the right attendance figure', (e) => {
    const letters = lettersIn(path.join(out, `${e.letter}.pdf`));
    const mine = letters.filter((l) => l.includes(`Pupil: ${e.name}`));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toContain(`${shownPercent(e.attended, e.possible)} ${e.attended} of ${e.possible}`);
    // And in no other letter file.
    for (const other of EXPECTED.map((x) => x.letter).filter((l) => l && l !== e.letter)) {
      expect(lettersIn(path.join(out, `${other}.pdf`)).some((l) => l.includes(`Pupil: ${e.name}`))).toBe(false);
    }
  });

  it('no letter holds ££, %%, {{, undefined, NaN or �, and every review date leaves out the holidays', () => {
    for (const file of readdirSync(out).filter((f) => f.endsWith('.pdf'))) {
      for (const letter of lettersIn(path.join(out, file))) {
        for (const bad of ['££', '%%', '{{', '}}', 'undefined', 'NaN', '\uFFFD', '[object'])
          expect(letter.includes(bad), `${file} contains ${JSON.stringify(bad)}`).toBe(false);
        // Letters dated 1 December with term dates: a 4-week review skips the Christmas holiday.
        if (letter.includes('again in 4'))
          expect(letter, file).toContain('again in 4 school weeks, by 13 January 2027 (school holidays are not counted)');
      }
    }
  });

  it('starts every letter on a new page', () => {
    const letters = lettersIn(path.join(out, 'attendance-concern.pdf'));
    expect(letters).toHaveLength(EXPECTED.filter((e) => e.letter === 'attendance-concern').length);
    for (const l of letters) expect(l.startsWith('Hillcrest Academy')).toBe(true);
  });

  it('the stage letter uses the stage’s name, trigger, actions and who acts, and is signed by the role the policy names', () => {
    const [letter] = lettersIn(path.join(out, 'severe-absence.pdf'));
    expect(letter).toContain('Stage 4: severe absence');
    // The trigger goes on after a colon, and who acts is named inside the sentence: both in lower case.
    expect(letter).toContain('this happens: absence of 50% or more so far this school year.');
    expect(letter).toContain('A named lead professional for the family.');
    expect(letter).toContain('This will be led by the senior attendance champion and designated safeguarding lead.');
    expect(letter).toMatch(/Yours sincerely, Mr D\. Okonkwo-Reeve Headteacher, Hillcrest Academy/);
    expect(letter).toContain('Date: 1 December 2026');
  });

  it('the Notice to Improve contains every element the national framework lists', () => {
    const nti = lettersIn(path.join(out, 'notice-to-improve.pdf')).find((l) => l.includes('Pupil: Maya Whitlock'))!;
    const elements: Array<[string, RegExp]> = [
      ['attendance record', /Maya’s attendance record .*96.6% 290 of 300/],
      ['the unauthorised sessions', /10 sessions of unauthorised absence – 9 to 13 March \(holiday in term time, code G\)\./],
      ['the benefits of attendance', /Children who attend school regularly learn more/],
      [
        'the parent’s section 7 duty',
        /section 7 of the Education Act 1996\) you must make sure that Maya receives a suitable full-time education/,
      ],
      ['support given so far', /Support we have given so far Phone calls on 3 and 10 February Attendance meeting on 17 February/],
      ['further support on offer', /Further support we can offer Weekly check-in with the head of year/],
      ['support declined before', /not taken up\. It is still available to you: Early help assessment offered on 24 February/],
      [
        'a clear warning',
        /Warning If Maya’s attendance does not improve enough .*a penalty notice may be issued to you, or the local authority may prosecute you/,
      ],
      ['the amounts from the policy', /£80 if paid within 21 days, or £160 if paid within 28 days/],
      [
        'the improvement period from the policy',
        /You have 4 school weeks to improve Maya’s attendance: from 1 December 2026 to 13 January 2027 \(school holidays are not counted\)/,
      ],
      [
        'what sufficient improvement means',
        /What sufficient improvement means No further unauthorised absence during the improvement period/,
      ],
      [
        'grounds for a penalty notice before the period ends',
        /When a penalty notice may be issued before the period ends .*holiday in term time that we have not agreed/,
      ],
    ];
    for (const [what, re] of elements) expect(nti, what).toMatch(re);
  });

  it('logs every row without names or addresses', () => {
    const log = readFileSync(path.join(out, 'letters-log.csv'), 'utf8');
    expect(log.trim().split(/\r?\n/)).toHaveLength(EXPECTED.length + 1);
    expect(log).toContain('HC1013,written,notice-to-improve,Stage 5: formal notice');
    for (const word of ['Whitlock', 'Elm Crescent', 'BD99 1AQ', 'Bradford']) expect(log).not.toContain(word);
  });
});

describe('letters with bad rows', () => {
  it('reports the bad rows by number, writes the rest, and exits 1', async () => {
    const out = outDir();
    const run = await runCli('letters', '--policy', HILLCREST, '--pupils', BAD_ROWS, '--date', DATE, '--out', out);
    expect(run.code).toBe(1);
    for (const row of [3, 4, 5, 6, 7, 8, 9]) expect(run.err).toMatch(new RegExp(`^row ${row}\\b`, 'm'));
    expect(run.out).toMatch(/Wrote 2 letters .*1 pupil needed no letter\. 7 rows skipped\./s);
    expect(lettersIn(path.join(out, 'attendance-concern.pdf')).map((l) => /Pupil: ([^,]+),/.exec(l)?.[1])).toEqual(['Zara Quill']);
    expect(lettersIn(path.join(out, 'persistent-absence.pdf')).map((l) => /Pupil: ([^,]+),/.exec(l)?.[1])).toEqual(['Ruth Vane']);
    expect(run.err).not.toMatch(/Stone|two hundred|Cobble/);
    const log = readFileSync(path.join(out, 'letters-log.csv'), 'utf8');
    expect(log).toMatch(/^9,,skipped,.*10 cells but the header has 11/m);
  });
});

describe('other letters and options', () => {
  it('--dry-run prints the table and writes nothing', async () => {
    const out = path.join(outDir(), 'never');
    const run = await runCli('letters', '--policy', HILLCREST, '--pupils', SAMPLE, '--dry-run', '--date', DATE, '--out', out);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^8 +HC1007 +90% +Stage 3: persistent absence +persistent-absence +Absence of 10% or more/m);
    expect(run.out).not.toContain('Grace');
    expect(existsSync(out)).toBe(false);
    const verbose = await runCli('letters', '--policy', HILLCREST, '--pupils', SAMPLE, '--dry-run', '--verbose', '--date', DATE);
    expect(verbose.out).toContain('HC1007 Grace Holloway');
  });

  it('leave decisions give the dates and the reason, and --split writes one PDF per pupil', async () => {
    const out = outDir();
    const run = await runCli(
      'letters',
      '--policy',
      HILLCREST,
      '--pupils',
      LEAVE,
      '--letter',
      'leave-decision',
      '--split',
      '--date',
      DATE,
      '--out',
      out,
    );
    expect(run.code, run.err).toBe(0);
    const [refused] = lettersIn(path.join(out, 'leave-refused.pdf'));
    expect(refused).toMatch(/from 1 February 2027 to 5 February 2027\. The headteacher has not agreed this leave\./);
    expect(refused).toContain('A family holiday is not an exceptional circumstance');
    expect(refused).toContain('£80 if paid within 21 days');
    const granted = lettersIn(path.join(out, 'leave-granted.pdf'));
    expect(granted.map((l) => /Pupil: ([^,]+),/.exec(l)?.[1])).toEqual(['Bilal Harcourt', 'Cara Delmont']);
    expect(granted[0]).toMatch(/from 11 March 2027 to 12 March 2027\. The headteacher has agreed this leave\./);
    expect(readdirSync(path.join(out, 'split/leave-granted')).sort()).toEqual(['row-3-hc3002.pdf', 'row-4-hc3003.pdf']);
    expect(lettersIn(path.join(out, 'split/leave-refused/row-2-hc3001.pdf'))).toHaveLength(1);
  });
});
