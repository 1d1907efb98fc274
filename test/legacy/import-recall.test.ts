// What import recovers from ordinary policy sentences, one class of wording at a time (invented sentences).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/legacy/extract/index.js';
import { importDraft } from '../../src/legacy/import-draft.js';
import { legacyBlocks } from '../../src/legacy/prose-blocks.js';
import { readLegacyDocument } from '../../src/legacy/read-legacy.js';
import { clockTimes } from '../../src/text/clock-times.js';
import { tempProject } from '../helpers.js';

async function draftOf(text: string) {
  const dir = tempProject({ 'p.txt': text });
  const doc = await readLegacyDocument(path.join(dir, 'p.txt'));
  return importDraft(doc.file, extractFacts(legacyBlocks(doc))).draft;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const data = async (text: string) => (await draftOf(text)).data as any;

describe('clock times in every notation', () => {
  const values = (t: string) => clockTimes(t).map((x) => x.value);
  it('reads am/pm, 24-hour, dotted and bare school-day times', () => {
    expect(values('Gates open at 8.40am, registers close at 09:10am and the afternoon starts at 1.00.')).toEqual(['08:40', '09:10', '13:00']);
    expect(values('Registration closes at 8.55 and again at 13.00pm.')).toEqual(['08:55', '13:00']);
  });
  it('reads times in words and midday', () => {
    expect(values('Pupils arrive by five to nine; lunch is at midday and ends at half past twelve.')).toEqual(['08:55', '12:00', '12:30']);
    expect(values('The bell goes at quarter to one, and at nine o’clock.')).toEqual(['12:45', '09:00']);
  });
  it('leaves out counts that look like times in words, money, percentages and dates', () => {
    expect(values('Allow five to ten days, pay £60.00 within 21 days, aim for 96.5% from 12.03.2024.')).toEqual([]);
    expect(values('13am is not a time')).toEqual([]);
  });
});

describe('roles named in the document become contacts by role', () => {
  it('the headteacher, an education welfare officer, class teachers and the attendance officer', async () => {
    const d = await data(
      'Attendance Policy\n\nThe Headteacher decides whether to authorise a leave request.\n\nBelow 85% we refer the family to the EWO.\n\nClass teachers take the register each session.\n\nThe attendance officer checks the lesson registers daily.\n',
    );
    expect(d.contacts.further_support).toEqual([{ role: 'Headteacher' }]);
    expect(d.contacts.local_authority).toEqual([{ role: 'Education welfare officer' }]);
    expect(d.contacts.day_to_day).toEqual([{ role: 'Class teacher' }]);
    expect(d.contacts.attendance_officers).toEqual([{ role: 'Attendance officer' }]);
  });
  it('a person named beside the role is the contact', async () => {
    const d = await data('Overall responsibility for attendance lies with Priya Okafor, Executive Headteacher.\n');
    expect(d.contacts.further_support).toEqual([{ role: 'Executive headteacher', name: 'Priya Okafor' }]);
  });
  it('the governing board is kept with what the document says it does', async () => {
    const d = await data('Ratified by Governors: May 2022\n\nThe principal aim of this policy is good attendance.\n');
    expect(d.governance.duties).toBe('Ratified by Governors: May 2022');
    expect(d.contacts?.further_support).toBeUndefined();
  });
  it('a named attendance officer is not listed again by role, and "head of year" is not the headteacher', async () => {
    const d = await data('Our attendance officer, Mrs Dana Frost (dfrost@example.org), follows up absence.\n\nThe attendance officer phones home.\n\nSpeak to the head of year first.\n');
    expect(d.contacts.attendance_officers).toHaveLength(1);
    expect(d.contacts.attendance_officers[0].name).toBe('Mrs Dana Frost');
    expect(JSON.stringify(d.contacts)).not.toMatch(/Headteacher/);
  });
});
