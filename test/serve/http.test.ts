import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { parse } from 'yaml';
import { pdfText } from '../render/pdf-tools.js';
import type { RunningServer } from '../../src/serve/index.js';
import { buildPolicies } from '../../src/render/build-policies.js';
import { OAKFIELD, serveBundledCopy } from './helpers.js';

let dir: string;
let server: RunningServer;
let origin: string;

serveBundledCopy((served) => ({ dir, server, origin } = served));

const auth = () => ({ Cookie: `policywright_${server.port}=${server.token}` });
const write = () => ({ ...auth(), 'Content-Type': 'application/json', 'X-Policywright-Token': server.token });
const getJson = async (p: string) => fetch(`${origin}${p}`, { headers: auth() });
const postJson = (p: string, body: unknown, headers: Record<string, string> = write()) =>
  fetch(`${origin}${p}`, { method: 'POST', headers, body: JSON.stringify(body) });
const q = (file: string) => `file=${encodeURIComponent(file)}`;

describe('the token', () => {
  it('refuses every request without it, with a plain message', async () => {
    for (const p of ['/', '/app.js', '/api/policies', `/api/policy?${q(OAKFIELD)}`]) {
      const res = await fetch(`${origin}${p}`);
      expect(res.status, p).toBe(401);
      expect(await res.text()).toContain('Open the address that <code>policywright serve</code> printed');
    }
    expect((await fetch(`${origin}/api/policies`, { headers: { Cookie: `policywright_${server.port}=wrong-token` } })).status).toBe(401);
  });

  it('accepts the printed address, sets a cookie for this server only and takes the token out of the address bar', async () => {
    const res = await fetch(server.url, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    expect(res.headers.get('set-cookie')).toMatch(
      new RegExp(`^policywright_${server.port}=${server.token}; .*HttpOnly.*SameSite=Strict`, 'i'),
    );
    const page = await fetch(`${origin}/`, { headers: auth() });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('refuses a change without the token in the header, even with the cookie a cross-site form would carry', async () => {
    const before = readFileSync(path.join(dir, OAKFIELD), 'utf8');
    const opened = (await (await getJson(`/api/policy?${q(OAKFIELD)}`)).json()) as {
      hash: string;
      data: { document: { version: string } };
    };
    opened.data.document.version = 'forged';
    const res = await postJson(
      '/api/save',
      { file: OAKFIELD, hash: opened.hash, data: opened.data },
      { ...auth(), 'Content-Type': 'application/json' },
    );
    expect(res.status).toBe(403);
    const wrong = await postJson(
      '/api/save',
      { file: OAKFIELD, hash: opened.hash, data: opened.data },
      { ...write(), 'X-Policywright-Token': 'guess' },
    );
    expect(wrong.status).toBe(403);
    const foreign = await postJson(
      '/api/save',
      { file: OAKFIELD, hash: opened.hash, data: opened.data },
      { ...write(), Origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);
    expect(readFileSync(path.join(dir, OAKFIELD), 'utf8')).toBe(before);
  });

  it('refuses a request that names another host (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: '/api/policies', headers: { ...auth(), Host: `attacker.example:${server.port}` } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('listens on 127.0.0.1 only by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });
});

describe('paths', () => {
  it('refuses any file outside the project folder, or that is not a policy', async () => {
    const outside = path.join(tmpdir(), `pw-outside-${process.pid}.yaml`);
    writeFileSync(outside, 'document:\n  title: Secret\n');
    symlinkSync(outside, path.join(dir, 'policies', 'link-out.yaml'));
    try {
      const cases: Array<[string, number]> = [
        ['../outside.yaml', 403],
        ['policies/../../x.yaml', 403],
        [outside, 403],
        ['policies/link-out.yaml', 403],
        ['package.json', 403],
        ['policies/missing.yaml', 404],
      ];
      for (const [file, status] of cases) {
        const res = await getJson(`/api/policy?${q(file)}`);
        expect(res.status, file).toBe(status);
        const text = await res.text();
        expect(text, file).not.toContain('Secret');
        expect((JSON.parse(text) as { error: string }).error, file).toMatch(
          /outside the project folder|not a policy file|There is no policy file/,
        );
      }
      const save = await postJson('/api/save', { file: 'policies/link-out.yaml', hash: 'x', data: { document: { title: 'Changed' } } });
      expect(save.status).toBe(403);
      expect(readFileSync(outside, 'utf8')).toBe('document:\n  title: Secret\n');
      const list = (await (await getJson('/api/policies')).json()) as { policies: Array<{ file: string }> };
      expect(list.policies.map((p) => p.file)).not.toContain('policies/link-out.yaml');
    } finally {
      rmSync(path.join(dir, 'policies', 'link-out.yaml'), { force: true });
      rmSync(outside, { force: true });
    }
  });
});

describe('saving', () => {
  it('does not overwrite a file changed on disk since it was opened, and says so', async () => {
    const file = path.join(dir, OAKFIELD);
    const original = readFileSync(file, 'utf8');
    const opened = (await (await getJson(`/api/policy?${q(OAKFIELD)}`)).json()) as {
      hash: string;
      data: { document: { version: string } };
    };
    const elsewhere = original.replace('version: "3.0-oakfield.1"', 'version: "3.0-oakfield.2"');
    writeFileSync(file, elsewhere);
    try {
      opened.data.document.version = '9.9';
      const res = await postJson('/api/save', { file: OAKFIELD, hash: opened.hash, data: opened.data });
      expect(res.status).toBe(409);
      expect(((await res.json()) as { error: string }).error).toContain('was changed on disk after you opened it');
      expect(readFileSync(file, 'utf8')).toBe(elsewhere);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('saves with the hash it was opened with, then the old hash is stale', async () => {
    const file = path.join(dir, OAKFIELD);
    const original = readFileSync(file, 'utf8');
    const opened = (await (await getJson(`/api/policy?${q(OAKFIELD)}`)).json()) as { hash: string; data: Record<string, any> };
    opened.data.document.version = '3.0-oakfield.2';
    const res = await postJson('/api/save', { file: OAKFIELD, hash: opened.hash, data: opened.data });
    expect(res.status).toBe(200);
    const after = readFileSync(file, 'utf8');
    expect(after).toBe(original.replace('version: "3.0-oakfield.1"\n  next_review', 'version: "3.0-oakfield.2"\n  next_review'));
    expect((await postJson('/api/save', { file: OAKFIELD, hash: opened.hash, data: opened.data })).status).toBe(409);
    writeFileSync(file, original);
  });
});

describe('checks and fixes', () => {
  it('offers a safe fix as a change to the form, for a value written in this file', async () => {
    const file = path.join(dir, OAKFIELD);
    const original = readFileSync(file, 'utf8');
    const data = parse(original);
    // Oakfield overrides the trust base's citation with the revoked 2006 Regulations.
    data.references = [{ id: 'registration-regulations', title: 'Education (Pupil Registration) (England) Regulations 2006', year: 2006 }];
    const check = (await (await postJson('/api/check', { file: OAKFIELD, data })).json()) as {
      findings: Array<{ key: string; ruleId: string; message: string; fix?: { here: boolean; change: string } }>;
    };
    const fixes = check.findings.filter((f) => f.ruleId === 'framework-2024-registration-regs' && f.fix?.here);
    expect(fixes.map((f) => f.fix!.change).sort()).toEqual([
      'Set the value to 2024',
      'Set the value to School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
    ]);
    let next: unknown = data;
    for (const f of fixes) {
      const res = await postJson('/api/fix', { file: OAKFIELD, data: next, key: f.key });
      expect(res.status).toBe(200);
      next = ((await res.json()) as { data: unknown }).data;
    }
    expect((next as { references: unknown[] }).references).toEqual([
      {
        id: 'registration-regulations',
        title: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        year: 2024,
      },
    ]);
    const after = (await (await postJson('/api/check', { file: OAKFIELD, data: next })).json()) as { findings: Array<{ ruleId: string }> };
    expect(after.findings.filter((f) => f.ruleId === 'framework-2024-registration-regs')).toEqual([]);
    // Nothing is written until the user saves.
    expect(readFileSync(file, 'utf8')).toBe(original);
  });
});

describe('downloads', () => {
  it('gives the saved policy as a Word file and a PDF, made by the same build as `policywright build`', async () => {
    const docx = await getJson(`/api/download?${q(OAKFIELD)}&format=docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-disposition')).toMatch(/^attachment; filename="oakfield[\w.-]*-policy\.docx"$/);
    const { value: wordText } = await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) });
    expect(wordText).toContain('Oakfield Primary Academy');
    expect(wordText).toMatch(/Morning register closes\s+9:00am/);

    const pdf = await getJson(`/api/download?${q(OAKFIELD)}&format=pdf`);
    expect(pdf.status).toBe(200);
    const out = path.join(dir, 'downloaded.pdf');
    writeFileSync(out, Buffer.from(await pdf.arrayBuffer()));
    const text = pdfText(out).replace(/\s+/g, ' ');
    expect(text).toContain('Oakfield Primary Academy');
    expect(text.replace(/\s+/g, ' ')).toContain('Morning register closes 9:00am');
    for (const bad of ['undefined', 'NaN', '{{', '\ufffd']) expect(text).not.toContain(bad);
  }, 120_000);
});

describe('the home page', () => {
  it('lists every policy and trust base with its status and its count of errors and warnings', async () => {
    const extra = path.join(dir, 'policies/schools/late-close.yaml');
    // A draft whose morning register closes 55 minutes after it opens: two warnings (too long, and not the afternoon's 15 minutes).
    writeFileSync(
      extra,
      readFileSync(path.join(dir, OAKFIELD), 'utf8')
        .replace('closes: "09:00" }', 'closes: "09:40" }')
        .replace(/^  approved_on: .*\n/m, '  status: draft\n')
        .replace('id: oakfield-primary', 'id: late-close'),
    );
    try {
      const res = (await (await getJson('/api/policies')).json()) as {
        policies: Array<{
          file: string;
          kind: string;
          status: { state: string; label: string };
          counts: { errors: number; warnings: number };
        }>;
      };
      const row = (file: string) => res.policies.find((p) => p.file === file)!;
      expect(res.policies.map((p) => p.file).sort()).toEqual([
        'policies/brook-and-meadow-federation.yaml',
        'policies/schools/hillcrest-secondary.yaml',
        'policies/schools/late-close.yaml',
        OAKFIELD,
        'policies/trust-base.yaml',
      ]);
      expect(row('policies/trust-base.yaml').kind).toBe('trust base');
      expect(row('policies/brook-and-meadow-federation.yaml').kind).toBe('federation');
      // The examples carry an approval date and body (as `build` prints them) but no recorded approval.
      expect(row(OAKFIELD).status).toEqual({
        state: 'approved',
        label:
          'Approved on 22 September 2026 by the trust board, on the advice of the Oakfield local governing board (record the approval here to track later changes)',
      });
      expect(row(OAKFIELD).counts).toMatchObject({ errors: 0, warnings: 0 });
      expect(row('policies/schools/late-close.yaml').status).toEqual({ state: 'draft', label: 'Draft: not yet approved' });
      expect(row('policies/schools/late-close.yaml').counts).toMatchObject({ errors: 0, warnings: 2 });
    } finally {
      rmSync(extra);
    }
  });
});

describe('checks as you type', () => {
  it("shows what a suggestion would change, without a button: the right value is the school's decision", async () => {
    const data = parse(readFileSync(path.join(dir, OAKFIELD), 'utf8'));
    data.thresholds = { persistent_absence_pct: 15 };
    const check = (await (await postJson('/api/check', { file: OAKFIELD, data })).json()) as {
      findings: Array<{ ruleId: string; message: string; fix?: unknown; suggestion?: { change: string } }>;
    };
    const pa = check.findings.filter((f) => f.ruleId === 'def-persistent-absence');
    expect(pa.map((f) => f.suggestion?.change)).toEqual(['Attendance levels: persistent absence from: change 15% to 10%']);
    expect(pa[0]!.fix).toBeUndefined();
  });

  it('previews exactly the HTML `policywright build` writes', async () => {
    const data = parse(readFileSync(path.join(dir, OAKFIELD), 'utf8'));
    const check = (await (await postJson('/api/check', { file: OAKFIELD, data })).json()) as { preview: string };
    const out = mkdtempSync(path.join(dir, 'built-'));
    const result = await buildPolicies([path.join(dir, OAKFIELD)], { outDir: out, formats: ['html'] });
    const built = readFileSync(result.built[0]!.outputs.find((o) => o.format === 'html')!.path, 'utf8');
    expect(check.preview).toBe(built);
    expect(check.preview).toContain('Content-Security-Policy');
  });
});

describe('a policy with problems that stop it being published', () => {
  type Check = { invalid: boolean; preview: string | null; previewWithProblems: string | null };
  const checkWith = async (edit: (data: Record<string, any>) => void) => {
    const data = parse(readFileSync(path.join(dir, OAKFIELD), 'utf8'));
    edit(data);
    return (await (await postJson('/api/check', { file: OAKFIELD, data })).json()) as Check;
  };
  const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

  it('is previewed despite them when only values break the rules, with what was typed shown as it was typed', async () => {
    const check = await checkWith((d) => (d.schools[0].school_day.registers.morning.closes = '25:00'));
    expect(check.invalid).toBe(true);
    expect(check.preview).toBeNull();
    const shown = text(check.previewWithProblems ?? '');
    expect(shown).toContain('Oakfield Primary Academy');
    expect(shown).toContain('Morning register closes 25:00');
    expect(shown).not.toMatch(/undefined|NaN|\{\{|\[object/);
    expect(check.previewWithProblems).toContain('Content-Security-Policy');
  });

  it('is not previewed when a value of the wrong shape stops the page being made, or a file it builds on cannot be read', async () => {
    // An empty school in the list, as a slip in a text editor leaves it (the form cannot make one): the page cannot be made.
    const file = path.join(dir, OAKFIELD);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('schools:\n', 'schools:\n  -\n'));
    try {
      const saved = (await (await postJson('/api/check', { file: OAKFIELD })).json()) as Check;
      expect(saved).toMatchObject({ invalid: true, preview: null, previewWithProblems: null });
    } finally {
      writeFileSync(file, original);
    }
    const noBase = await checkWith((d) => (d.extends = '../no-such-trust-base.yaml'));
    expect(noBase).toMatchObject({ invalid: true, preview: null, previewWithProblems: null });
  });

  it('has no preview made despite problems when it has none: the preview is the policy itself', async () => {
    const check = await checkWith(() => undefined);
    expect(check.invalid).toBe(false);
    expect(check.preview).toContain('Oakfield Primary Academy');
    expect(check.previewWithProblems).toBeNull();
  });
});

describe('the file a school builds on', () => {
  it('is named by its trust, with its file, for the form to show', async () => {
    const opened = (await (await getJson(`/api/policy?${q(OAKFIELD)}`)).json()) as { base: { file: string; name: string } };
    expect(opened.base).toMatchObject({ file: 'policies/trust-base.yaml', name: 'Riverbend Learning Trust' });
  });
});

describe('the trust comparison', () => {
  it("marks each school's local variation from the trust base", async () => {
    const res = (await (await getJson('/api/trust')).json()) as { html: string; leftOut: unknown[] };
    expect(res.leftOut).toEqual([]);
    const row = res.html.match(/<tr>\s*<th scope="row">Leave of absence: Notice needed for a leave request<\/th>[\s\S]*?<\/tr>/)?.[0] ?? '';
    const cells = [...row.matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/g)].map((m) => ({
      marked: /class="[^"]*differs/.test(m[1]!),
      text: m[2]!
        .replace(/<span class="ref">[\s\S]*?<\/span>/, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    }));
    // Trust base, Meadow, Brook, Hillcrest, Oakfield: only Oakfield's four weeks stands out, and says why in words.
    expect(cells).toHaveLength(5);
    expect(cells.filter((c) => c.marked).map((c) => c.text)).toEqual([
      '4 school weeks Differs from the trust base Differs from most schools',
    ]);
    expect(res.html).toContain('Content-Security-Policy');
  });
});
