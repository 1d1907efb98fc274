import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { RunningServer } from '../../src/serve/index.js';
import { OAKFIELD, serveBundledCopy } from './helpers.js';

// What the app tells a head teacher over HTTP: policies by name, and which form field a problem is in.
// The served folder is a temporary copy, outside the folder the tests run from.
let dir: string;
let server: RunningServer;
let origin: string;

serveBundledCopy((served) => ({ dir, server, origin } = served));

const auth = () => ({ Cookie: `policywright_${server.port}=${server.token}` });
const getJson = async <T>(p: string) => (await (await fetch(`${origin}${p}`, { headers: auth() })).json()) as T;
const postJson = async <T>(p: string, body: unknown) =>
  (await (
    await fetch(`${origin}${p}`, {
      method: 'POST',
      headers: { ...auth(), 'Content-Type': 'application/json', 'X-Policywright-Token': server.token },
      body: JSON.stringify(body),
    })
  ).json()) as T;
const q = (file: string) => `file=${encodeURIComponent(file)}`;

interface Check {
  invalid: boolean;
  preview: string | null;
  findings: Array<{ ruleId: string; message: string; field?: Array<string | number>; inThisFile: boolean }>;
}

describe('a problem in what was typed', () => {
  it('names the form field each problem is in (its place in the file’s data), for a value, a list item and a missing field', async () => {
    const data = parse(readFileSync(path.join(dir, OAKFIELD), 'utf8'));
    data.schools[0].urn = '99010A';
    data.schools[0].school_day.registers.morning.closes = '9.40';
    data.schools[0].phase = ['primry'];
    data.document.next_review = '2027-02-30';
    delete data.schools[0].name;
    const check = await postJson<Check>('/api/check', { file: OAKFIELD, data });
    expect(check.invalid).toBe(true);
    const at = (text: RegExp) => check.findings.find((f) => text.test(f.message))?.field;
    expect(at(/99010A/)).toEqual(['schools', 0, 'urn']);
    expect(at(/9\.40/)).toEqual(['schools', 0, 'school_day', 'registers', 'morning', 'closes']);
    expect(at(/primry/)).toEqual(['schools', 0, 'phase', 0]);
    expect(at(/2027-02-30/)).toEqual(['document', 'next_review']);
    // A missing field is reported at the group it belongs in.
    expect(at(/“Name” is missing/)).toEqual(['schools', 0]);
    expect(check.findings).toHaveLength(5);
    // The browser keeps showing the last preview it had; the server sends none for a policy it cannot read.
    expect(check.preview).toBeNull();
  });

  it('names the field of a rule’s finding too, and none for a value inherited from the trust base', async () => {
    const data = parse(readFileSync(path.join(dir, OAKFIELD), 'utf8'));
    data.schools[0].school_day.registers.morning.closes = '09:40';
    const check = await postJson<Check>('/api/check', { file: OAKFIELD, data });
    expect(check.invalid).toBe(false);
    const late = check.findings.find((f) => f.ruleId === 'register-close-time-30-minutes');
    expect(late?.field).toEqual(['schools', 0, 'school_day', 'registers', 'morning', 'closes']);
    for (const f of check.findings.filter((x) => !x.inThisFile)) expect(f.field).toBeUndefined();
  });
});

describe('policies are called by their school’s or trust’s name', () => {
  it('on the list of policies, when one is opened and on the governors’ page', async () => {
    const list = await getJson<{ policies: Array<{ file: string; name: string; kind: string }> }>('/api/policies');
    expect(Object.fromEntries(list.policies.map((p) => [p.file, [p.name, p.kind]]))).toEqual({
      'policies/brook-and-meadow-federation.yaml': ['Meadow Infant School and Brook Junior School', 'federation'],
      'policies/schools/hillcrest-secondary.yaml': ['Hillcrest Academy', 'school'],
      [OAKFIELD]: ['Oakfield Primary Academy', 'school'],
      'policies/trust-base.yaml': ['Riverbend Learning Trust', 'trust base'],
    });
    expect(await getJson(`/api/policy?${q(OAKFIELD)}`)).toMatchObject({ name: 'Oakfield Primary Academy', file: OAKFIELD });
    expect(await getJson(`/api/governors?${q('policies/trust-base.yaml')}`)).toMatchObject({
      name: 'Riverbend Learning Trust',
      kind: 'trust base',
    });
  });

  it('even when the file has a problem, or cannot be read as YAML at all (then by its file name)', async () => {
    const broken = path.join(dir, 'policies/schools/broken.yaml');
    writeFileSync(broken, 'schools:\n  - id: elm\n    name: Elm Tree Primary\n    urn: 12\n');
    const unreadable = path.join(dir, 'policies/schools/half-typed.yaml');
    writeFileSync(unreadable, 'schools: [\n  - id: oak\n');
    try {
      expect(await getJson(`/api/governors?${q('policies/schools/broken.yaml')}`)).toMatchObject({
        name: 'Elm Tree Primary',
        invalid: true,
      });
      expect(await getJson(`/api/policy?${q('policies/schools/half-typed.yaml')}`)).toMatchObject({ name: 'half-typed', data: null });
      // The editor checks such a file as saved, to say where the problem is.
      const check = await postJson<Check>('/api/check', { file: 'policies/schools/half-typed.yaml' });
      expect(check.invalid).toBe(true);
      expect(check.findings.map((f) => f.message).join(' ')).toMatch(/YAML cannot be read/);
      // The comparison leaves them out and says which, by name, and why.
      const trust = await getJson<{ leftOut: Array<{ file: string; name: string; reason: string }> }>('/api/trust');
      expect(trust.leftOut.map((l) => [l.file, l.name])).toEqual([
        ['policies/schools/broken.yaml', 'Elm Tree Primary'],
        ['policies/schools/half-typed.yaml', 'half-typed'],
      ]);
      for (const l of trust.leftOut) expect(l.reason).toContain('problems that stop it being read');
    } finally {
      rmSync(broken);
      rmSync(unreadable);
    }
  });
});

describe('the trust comparison', () => {
  it('says where each value is set by school or trust base, with no path from the folder the app was started in', async () => {
    const { html } = await getJson<{ html: string }>('/api/trust');
    const refs = [...html.matchAll(/<span class="ref">([^<]*)<\/span>/g)].map((m) => m[1]!);
    // The lead names the trust base's file inside the project folder; every value names the policy that set it.
    expect(refs[0]).toBe('policies/trust-base.yaml');
    const sources = new Set(refs.slice(1).map((r) => r.replace(/, line \d+$/, '')));
    expect([...sources].sort()).toEqual(['Hillcrest policy', 'Meadow and Brook policy', 'Oakfield policy', 'Trust base']);
    expect(html).toContain('<th scope="col">Riverbend Learning Trust (trust base)</th>');
    expect(html).not.toContain(dir);
    expect(html).not.toContain(path.basename(dir));
    expect(html).not.toMatch(/\.yaml:\d/);
  });
});
