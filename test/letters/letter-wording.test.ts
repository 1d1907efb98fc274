import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers.js';
import { wordingFaults } from '../wording-faults.js';
import { DATE, FEDERATION, HILLCREST, PUPIL_HEADER, ROOT_POLICIES, SAMPLE } from './fixtures.js';
import { lettersIn } from './pdf-text.js';

/** The letters of every PDF in a folder, read back with pdftotext. */
const allLetters = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .flatMap((f) => lettersIn(path.join(dir, f)).map((text) => ({ file: f, text })));

const laidOut = (pdf: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });

async function letters(policy: string, pupils: string, ...more: string[]): Promise<string> {
  const out = path.join(tempProject(), 'letters');
  const run = await runCli('letters', '--policy', policy, '--pupils', pupils, '--date', DATE, '--out', out, ...more);
  expect(run.code, run.err).toBe(0);
  return out;
}

describe('letters read as a parent reads them', () => {
  let hillcrest: string;
  beforeAll(async () => {
    hillcrest = await letters(HILLCREST, SAMPLE);
  }, 120_000);

  it('no word twice, no "a" before a vowel, times and dates the English way, in any letter', () => {
    for (const f of readdirSync(hillcrest).filter((x) => x.endsWith('.pdf')))
      expect(wordingFaults(laidOut(path.join(hillcrest, f))), f).toEqual([]);
  });

  it('names who leads a stage inside the sentence ("led by the senior attendance champion"), never after a colon', () => {
    const texts = allLetters(hillcrest).map((l) => l.text);
    const led = texts.flatMap((t) => [...t.matchAll(/This will be led by[^.]*\./g)].map((m) => m[0]));
    expect(led.length).toBeGreaterThan(3);
    expect(new Set(led)).toEqual(
      new Set([
        'This will be led by the class teacher or form tutor, with the attendance officer.',
        'This will be led by the senior attendance champion.',
        'This will be led by the senior attendance champion and designated safeguarding lead.',
      ]),
    );
  });

  it('carries the trigger on after a colon in lower case, and names the stage once', () => {
    const [severe] = lettersIn(path.join(hillcrest, 'severe-absence.pdf'));
    expect(severe).toContain('we take the next step when this happens: absence of 50% or more so far this school year.');
    expect(severe).toContain('In our policy, this means Jack has reached Stage 4: severe absence.');
    expect(severe).not.toMatch(/severe absence in our policy/);
  });

  it('names the person to contact, then their job in lower case ("Mrs Lorna Fairbairn, attendance officer, Years 7 to 9")', () => {
    const texts = allLetters(hillcrest).map((l) => l.text);
    for (const t of texts) expect(t).toMatch(/please contact (?:Mrs Lorna Fairbairn|Mr Idris Penhallow), attendance officer, Years /);
  });

  it('puts the school’s account of the unauthorised absence after a dash, not in brackets inside brackets', () => {
    const nti = lettersIn(path.join(hillcrest, 'notice-to-improve.pdf'));
    const maya = nti.find((l) => l.includes('Pupil: Maya Whitlock'))!;
    expect(maya).toContain('10 sessions of unauthorised absence – 9 to 13 March (holiday in term time, code G).');
    for (const l of nti) expect(l).not.toMatch(/\([^()]*\([^()]*\)\)/);
    // "Most sessions since January" carries on in lower case; January keeps its capital.
    expect(nti.join(' ')).toContain('unauthorised absence – most sessions since January (code O).');
  });

  it('says "late once", not "late 1 time"', async () => {
    const dir = tempProject({
      'pupils.csv': [
        PUPIL_HEADER,
        'HC3001,Ava,Thornbury,7,Ms Claire Thornbury,Ms Thornbury,12 Larch Close,,Bradford,BD99 1AA,300,288,0,1,,,,',
        'HC3002,Ben,Ashcombe,7,Mr Daniel Ashcombe,Mr Ashcombe,4 Willow Row,,Bradford,BD99 1AB,300,287,0,6,,,,',
      ].join('\n'),
    });
    const out = await letters(HILLCREST, path.join(dir, 'pupils.csv'), '--letter', 'lateness-concern');
    const [ava, ben] = lettersIn(path.join(out, 'lateness-concern.pdf'));
    expect(ava).toContain('We are writing because Ava has been late once.');
    expect(ben).toContain('We are writing because Ben has been late 6 times.');
    expect(wordingFaults(laidOut(path.join(out, 'lateness-concern.pdf')))).toEqual([]);
  });

  it('keeps a long email address and web address in the letterhead whole, on one line', async () => {
    const out = await letters(FEDERATION, SAMPLE, '--school', 'meadow-infant');
    const [first] = lettersIn(path.join(out, 'attendance-concern.pdf'));
    expect(first).toContain('office.meadow@brookandmeadow.example.sch.uk');
    expect(first).toContain('https://brookandmeadow.example.sch.uk/meadow');
    for (const f of readdirSync(out).filter((x) => x.endsWith('.pdf'))) expect(wordingFaults(laidOut(path.join(out, f))), f).toEqual([]);
  });

  it('with no name for the contact, asks parents to contact "the attendance officer"', async () => {
    const dir = tempProject();
    cpSync(ROOT_POLICIES, path.join(dir, 'policies'), { recursive: true });
    const file = path.join(dir, 'policies', 'schools', 'hillcrest-secondary.yaml');
    const text = readFileSync(file, 'utf8');
    const nameless = text.replace('          name: Mrs Lorna Fairbairn\n', '');
    expect(nameless).not.toBe(text);
    writeFileSync(file, nameless);
    const pupils = path.join(dir, 'pupils.csv');
    writeFileSync(
      pupils,
      `${PUPIL_HEADER}\nHC3003,Ben,Ashcombe,7,Mr Daniel Ashcombe,Mr Ashcombe,4 Willow Row,,Bradford,BD99 1AB,300,287,0,0,,,,\n`,
    );
    const out = await letters(file, pupils);
    const [ben] = lettersIn(path.join(out, 'attendance-concern.pdf'));
    expect(ben).toContain('please contact the attendance officer, Years 7 to 9, on 01632 960204');
  });
});
