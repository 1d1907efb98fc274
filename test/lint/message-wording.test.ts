import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/lint/registry.js';
import { RuleTester } from '../../src/lint/rule-tester.js';

// Every message and hint a rule gives, made from its invalid examples, read as a head teacher or
// governor reads it: plain English, with no data paths, raw dates, doubled units, missing values,
// wrong "a"/"an", or job titles written as headings in the middle of a sentence.
const tester = new RuleTester();

/** The words a rule wrote itself: quoted policy text (“…”) and {{data references}} are left out. */
const ownWords = (text: string) => text.replace(/“[^”]*”/g, '“…”').replace(/\{\{[^}]*\}\}/g, '{{…}}');

const FAULTS: Array<[string, RegExp]> = [
  ['a missing value', /\b(undefined|null|NaN)\b|\[object Object\]/],
  ['a data path or JSON pointer', /(^|[\s(])\/[a-z_]+\/[\w/]*|\b[a-z_]+\.\d+(\.[a-z_]+)+\b|\b[a-z_]+\[\d+\]/],
  ['a date written YYYY-MM-DD', /\b\d{4}-\d{2}-\d{2}\b/],
  ['a doubled unit', /\b(days|weeks|months|years|sessions|minutes)\b[^.;:]{0,60}\b(?:is|are)\s+\d+\s+\1\b/],
  ['"a" before a vowel sound', /\ba\s+(?!one\b|once\b|uni|use|usu|eu|u\s)[aeiou]\w*/i],
  ['"an" before a consonant sound', /\ban\s+(?!hour|honest|heir|[aeiou])[a-z]/i],
  [
    'a role with no article',
    /\b(?:lets|allows|by)\s+(?:attendance\s+officer|class\s+teacher|governing\s+(?:body|board)|school\s+office)\b/i,
  ],
  [
    'a job title capitalised mid-sentence',
    /(?<![.:!?]\s|^|“)\b(Headteacher|Head teacher|Attendance officer|Governing body|Governing board|Full governing board|Class teacher|Deputy head|School office)\b/,
  ],
  ['a month abbreviated', /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{4}\b/],
  ['a straight quotation mark around words', /(^|\s)"[A-Za-z][^"]*"(?=[\s.,;:)]|$)/],
];

const rules = allRules();

describe.each(rules.map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
  for (const ex of rule.examples.fail) {
    it(`reads as plain English: ${ex.title}`, () => {
      const run = tester.run(rule, ex);
      expect(run.findings.length).toBeGreaterThan(0);
      for (const d of run.findings) {
        for (const [what, pattern] of FAULTS) {
          // Template and schema findings quote what is typed in the file (placeholders, field names,
          // "09:05" in YAML), where straight quotation marks are right.
          if (['template-placeholders', 'schema'].includes(rule.meta.id) && what.startsWith('a straight')) continue;
          expect(ownWords(d.message), `${what} in the message`).not.toMatch(pattern);
          // A hint may name the setting to change in the file (`next_review` under `document`).
          if (!what.startsWith('a data path')) expect(ownWords(d.hint ?? ''), `${what} in the hint`).not.toMatch(pattern);
        }
      }
    });
  }
});

describe('the checks themselves catch the faults they name', () => {
  it.each([
    ['The first penalty notice days to pay the lower amount is 28 days; since 2013 it is 21 days.', 'a doubled unit'],
    ['The policy lets attendance officer grant it.', 'a role with no article'],
    ['absence_reporting.methods.0.detail still holds the starter guidance.', 'a data path or JSON pointer'],
    ['The value at /schools/0/school_day is wrong.', 'a data path or JSON pointer'],
    ['The policy was approved on 2024-07-31.', 'a date written YYYY-MM-DD'],
    ['It was ratified by Full governing board.', 'a job title capitalised mid-sentence'],
    ['The number is very close to 01632 960102 (School office).', 'a job title capitalised mid-sentence'],
    ['This is a attendance officer.', '"a" before a vowel sound'],
    ['This is an penalty notice.', '"an" before a consonant sound'],
    ['The amount is undefined.', 'a missing value'],
    ['It cites the Sept 2022 table.', 'a month abbreviated'],
  ])('%s', (text, fault) => {
    const pattern = FAULTS.find(([what]) => what === fault)![1];
    expect(ownWords(text)).toMatch(pattern);
  });
  it.each([
    'Headteacher decisions are final.',
    'The policy says “Full governing board”.',
    'A one-off absence, an hour late, a unit of time, an email.',
    'Due for review in July 2027.',
    'Say that the headteacher decides.',
  ])('leaves alone: %s', (text) => {
    for (const [what, pattern] of FAULTS) expect(ownWords(text), what).not.toMatch(pattern);
  });
});

describe('who a contact detail belongs to reads as part of the sentence', () => {
  it('prose-data-consistency names the office, a role or a person in words, not as a label in brackets', () => {
    const rule = rules.find((r) => r.meta.id === 'prose-data-consistency')!;
    const message = (contacts: string) =>
      tester.run(rule, {
        title: 'near miss',
        yaml: `contacts:\n${contacts}sections:\n  - id: absence\n    title: Reporting absence\n    body: |\n      Phone us on 01632 961002 before 9am.\n`,
      }).findings[0]!.message;
    const close = (who: string) =>
      `The phone number 01632 961002 is not in the policy data, but is very close to 01632 960102, the number given for ${who}: a digit is missing, added or swapped. One of them is probably mistyped.`;
    expect(message('  office: { role: School office, phone: "01632 960102" }\n')).toBe(close('the school office'));
    expect(message('  office: { phone: "01632 960102" }\n')).toBe(close('the office'));
    expect(message('  senior_attendance_champion: { name: Mrs A. Patel, phone: "01632 960102" }\n')).toBe(close('Mrs A. Patel'));
    expect(message('  senior_attendance_champion: { role: Head of Year 7, phone: "01632 960102" }\n')).toBe(close('the Head of Year 7'));
  });
});
