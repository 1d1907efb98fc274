// Item 2: a policywright.config.yaml above the project root does not apply, and lint and build say
// which configuration they used.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig } from '../../src/lint/config.js';
import { allRules } from '../../src/lint/registry.js';
import { runCli } from '../helpers.js';

const stale = 'legal_measures:\n  penalty_notices:\n    first: { discounted: 60, discount_days: 21, full: 120, full_days: 28 }\n';

/** shared/ holds a config that turns every rule off; shared/school/ is a project (package.json, .git). */
function sharedParent(): { shared: string; project: string } {
  const shared = mkdtempSync(path.join(tmpdir(), 'pw-shared-'));
  const allOff = `rules:\n${allRules()
    .map((r) => `  ${r.meta.id}: off`)
    .join('\n')}\n`;
  writeFileSync(path.join(shared, 'policywright.config.yaml'), allOff);
  const project = path.join(shared, 'school');
  mkdirSync(path.join(project, '.git'), { recursive: true });
  writeFileSync(path.join(project, 'package.json'), '{}');
  writeFileSync(path.join(project, 'p.yaml'), stale);
  return { shared, project };
}

describe('configuration lookup stops at the project root', () => {
  it('a config with every rule off in a shared parent folder is not used', async () => {
    const { project } = sharedParent();
    expect(findConfig(path.join(project, 'p.yaml'))).toBeUndefined();
    const run = await runCli('lint', '--as-of', '2026-11-26', path.join(project, 'p.yaml'));
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/pn-amounts-first-notice/);
    expect(run.out).not.toMatch(/No problems/);
    expect(run.out).toMatch(/Configuration: none \(no policywright\.config\.yaml in the project folder .*school\)/);
  });

  it('the project’s own config is used and named, by lint (on stderr for machine formats) and build', async () => {
    const { project } = sharedParent();
    writeFileSync(path.join(project, 'policywright.config.yaml'), 'rules:\n  pn-amounts-first-notice: warning\n');
    const run = await runCli('lint', '--as-of', '2026-11-26', path.join(project, 'p.yaml'));
    expect(run.out).toMatch(/Configuration: .*school\/policywright\.config\.yaml\./);
    expect(run.out).toMatch(/warning.*pn-amounts-first-notice|pn-amounts-first-notice/);
    const json = await runCli('lint', '--format', 'json', '--as-of', '2026-11-26', path.join(project, 'p.yaml'));
    expect(() => JSON.parse(json.out)).not.toThrow();
    expect(json.err).toMatch(/Configuration: .*policywright\.config\.yaml/);
    const build = await runCli('build', path.join(project, 'p.yaml'), '--formats', 'html', '--out', path.join(project, 'out'));
    expect(build.out).toMatch(/Configuration: .*school\/policywright\.config\.yaml\./);
  });

  it('a config in a sub-folder of the project (itself a project root marker) is found for files below it', () => {
    const { project } = sharedParent();
    mkdirSync(path.join(project, 'policies', 'schools'), { recursive: true });
    writeFileSync(path.join(project, 'policies', 'policywright.config.yaml'), 'rules: {}\n');
    expect(findConfig(path.join(project, 'policies', 'schools', 'x.yaml'))).toBe(
      path.join(project, 'policies', 'policywright.config.yaml'),
    );
  });
});
