import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { roleInSentence } from '../../src/lint/in-sentence.js';
import { policyReport } from '../../src/report/build-report.js';
import { renderReportHtml } from '../../src/report/render-html.js';
import { runCli, tempProject } from '../helpers.js';
import { htmlText } from './report-helpers.js';

const AS_OF = '2026-11-26';

/** Page 1 of the governors' report for a policy approved by `by`, as text. */
function approvedLine(by: string): string {
  const dir = tempProject({
    'p.yaml': `document:\n  title: Attendance policy\n  status: approved\n  approved_on: 2026-09-22\n  approved_by: ${by}\n  approval_minute: FGB 7\nschools: [{ id: oak, name: Oak School }]\n`,
  });
  const text = htmlText(renderReportHtml(policyReport(path.join(dir, 'p.yaml'), AS_OF)));
  return /Approved (22 September 2026, by [^(]*)\(minute/.exec(text)?.[1]?.trim() ?? text.slice(0, 400);
}

describe("a board's name inside a sentence", () => {
  it.each([
    ['Trust board', 'the trust board'],
    ['Full Governing Body', 'the full governing body'],
    [
      'Trust board, on the advice of the Oakfield local governing board',
      'the trust board, on the advice of the Oakfield local governing board',
    ],
    ['Oakfield Trust board', 'the Oakfield Trust board'],
    ['the Oakfield Trust board', 'the Oakfield Trust board'],
    ['Mrs A. Patel', 'Mrs A. Patel'],
    ['FGB', 'the FGB'],
  ])('"%s" reads "%s"', (by, words) => {
    expect(roleInSentence(by)).toBe(words);
  });

  it('page 1 of the report says "approved by the trust board", and keeps a proper name', () => {
    expect(approvedLine('Trust board')).toBe('22 September 2026, by the trust board');
    expect(approvedLine('Oakfield Trust board')).toBe('22 September 2026, by the Oakfield Trust board');
  });

  it('ratify says who approved it the same way', async () => {
    const dir = tempProject({ 'p.yaml': 'document:\n  title: Attendance policy\nschools: [{ id: oak, name: Oak School }]\n' });
    const file = path.join(dir, 'p.yaml');
    const trust = await runCli('ratify', file, '--by', 'Trust Board', '--minute', 'TB 7', '--date', '2026-09-22');
    expect(trust.out).toMatch(/approved by the trust board on 22 September 2026 \(minute TB 7\)/);
    const named = await runCli('ratify', file, '--by', 'Oakfield Trust board', '--minute', 'TB 8', '--date', '2026-09-23');
    expect(named.out).toMatch(/approved by the Oakfield Trust board on 23 September 2026 \(minute TB 8\)/);
  });
});
