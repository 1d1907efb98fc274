import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { RunningServer } from '../../src/serve/index.js';
import { OAKFIELD, serveBundledCopy } from './helpers.js';

let dir: string;
let server: RunningServer;
let origin: string;

serveBundledCopy((served) => ({ dir, server, origin } = served));

describe('the web app shows a value the policy model does not allow in plain words', () => {
  it('names the setting and the school, and gives the choices in words', async () => {
    const data = parse(readFileSync(path.join(dir, OAKFIELD), 'utf8'));
    data.schools[0].type = 'ap-academy';
    const res = await fetch(`${origin}/api/check`, {
      method: 'POST',
      headers: {
        Cookie: `policywright_${server.port}=${server.token}`,
        'Content-Type': 'application/json',
        'X-Policywright-Token': server.token,
      },
      body: JSON.stringify({ file: OAKFIELD, data }),
    });
    const check = (await res.json()) as { invalid: boolean; findings: Array<{ ruleId: string; message: string; hint?: string }> };
    expect(check.invalid).toBe(true);
    const [schema] = check.findings.filter((f) => f.ruleId === 'schema');
    expect(schema!.message).toMatch(
      /^In “Oakfield Primary Academy: school type”, "ap-academy" is not one of the choices: .*“PRU \(pupil referral unit\)”, “AP \(alternative provision\) academy”/,
    );
    expect(schema!.hint).toMatch(/^Did you mean “AP \(alternative provision\) academy”\? Write ap_academy\./);
    expect(schema!.message).not.toMatch(/schools\[0\]|\/schools\/0|ap_academy/);
  });
});
