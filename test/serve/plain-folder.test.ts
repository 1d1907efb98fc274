import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRootOf } from '../../src/core/project-root.js';
import { startServer, type RunningServer } from '../../src/serve/index.js';
import { pdfText } from '../render/pdf-tools.js';
import { ROOT, runCli } from '../helpers.js';

// A trust folder as it arrives by email: the bundled trust base and schools, with no
// policywright.config.yaml, package.json or .git in it or above it. The schools extend ../trust-base.yaml.
// The trust base is given a name and a notice period of its own, so what a school inherits can be told apart.
const HILLCREST = 'schools/hillcrest-secondary.yaml';
const TRUST = 'Kestrel Vale Learning Trust';
/** Text no reader should see (see the project's standards). */
const JUNK = /££|%%|\{\{|undefined|NaN|\uFFFD/;

let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pw-serve-plain-'));
  cpSync(path.join(ROOT, 'policies'), dir, { recursive: true });
  const base = path.join(dir, 'trust-base.yaml');
  const text = readFileSync(base, 'utf8');
  const edited = text
    .replaceAll('Riverbend Learning Trust', TRUST)
    .replace('notice: { amount: 2, unit: school_weeks }', 'notice: { amount: 3, unit: school_weeks }');
  expect(edited).toContain('notice: { amount: 3, unit: school_weeks }');
  writeFileSync(base, edited);
  // The situation under test: each school's own project folder would be schools/, which the base is outside.
  expect(projectRootOf(path.join(dir, HILLCREST)).marker).toBeUndefined();
  server = await startServer({ dir, port: 0 });
}, 60_000);
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const origin = () => `http://127.0.0.1:${server.port}`;
const auth = () => ({ Cookie: `policywright_${server.port}=${server.token}` });
const get = (p: string) => fetch(`${origin()}${p}`, { headers: auth() });
const q = (file: string) => `file=${encodeURIComponent(file)}`;
const words = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ');

describe('serve on a trust folder with no project marker', () => {
  it('downloads a school’s PDF and Word file with what it inherits from the trust base', async () => {
    const pdf = await get(`/api/download?${q(HILLCREST)}&format=pdf`);
    expect(
      pdf.status,
      await pdf
        .clone()
        .text()
        .catch(() => ''),
    ).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const file = path.join(dir, 'downloaded.pdf');
    writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const text = pdfText(file);
    unlinkSync(file);
    expect(text).toContain('Hillcrest Academy');
    expect(text).toContain(TRUST);
    expect(text).toContain('at least 3 school weeks before the leave would start');
    expect(text).not.toMatch(JUNK);

    const docx = await get(`/api/download?${q(HILLCREST)}&format=docx`);
    expect(docx.status).toBe(200);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) });
    expect(value).toContain(TRUST);
    expect(value.replace(/\s+/g, ' ')).toContain('at least 3 school weeks before the leave would start');
  }, 240_000);

  it('shows the governors’ report of a school, with the trust it inherits', async () => {
    const res = await get(`/api/governors?${q(HILLCREST)}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { invalid: boolean; report: string | null };
    expect(body.invalid).toBe(false);
    expect(body.report).not.toBeNull();
    const text = words(body.report!);
    expect(text).toContain('Hillcrest Academy');
    expect(text).toContain(TRUST);
    expect(text).not.toMatch(/outside the project folder|cannot be used/);
    expect(text).not.toMatch(JUNK);
  }, 120_000);

  it('compares every school, inherited values sourced from the trust base, as `policywright compare` does', async () => {
    const res = await get('/api/trust');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { html: string | null; leftOut: unknown[] };
    expect(body.leftOut).toEqual([]);
    expect(body.html).not.toBeNull();
    const notice = (html: string) =>
      words(html.match(/<tr>\s*<th scope="row">Leave of absence: Notice needed for a leave request<\/th>[\s\S]*?<\/tr>/)?.[0] ?? '');
    // Trust base, Meadow, Brook, Hillcrest (inherited), Oakfield (its own).
    const row = notice(body.html!);
    expect(row.match(/\d school weeks/g)).toEqual([
      '3 school weeks',
      '2 school weeks',
      '2 school weeks',
      '3 school weeks',
      '4 school weeks',
    ]);
    // Where each value is set, named as people know the file: the trust base's own column and Hillcrest's inherited value.
    expect(row.match(/Trust base, line \d+/g)).toHaveLength(2);
    expect(row).toMatch(/4 school weeks .*Oakfield policy, line \d+/);

    const cli = await runCli('compare', '--format', 'html', dir);
    expect(cli.code, cli.err).toBe(0);
    expect(cli.err).not.toMatch(/cannot be used/);
    expect(notice(cli.out).match(/\d school weeks/g)).toEqual(row.match(/\d school weeks/g));
  }, 120_000);

  it('records the board’s approval of a school that extends the trust base', async () => {
    const opened = (await (await get(`/api/policy?${q(HILLCREST)}`)).json()) as { hash: string };
    const res = await fetch(`${origin()}/api/ratify`, {
      method: 'POST',
      headers: { ...auth(), 'Content-Type': 'application/json', 'X-Policywright-Token': server.token },
      body: JSON.stringify({ file: HILLCREST, hash: opened.hash, by: 'Full governing board', minute: 'FGB 7', date: '2026-11-20' }),
    });
    const body = (await res.json()) as { status?: { state: string; label: string }; error?: string };
    expect(res.status, body.error).toBe(200);
    expect(body.status).toMatchObject({ state: 'approved', label: 'Approved on 20 November 2026 by the full governing board' });
    expect(readFileSync(path.join(dir, HILLCREST), 'utf8')).toMatch(/approval_minute: FGB 7/);
  }, 120_000);
});
