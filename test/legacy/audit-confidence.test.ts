// The audit builds a finding only on a value it is sure of (the threshold import uses); a reading it is
// unsure of that would have given a finding is listed as "could not check", saying what was read and where.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../src/legacy/audit.js';
import { auditFacts } from '../../src/legacy/audit-facts.js';
import { couldNotCheckList, couldNotCheckText } from '../../src/legacy/could-not-check.js';
import { extractFacts } from '../../src/legacy/extract/index.js';
import { importDraft } from '../../src/legacy/import-draft.js';
import { legacyBlocks } from '../../src/legacy/prose-blocks.js';
import { readLegacyDocument } from '../../src/legacy/read-legacy.js';
import { tempProject } from '../helpers.js';

async function audit(text: string, asOf = '2026-11-25') {
  const dir = tempProject({ 'policy.txt': text });
  const doc = await readLegacyDocument(path.join(dir, 'policy.txt'));
  return auditDocument(doc, { asOf });
}

const OPENING = 'Attendance at Elmbrook\n\nThe school day begins at 8.50am.\n\n';
const LATE_UNTIL = 'Children who come in after the register has been taken, but before 9.35am, are recorded as late.\n';
const CLOSES = 'The morning register closes at 9.35am.\n';

describe('audit findings rest only on values the audit is sure of', () => {
  it('a close time read only from when late marks stop gives no finding; it is listed as could not check, with what was read and the line', async () => {
    const r = await audit(OPENING + LATE_UNTIL);
    expect(r.diagnostics.filter((d) => d.ruleId === 'register-close-time-30-minutes')).toEqual([]);
    expect(r.draft.data.school_day?.registers?.morning?.closes).toBeUndefined();
    const unsure = r.couldNotCheck.filter((d) => d.ruleId === 'register-close-time-30-minutes');
    expect(unsure).toHaveLength(1);
    expect(unsure[0]!.line).toBe(5);
    expect(unsure[0]!.message).toMatch(
      /^Not checked, because the document does not state this outright \(read as "09:35"; read from the time until which late arrivals/,
    );
    expect(unsure[0]!.message).toContain(
      'If that reading is right: The morning register for the school is open for 45 minutes (08:50 to 09:35',
    );
    const text = couldNotCheckText(couldNotCheckList('policy.txt', r, false)!);
    expect(text).toContain('(The document speaks of this value at line 5: check that part by hand.)');
  });

  it('the same close time stated plainly gives the finding, quoting its line', async () => {
    const r = await audit(OPENING + CLOSES);
    const found = r.diagnostics.filter((d) => d.ruleId === 'register-close-time-30-minutes');
    expect(found.map((d) => [d.line, d.message])).toEqual([
      [5, expect.stringContaining('closes at 09:35, 45 minutes after the morning register opens (08:50)')],
    ]);
    expect(r.couldNotCheck.filter((d) => d.message.startsWith('Not checked'))).toEqual([]);
  });

  it('a plain statement and a weaker reading of the same value give one finding and nothing to check', async () => {
    const r = await audit(OPENING + CLOSES + '\n' + LATE_UNTIL);
    expect(r.diagnostics.filter((d) => d.ruleId === 'register-close-time-30-minutes').map((d) => d.line)).toEqual([5]);
    expect(r.couldNotCheck.filter((d) => d.message.startsWith('Not checked'))).toEqual([]);
  });

  it('a level read from "we promote 100% attendance" is not in the draft the audit lints, as it is not in the draft import writes', async () => {
    const dir = tempProject({ 'policy.txt': 'Rewards\n\nWe promote 100% attendance for every child.\n' });
    const doc = await readLegacyDocument(path.join(dir, 'policy.txt'));
    const r = auditDocument(doc, { asOf: '2026-11-25' });
    expect(r.draft.data.thresholds?.target_attendance_pct).toBeUndefined();
    const { sure, unsure } = auditFacts(extractFacts(legacyBlocks(doc)).facts);
    expect(sure.filter((f) => f.pointer === '/thresholds/target_attendance_pct')).toEqual([]);
    expect(unsure.map((f) => [f.pointer, f.value])).toEqual([['/thresholds/target_attendance_pct', 100]]);
    expect(importDraft(doc.file, extractFacts(legacyBlocks(doc))).draft.data.thresholds?.target_attendance_pct).toBeUndefined();
  });
});

describe('a date given only as a month', () => {
  const REVIEW = 'Attendance Policy\n\nNext review: July 2024\n\n';

  it('is checked at the last day it can mean: overdue once the month has passed, whichever day was meant', async () => {
    const r = await audit(REVIEW);
    const overdue = r.diagnostics.filter((d) => d.ruleId === 'policy-review-overdue');
    expect(overdue.map((d) => [d.line, d.message])).toEqual([[3, expect.stringContaining('due for review in July 2024')]]);
  });

  it('is not called overdue during the month it names', async () => {
    const r = await audit(REVIEW, '2024-07-15');
    expect(r.diagnostics.filter((d) => d.ruleId === 'policy-review-overdue' && d.line === 3)).toEqual([]);
  });

  it('is still a TODO in the import draft, which never writes a day the document does not give', async () => {
    const dir = tempProject({ 'policy.txt': REVIEW });
    const doc = await readLegacyDocument(path.join(dir, 'policy.txt'));
    const { draft } = importDraft(doc.file, extractFacts(legacyBlocks(doc)));
    expect(draft.data.document?.next_review).toBeUndefined();
    expect(draft.notes.find((n) => n.pointer === '/document/next_review')?.note).toContain(
      'the document gives only “July 2024”, not the day',
    );
  });
});
