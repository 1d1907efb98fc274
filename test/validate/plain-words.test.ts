import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy, validatePolicy } from '../../src/index.js';
import { checkPolicyFile } from '../../src/validate/index.js';
import { runCli, tempProject } from '../helpers.js';

// One policy with a mistake of each kind the schema finds, each on its own line.
const BAD = `document:
  status: aproved
trust:
  name: Oak Trust
  kind: mat
schools:
  - id: oak
    name: Oak School
    type: pru-school
    phase: [primry]
    urn: "12"
    school_day:
      registers:
        morning: { opens: "08:50", closes: 9.15 }
    contacts:
      attendance_officers:
        - name: Ms J. Example
          email: not-an-email
thresholds:
  severe_absence_pct: 150
  concern_levels:
    - id: low
      below_pct: 90
escalation:
  stages:
    - id: s1
      name: Early concern
      triggers:
        - { metric: attendance_pct, comparison: "<", value: 90 }
sections:
  - id: intro
    title: Introduction
    audience: everyone
`;

/** The message without the values quoted from the file ("ap-academy"), which are the user's own words. */
const ownWords = (message: string) => message.replace(/"[^"]*"/g, '"…"');

describe('schema errors name the setting in words, say what was expected and how to fix it', () => {
  const file = path.join(tempProject({ 'p.yaml': BAD }), 'p.yaml');
  const { diagnostics } = checkPolicyFile(file);
  const at = (line: number) => diagnostics.find((d) => d.line === line);

  it('finds each mistake at its line and column', () => {
    expect(diagnostics.map((d) => [d.line, d.column]).sort((a, b) => a[0]! - b[0]!)).toEqual([
      [2, 11],
      [5, 9],
      [9, 11],
      [10, 13],
      [11, 10],
      [14, 44],
      [18, 18],
      [20, 23],
      [22, 7],
      [29, 49],
      [33, 15],
    ]);
  });

  it('no message shows a data path, a list index or a code where words belong', () => {
    for (const d of diagnostics) {
      const own = ownWords(d.message);
      expect(own, d.message).not.toMatch(/_|\[\d+\]|\/\d+\/|\b[a-z]+\.[a-z]+\b|\bschools\b/);
    }
  });

  it('a choice: the setting with its school, the choices in words, and the code to write', () => {
    const d = at(9)!;
    expect(d.message).toBe(
      'In “Oak School: school type”, "pru-school" is not one of the choices: “maintained school”, “academy”, “free school”, “special school”, “non-maintained special school”, “PRU (pupil referral unit)”, “AP (alternative provision) academy” or “independent school”.',
    );
    expect(d.hint).toBe(
      'Each choice as the file spells it: maintained, academy, free_school, special, non_maintained_special, pru, ap_academy, independent.',
    );
    expect(at(2)!.hint).toMatch(/^Did you mean “approved”\? Write approved\./);
    expect(at(10)!.message).toMatch(
      /^In “Oak School: phases”, "primry" is not one of the choices: “nursery”, .*“sixth form” or “all-through”\.$/,
    );
    // "<" is what people type for "below".
    expect(at(29)!.message).toMatch(
      /^In “Escalation stages \(Early concern\): triggers \(first\): comparison”, "<" is not one of the choices: “below”, “at or below”/,
    );
    expect(at(29)!.hint).toMatch(/^Did you mean “below”\? Write lt\./);
    expect(at(33)!.hint).toMatch(/^Did you mean “everyone”\? Write all\./);
  });

  it('a person in a list is named by their name, a list item without one by its place in words', () => {
    expect(at(18)!.message).toBe(
      'In “Oak School: attendance officers (Ms J. Example): email”, "not-an-email" is not a valid email address.',
    );
    expect(at(22)!.message).toBe('In “Attendance levels: attendance bands (first)”, “Name parents see” is missing: it must be given.');
    expect(at(22)!.hint).toBe('Add `label:` with its value. For example: "At risk".');
  });

  it('numbers, times and patterns', () => {
    expect(at(14)!.message).toBe('In “Oak School: morning register: closes”, 9.15 is read as a number, not a time.');
    expect(at(14)!.hint).toBe('Write the time as 24-hour "HH:MM" in quotes: "09:15".');
    expect(at(20)!.message).toBe('In “Attendance levels: severe absence from (%)”, 150 is too high: it must be 100 or less.');
    expect(at(11)!.message).toMatch(
      /^In “Oak School: URN”, "12" is not in the expected form\. Unique reference number, six or seven digits/,
    );
  });

  it('an unknown setting names the block it is in, and the setting meant', async () => {
    const dir = tempProject({ 'q.yaml': 'schools:\n  - id: oak\n    name: Oak School\n    school_day:\n      gates_opne: "08:40"\n' });
    const [d] = checkPolicyFile(path.join(dir, 'q.yaml')).diagnostics;
    expect(d!.message).toBe('Unknown setting "gates_opne" in “Oak School: school day”. Did you mean "gates_open" (“Gates open”)?');
    expect([d!.line, d!.column]).toEqual([5, 7]);
  });

  it('the library function gives the same words', () => {
    const found = validatePolicy(loadPolicy(file));
    expect(found.map((d) => d.message)).toEqual(diagnostics.map((d) => d.message));
  });

  it.each(['validate', 'lint'])('`policywright %s` prints them with file:line:column', async (command) => {
    const run = await runCli(command, file);
    expect(run.code).toBe(1);
    // validate prints file:line:column on each line; lint names the file once, then line:column.
    expect(run.out).toMatch(
      /\b9:11 +error +In “Oak School: school type”, "pru-school" is not one of the choices: .*“PRU \(pupil referral unit\)”/,
    );
    expect(run.out).toMatch(command === 'validate' ? /p\.yaml:14:44 / : /p\.yaml\n[\s\S]*\b14:44 /);
    expect(run.out).toContain('In “Oak School: morning register: closes”, 9.15 is read as a number, not a time.');
    expect(run.out).not.toMatch(/schools\[0\]|\/schools\/0/);
  });
});
