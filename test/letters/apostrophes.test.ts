import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { curlyApostrophes, curlyApostrophesInHtml } from '../../src/letters/apostrophes.js';
import { runCli, tempProject } from '../helpers.js';
import { DATE, PUPIL_HEADER, ROOT_POLICIES } from './fixtures.js';
import { lettersIn } from './pdf-text.js';

describe('prose apostrophes are curly; addresses keep theirs', () => {
  it('makes the apostrophes of words curly', () => {
    expect(curlyApostrophes("O'Brien's child's parents' Year 6's don't")).toBe('O’Brien’s child’s parents’ Year 6’s don’t');
  });

  it('leaves email and web addresses exactly as written, in any punctuation', () => {
    for (const address of [
      "o'brien@school.example",
      "(o'brien@school.example)",
      "mailto:o'brien@school.example",
      "https://school.example/o'brien's-page",
      "www.school.example/o'brien",
    ])
      expect(curlyApostrophes(`Write to ${address}, Ms O'Brien.`)).toBe(`Write to ${address}, Ms O’Brien.`);
  });

  it('in HTML, touches only text: never attributes, links or code, and reads &#x27; as an apostrophe', () => {
    const html =
      '<p title="O\'Brien">Mr O&#x27;Brien&#x27;s son, <a href="mailto:o&#x27;b@x.example">o&#x27;brien&#x27;s page</a> ' +
      "email o&#x27;brien@x.example <code>it's</code> the school's</p>";
    expect(curlyApostrophesInHtml(html)).toBe(
      '<p title="O\'Brien">Mr O’Brien’s son, <a href="mailto:o&#x27;b@x.example">o&#x27;brien&#x27;s page</a> ' +
        "email o&#x27;brien@x.example <code>it's</code> the school’s</p>",
    );
  });
});

describe('a letter read back from its PDF', () => {
  it("writes O'Brien and the policy's own words with curly apostrophes, and an email with an apostrophe exactly", async () => {
    const dir = tempProject();
    cpSync(ROOT_POLICIES, path.join(dir, 'policies'), { recursive: true });
    const school = path.join(dir, 'policies', 'schools', 'hillcrest-secondary.yaml');
    const email = "o'brien.attendance@hillcrest.example.sch.uk";
    const text = readFileSync(school, 'utf8');
    const changed = text.replaceAll('attendance@hillcrest.example.sch.uk', email);
    expect(changed).not.toBe(text);
    writeFileSync(school, changed);
    const base = path.join(dir, 'policies', 'trust-base.yaml');
    const baseText = readFileSync(base, 'utf8');
    const action = 'The attendance officer contacts parents to talk about what is making the child late';
    expect(baseText).toContain(action);
    writeFileSync(base, baseText.replace(action, "The attendance officer contacts parents to talk about what's making the child late"));
    const pupils = path.join(dir, 'pupils.csv');
    writeFileSync(
      pupils,
      `${PUPIL_HEADER}\nHC4001,D'Arcy,O'Brien,8,Mr Sean O'Brien,Mr O'Brien,3 O'Connell Street,,Bradford,BD99 1AA,300,290,0,6,,,,\n`,
    );
    const out = path.join(dir, 'letters');
    const run = await runCli(
      'letters',
      '--policy',
      school,
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
    const [letter] = lettersIn(path.join(out, 'lateness-concern.pdf'));
    expect(letter).toContain('Mr Sean O’Brien');
    expect(letter).toContain('3 O’Connell Street');
    expect(letter).toContain('Dear Mr O’Brien');
    expect(letter).toContain('D’Arcy has been late');
    expect(letter).toContain('what’s making the child late');
    // The email is printed exactly: the only straight apostrophe in the letter is the one inside it.
    expect(letter).toContain(email);
    expect(letter!.replaceAll(email, '')).not.toContain("'");
  }, 120_000);
});
