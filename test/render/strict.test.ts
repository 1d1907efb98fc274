import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers.js';

const policy = [
  'schools:',
  '  - { id: elm, name: Elm School }',
  'legal_measures:',
  '  penalty_notices:',
  '    first: { discounted: 60, discount_days: 21, full: 120, full_days: 28 }',
  '',
].join('\n');

describe('build shows lint errors first, and --strict refuses to build', () => {
  it('without --strict the document is built and the lint errors are listed', async () => {
    const dir = tempProject({ 'p.yaml': policy });
    const out = path.join(dir, 'out');
    const run = await runCli('build', '--formats', 'html', '--as-of', '2026-11-26', '--out', out, path.join(dir, 'p.yaml'));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/built with \d+ lint errors?/);
    expect(run.out).toMatch(/p\.yaml:5:\d+ +error +The policy gives £60 as the lower amount of a first penalty notice/);
    expect(readFileSync(path.join(out, 'elm-school', 'policy.html'), 'utf8')).toContain('£60');
  });

  it('with --strict the policy is not built and the exit code is 1', async () => {
    const dir = tempProject({ 'p.yaml': policy });
    const out = path.join(dir, 'out');
    const run = await runCli('build', '--strict', '--formats', 'html', '--as-of', '2026-11-26', '--out', out, path.join(dir, 'p.yaml'));
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/lint errors?, so it was not built \(--strict\)/);
    expect(existsSync(path.join(out, 'elm-school', 'policy.html'))).toBe(false);
  });

  it('with --strict and the law of June 2024, the same policy builds', async () => {
    const dir = tempProject({ 'p.yaml': policy });
    const out = path.join(dir, 'out');
    const run = await runCli('build', '--strict', '--formats', 'html', '--as-of', '2024-06-01', '--out', out, path.join(dir, 'p.yaml'));
    expect(run.out).not.toMatch(/pn-amounts-first-notice/);
  });
});
