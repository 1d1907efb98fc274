import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/load/load-policy.js';
import { STARTER_SECTIONS } from '../../src/init/starter.js';
import { runCli, tempProject } from '../helpers.js';

describe('a new policy from init is a draft until it is finished and approved', () => {
  it('has no approval date, status draft, and every guidance paragraph marked', async () => {
    const dir = tempProject();
    const file = path.join(dir, 'policy.yaml');
    expect((await runCli('init', '--school', 'Elm Primary', file)).code).toBe(0);
    const policy = loadPolicy(file).data;
    expect(policy.document?.status).toBe('draft');
    expect(policy.document?.approved_on).toBeUndefined();
    for (const s of policy.sections ?? []) expect(s.body).toMatch(/^GUIDANCE: /);
  });

  it('lint names each guidance paragraph left in a section, as an error', async () => {
    const dir = tempProject();
    const file = path.join(dir, 'policy.yaml');
    await runCli('init', '--school', 'Elm Primary', file);
    const run = await runCli('lint', '--as-of', '2026-11-26', file);
    expect(run.code).toBe(1);
    for (const s of STARTER_SECTIONS) {
      expect(run.out).toMatch(
        new RegExp(
          `error +The section “${s.title.replace(/[()]/g, '\\$&')}” still has the starter's guidance: “${s.guidance.slice(0, 30).replace(/[()`.]/g, '\\$&')}`,
        ),
      );
    }
    expect(run.out).toMatch(
      /error +The setting “Ways to report an absence \(phone\): details \(number, address or app\)” still holds the starter's guidance/,
    );
  });

  it('build refuses to write it while guidance is left, naming where', async () => {
    const dir = tempProject();
    const file = path.join(dir, 'policy.yaml');
    await runCli('init', '--school', 'Elm Primary', file);
    const out = path.join(dir, 'out');
    const run = await runCli('build', '--formats', 'html,docx', '--as-of', '2026-11-26', '--out', out, file);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/policy\.yaml was not built, because its text has what no reader should see/);
    expect(run.out).toMatch(/starter guidance \(GUIDANCE:\) left in the text, in “[^”]*Say why attendance matters/);
    expect(existsSync(path.join(out, 'elm-primary'))).toBe(false);
  });

  it('once the guidance is replaced, it builds, marked DRAFT, and the summary says why', async () => {
    const dir = tempProject();
    const file = path.join(dir, 'policy.yaml');
    await runCli('init', '--school', 'Elm Primary', file);
    const written = readFileSync(file, 'utf8')
      .replace(/detail: "GUIDANCE:[^"]*"/, 'detail: "01632 960999"')
      .replace(/GUIDANCE: [^\n]*/g, 'Our own words about this part of the policy.');
    writeFileSync(file, written);
    const out = path.join(dir, 'out');
    const run = await runCli('build', '--formats', 'html', '--as-of', '2026-11-26', '--out', out, file);
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain('printed as a DRAFT (a mark on every page), because its status is draft (document.status)');
    const html = readFileSync(path.join(out, 'elm-primary', 'policy.html'), 'utf8');
    expect(html).toContain('This policy is not ready to publish');
    expect(html).not.toContain('Approved on');
  });
});
