import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers.js';

// Hostile content in the policy and in the pupil file, end to end through `letters` and `report`:
// nothing is fetched (a local server counts every request), no local file is read, no script runs,
// and handlebars-looking text is printed as text.
const hits: string[] = [];
let server: http.Server;
let url: string;
const hostname = readFileSync('/etc/hostname', 'utf8').trim();
const passwdLine = readFileSync('/etc/passwd', 'utf8').split('\n')[0]!;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// In prose `{{constructor}}` is refused by validation (it names no data), so prose gets only `{{{x}}}`.
const hostileText = (prose = false) =>
  `<img src="file:///etc/hostname"><iframe src="file:///etc/passwd"></iframe><script>document.body.innerHTML="SCRIPT RAN"</script><link rel=stylesheet href=${url}/a.css><img src=${url}/b.png> {{{x}}}${prose ? '' : ' {{constructor}}'}`;

function policy(): string {
  const evil = JSON.stringify(hostileText());
  return `schools:
  - id: evil
    name: ${JSON.stringify(`Evil <script>alert(1)</script> School`)}
    headteacher: ${evil}
    logo: /etc/passwd
contacts:
  letters_signed_by: ${evil}
  office: { name: ${evil}, role: Office, email: office@example.sch.uk }
escalation:
  stages:
    - id: stage-1
      name: ${evil}
      actions: [${evil}]
      who: ${evil}
      triggers: [{ metric: attendance_pct, comparison: lt, value: 96, window: { type: year_to_date } }]
      letter: attendance-concern
sections:
  - id: evil
    title: ${evil}
    body: ${JSON.stringify(hostileText(true))}
`;
}

const pupils = () =>
  [
    'pupil_id,first_name,last_name,year_group,parent_name,salutation,address_1,address_2,town,postcode,sessions_possible,sessions_attended,unauthorised_sessions_10wk,late_marks',
    `X1,"<img src=${url}/pupil.png>","{{constructor}}",7,"<script>x</script>","{{{x}}}","<iframe src=file:///etc/passwd>",,Town,AB1 2CD,300,250,4,1`,
    `X2,"<img src=${url}/pupil.png>","<b>Bold</b>",7,"<script>x</script>","<i>x</i>","<iframe src=file:///etc/passwd>",,Town,AB1 2CD,300,250,4,1`,
  ].join('\n');

function pdfTexts(dir: string): string {
  const pdfs = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pdf'));
  expect(pdfs.length).toBeGreaterThan(0);
  return pdfs.map((f) => execFileSync('pdftotext', [path.join(dir, f), '-'], { encoding: 'utf8' })).join('\n');
}

function expectNothingLeaked(text: string): void {
  expect(hits).toEqual([]);
  expect(text).not.toContain(passwdLine);
  if (hostname.length > 3) expect(text).not.toContain(hostname);
  // Had a script run, the page would hold nothing but "SCRIPT RAN"; escaped, the tags are printed as text.
  expect(text.trim()).not.toBe('SCRIPT RAN');
  expect(text).toContain('Evil <script>alert(1)</script> School');
}

describe('hostile content end to end', () => {
  it('letters print hostile names and prose as text, fetch nothing and read no file', async () => {
    const dir = tempProject({ 'p.yaml': policy(), 'pupils.csv': pupils() });
    const out = path.join(dir, 'letters');
    const run = await runCli(
      'letters',
      '--policy',
      path.join(dir, 'p.yaml'),
      '--pupils',
      path.join(dir, 'pupils.csv'),
      '--letter',
      'auto',
      '--out',
      out,
      '--date',
      '2026-11-26',
    );
    // The school's name and the stage hold braces, which the last look never lets reach a parent:
    // every letter is refused, each row says why, nothing is written, and nothing was fetched or read.
    expect(run.code, run.out + run.err).toBe(1);
    expect(run.err).toMatch(/row 2\b[^\n]*was not written, because its text would show a data reference that was not filled in/);
    expect(run.err).toMatch(/row 3\b[^\n]*was not written/);
    expect(readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pdf'))).toEqual([]);
    expect(hits).toEqual([]);
  }, 120_000);

  it("the governors' report escapes everything, fetches nothing and reads no file", async () => {
    const dir = tempProject({ 'p.yaml': policy() });
    const out = path.join(dir, 'report');
    const run = await runCli('report', '--out', out, '--as-of', '2026-11-26', path.join(dir, 'p.yaml'));
    expect(run.code, run.out + run.err).toBe(0);
    const html = readdirSync(out, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(path.join(out, f), 'utf8'))
      .join('\n');
    expect(html).not.toMatch(/<script>alert|<iframe src=|<img src="file:/);
    expect(html).toContain('&lt;script&gt;');
    expectNothingLeaked(pdfTexts(out));
  }, 120_000);
});
