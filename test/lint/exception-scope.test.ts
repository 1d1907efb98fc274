import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject } from '../helpers.js';

// Both schools of the federation open their morning register for too long (09:40 close).
const federation = readFileSync(path.join(ROOT, 'policies/brook-and-meadow-federation.yaml'), 'utf8').replace(
  /morning: \{ opens: "(\d\d:\d\d)", closes: "\d\d:\d\d"/g,
  'morning: { opens: "$1", closes: "09:40"',
);
const exception = (school: string) =>
  `exceptions:\n  - rule: register-close-time-30-minutes\n    school: ${school}\n    reason: Breakfast club registers, agreed with the LA\n    approved_by: Full governing board\n    until: 2099-12-31\n`;

type Message = { ruleId: string; line: number; message: string; excepted?: unknown };
const closeFindings = (out: string) =>
  (JSON.parse(out) as Array<{ messages: Message[] }>)
    .flatMap((f) => f.messages)
    .filter((m) => m.ruleId === 'register-close-time-30-minutes' && /no more than 30 minutes/.test(m.message));

describe('exceptions for one school', () => {
  it('in a federation, an exception for one school covers that school only', async () => {
    const before = closeFindings(
      (await runCli('lint', '--format', 'json', path.join(tempProject({ 'f.yaml': federation }), 'f.yaml'))).out,
    );
    expect(before.map((m) => /Meadow|Brook/.exec(m.message)![0]).sort()).toEqual(['Brook', 'Meadow']);
    const dir = tempProject({ 'f.yaml': federation, 'policywright.config.yaml': exception('meadow-infant') });
    const ms = closeFindings((await runCli('lint', '--format', 'json', path.join(dir, 'f.yaml'))).out);
    expect(ms.find((m) => /Meadow/.test(m.message))!.excepted).toBeTruthy();
    expect(ms.find((m) => /Brook/.test(m.message))!.excepted).toBeUndefined();
  });

  it('an exception naming a school that does not exist stops the run with exit 2 and "did you mean"', async () => {
    const dir = tempProject({ 'f.yaml': federation, 'policywright.config.yaml': exception('meadow-infants') });
    const run = await runCli('lint', path.join(dir, 'f.yaml'));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(
      /policywright\.config\.yaml:3:\d+: Unknown school "meadow-infants" in the config.* Did you mean "meadow-infant"\?/,
    );
  });
});
