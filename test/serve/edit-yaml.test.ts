import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyFileData } from '../../src/serve/edit-yaml.js';
import { RequestError } from '../../src/serve/project.js';

const OAKFIELD = readFileSync('policies/schools/oakfield-primary.yaml', 'utf8');

function changedLines(before: string, after: string): Array<[number, string, string]> {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [[i + 1, line, b[i]!] as [number, string, string]]));
}

describe('writing the form back into a policy file', () => {
  it('changes only the edited line and keeps every comment when a time changes', () => {
    const data = parse(OAKFIELD);
    data.schools[0].school_day.registers.morning.closes = '09:40';
    const after = applyFileData(OAKFIELD, data);
    expect(changedLines(OAKFIELD, after)).toEqual([
      [44, '        morning: { opens: "08:45", closes: "09:00" }', '        morning: { opens: "08:45", closes: "09:40" }'],
    ]);
    expect(parse(after).schools[0].school_day.registers.morning.closes).toBe('09:40');
  });

  it('leaves the file byte for byte as it was when nothing changed', () => {
    expect(applyFileData(OAKFIELD, parse(OAKFIELD))).toBe(OAKFIELD);
  });

  it('keeps a comment beside an edited value and quotes text that would otherwise read as a number', () => {
    const text =
      '# Governors asked for this wording (minute 12).\ndocument:\n  version: "3.0"   # agreed at the June meeting\n  title: Attendance Policy\n';
    const after = applyFileData(text, { document: { version: '4', title: 'Attendance Policy' } });
    expect(after).toBe(
      '# Governors asked for this wording (minute 12).\ndocument:\n  version: "4"   # agreed at the June meeting\n  title: Attendance Policy\n',
    );
    const plain = applyFileData(text, { document: { version: '3.0', title: '2024' } });
    expect(parse(plain).document.title).toBe('2024');
  });

  it('adds a new field (an override of the trust base) and keeps the comments around it', () => {
    const data = parse(OAKFIELD);
    data.lateness = { before_close_code: 'L' };
    const after = applyFileData(OAKFIELD, data);
    expect(parse(after).lateness).toEqual({ before_close_code: 'L' });
    for (const comment of OAKFIELD.split('\n').filter((l) => l.trim().startsWith('#'))) expect(after).toContain(comment.trim());
  });

  it('does not write fields the form left empty', () => {
    const data = parse(OAKFIELD);
    data.illness = { evidence: {}, notes: '' };
    expect(applyFileData(OAKFIELD, data)).toBe(OAKFIELD);
  });

  it('removes a field reset to the trust base', () => {
    const text = 'extends: ../trust-base.yaml\nlateness:\n  before_close_code: L\n  after_close_code: U\n';
    const after = applyFileData(text, { extends: '../trust-base.yaml', lateness: { before_close_code: 'L' } });
    expect(after).toBe('extends: ../trust-base.yaml\nlateness:\n  before_close_code: L\n');
  });

  it('refuses, and names the comment, rather than drop a comment with a removed field', () => {
    const text = 'lateness:\n  before_close_code: L   # Agreed with the local authority in 2025.\n  after_close_code: U\n';
    let error: unknown;
    try {
      applyFileData(text, { lateness: { after_close_code: 'U' } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RequestError);
    expect((error as RequestError).status).toBe(422);
    expect((error as Error).message).toContain('# Agreed with the local authority in 2025.');
  });

  it('keeps a comment on its own line when the field below it is removed', () => {
    const text = 'lateness:\n  # Agreed with the local authority in 2025.\n  before_close_code: L\n  after_close_code: U\n';
    expect(applyFileData(text, { lateness: { after_close_code: 'U' } })).toBe(
      'lateness:\n  # Agreed with the local authority in 2025.\n  after_close_code: U\n',
    );
  });

  it('rewrites prose in a block scalar and keeps it a block', () => {
    const text =
      'sections:\n  - id: aims\n    title: Aims\n    # The head wrote this.\n    body: |\n      We want every child in school.\n      Every day.\n';
    const after = applyFileData(text, { sections: [{ id: 'aims', title: 'Aims', body: 'We want every pupil in school.\nEvery day.\n' }] });
    expect(after).toBe(
      'sections:\n  - id: aims\n    title: Aims\n    # The head wrote this.\n    body: |\n      We want every pupil in school.\n      Every day.\n',
    );
  });
});
