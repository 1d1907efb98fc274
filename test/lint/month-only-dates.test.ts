import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../src/legacy/audit.js';
import { readLegacyDocument } from '../../src/legacy/read-legacy.js';
import { tempProject } from '../helpers.js';

// A legacy document that gives a date only as a month ("Next review: July 2026") is checked at the
// month's last day, but a message names the month as the document did and invents no day.
async function audit(text: string) {
  const dir = tempProject({ 'old.txt': text });
  const result = auditDocument(await readLegacyDocument(path.join(dir, 'old.txt')), { asOf: '2026-11-30' });
  return [...result.diagnostics, ...result.couldNotCheck];
}
const messageOf = (found: Awaited<ReturnType<typeof audit>>, ruleId: string) =>
  found.filter((d) => d.ruleId === ruleId).map((d) => d.message);
/** A day of July 2024 or 2026, or of the month after a month-only approval, that the document never gave. */
const INVENTED_DAY = /\b\d{1,2} (July|March) 20(24|25|26)\b/;

describe('dates a document gives only as a month', () => {
  it('the review date: "due for review in July 2026", overdue by at least the time since the month ended', async () => {
    const found = await audit('Attendance Policy\n\nApproved by the governing board in July 2024. Next review: July 2026.\n');
    const [overdue] = messageOf(found, 'policy-review-overdue');
    expect(overdue).toMatch(
      /^The policy was due for review in July 2026; on 30 November 2026 that is at least 3 months and 30 days overdue\./,
    );
    const [approved] = messageOf(found, 'policy-exists-accessible-reviewed');
    expect(approved).toMatch(/^The policy was approved in July 2024, before the attendance guidance became statutory on 19 August 2024/);
    for (const d of found) expect(d.message).not.toMatch(INVENTED_DAY);
  });

  it('a review worked out from a month-only approval is due in a month, not on a day', async () => {
    const found = await audit(
      'Attendance Policy\n\nThis policy was approved by the governing board in March 2024. The policy is reviewed annually.\n',
    );
    expect(messageOf(found, 'policy-review-overdue')).toEqual([
      expect.stringMatching(
        /Approved in March 2024 with a 12-month cycle, it was due for review in March 2025, at least 19 months and 30 days ago\./,
      ),
    ]);
    for (const d of found) expect(d.message).not.toMatch(INVENTED_DAY);
  });

  it('a full date is still given with its day', async () => {
    const found = await audit('Attendance Policy\n\nApproved by the governing board on 12 March 2024. Next review: 1 July 2026.\n');
    expect(messageOf(found, 'policy-review-overdue')[0]).toMatch(
      /^The policy was due for review on 1 July 2026; on 30 November 2026 that is 4 months and 29 days overdue\./,
    );
    expect(messageOf(found, 'policy-exists-accessible-reviewed')[0]).toMatch(/^The policy was approved on 12 March 2024,/);
  });
});
