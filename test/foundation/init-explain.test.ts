import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicyFile } from '../../src/validate/index.js';
import { runCli, tempProject } from '../helpers.js';

describe('init', () => {
  it('writes a starter policy with the schema comment and every section, which validates', async () => {
    const dir = tempProject();
    const file = path.join(dir, 'policies', 'oak.yaml');
    const run = await runCli('init', '--school', 'Oak Tree Primary', file);
    expect(run.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/policy\.schema\.json$/);
    const schemaPath = text.split('\n')[0]!.split('$schema=')[1]!;
    expect(existsSync(path.resolve(path.dirname(file), schemaPath))).toBe(true);
    expect(text).toContain('name: "Oak Tree Primary"');
    const { diagnostics, policy } = checkPolicyFile(file);
    expect(diagnostics).toEqual([]);
    expect(policy.data.sections?.map((s) => s.id)).toEqual(
      expect.arrayContaining(['introduction', 'school-day', 'reporting-absence', 'leave-of-absence', 'legal-intervention']),
    );
    for (const s of policy.data.sections ?? []) expect(s.body?.trim().length).toBeGreaterThan(20);
  });

  it('refuses to overwrite an existing file and leaves it untouched', async () => {
    const dir = tempProject({ 'p.yaml': '# mine\n' });
    const run = await runCli('init', path.join(dir, 'p.yaml'));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/already exists/);
    expect(readFileSync(path.join(dir, 'p.yaml'), 'utf8')).toBe('# mine\n');
  });

  it('with --extends writes a school file that builds on the trust base and validates', async () => {
    const dir = tempProject({
      'trust-base.yaml': 'document:\n  title: Trust Attendance Policy\nthresholds:\n  persistent_absence_pct: 10\n',
    });
    const file = path.join(dir, 'schools', 'elm.yaml');
    expect((await runCli('init', '--school', 'Elm Academy', '--extends', path.join(dir, 'trust-base.yaml'), file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^extends: \.\.\/trust-base\.yaml/m);
    const { diagnostics, policy } = checkPolicyFile(file);
    expect(diagnostics).toEqual([]);
    expect(policy.data.document?.title).toBe('Trust Attendance Policy');
    expect(policy.data.schools?.[0]?.name).toBe('Elm Academy');
  });
});

describe('extends: merging and provenance', () => {
  const base = [
    'document:',
    '  title: Trust policy',
    '  version: "1.0"',
    'thresholds:',
    '  target_attendance_pct: 96',
    '  persistent_absence_pct: 10',
    'escalation:',
    '  stages:',
    '    - { id: stage-1, name: Early concern, who: Teacher }',
    '    - { id: stage-2, name: Meeting, who: Attendance officer }',
    'references:',
    '  - { title: Base ref A }',
    '  - { title: Base ref B }',
    'sections:',
    '  - { id: intro, title: Introduction, body: Trust text. }',
    '  - { id: leave, title: Leave, body: Trust leave text. }',
    '',
  ].join('\n');
  const middle = 'extends: base.yaml\nthresholds:\n  target_attendance_pct: 95\n';
  const school = [
    'extends: middle.yaml',
    'thresholds:',
    '  target_attendance_pct: 97',
    'escalation:',
    '  stages:',
    '    - { id: stage-2, name: Formal meeting }',
    '    - { id: stage-3, name: Notice to Improve }',
    'references:',
    '  - { title: School ref }',
    'sections:',
    '  - { id: leave, title: Leave, body: School leave text. }',
    '  - { id: local, title: Local, body: Only here. }',
    '',
  ].join('\n');

  it('merges maps by key, id lists by id, other lists by replacement', () => {
    const dir = tempProject({ 'base.yaml': base, 'middle.yaml': middle, 'school.yaml': school });
    const { policy, diagnostics } = checkPolicyFile(path.join(dir, 'school.yaml'));
    expect(diagnostics).toEqual([]);
    expect(policy.data.thresholds).toEqual({ target_attendance_pct: 97, persistent_absence_pct: 10 });
    expect(policy.data.escalation?.stages).toEqual([
      { id: 'stage-1', name: 'Early concern', who: 'Teacher' },
      { id: 'stage-2', name: 'Formal meeting', who: 'Attendance officer' },
      { id: 'stage-3', name: 'Notice to Improve' },
    ]);
    expect(policy.data.references).toEqual([{ title: 'School ref' }]);
    expect(policy.data.sections?.map((s) => [s.id, s.body])).toEqual([
      ['intro', 'Trust text.'],
      ['leave', 'School leave text.'],
      ['local', 'Only here.'],
    ]);
    expect(policy.chain.map((f) => path.basename(f))).toEqual(['base.yaml', 'middle.yaml', 'school.yaml']);
  });

  it('explain shows the effective value, where it was set and what it overrode', async () => {
    const dir = tempProject({ 'base.yaml': base, 'middle.yaml': middle, 'school.yaml': school });
    const run = await runCli('explain', '--policy', path.join(dir, 'school.yaml'), 'thresholds.target_attendance_pct');
    expect(run.code).toBe(0);
    const lines = run.out.trim().split('\n');
    expect(lines[0]).toBe('thresholds.target_attendance_pct = 97');
    expect(lines[1]).toMatch(/set in .*school\.yaml:3:26$/);
    expect(lines[2]).toMatch(/overriding 95 from .*middle\.yaml:3:26$/);
    expect(lines[3]).toMatch(/overriding 96 from .*base\.yaml:5:26$/);
  });

  it('explain finds list items by id and says when a value is inherited unchanged', async () => {
    const dir = tempProject({ 'base.yaml': base, 'middle.yaml': middle, 'school.yaml': school });
    const run = await runCli('explain', '--policy', path.join(dir, 'school.yaml'), 'escalation.stages.stage-2.who');
    expect(run.out).toMatch(/= "Attendance officer"\n  set in .*base\.yaml:10:/);
    expect(run.out).toMatch(/not overridden/);
  });

  it('explain says when a value sits in a list that replaced the base list', async () => {
    const dir = tempProject({ 'base.yaml': base, 'middle.yaml': middle, 'school.yaml': school });
    const run = await runCli('explain', '--policy', path.join(dir, 'school.yaml'), 'references.0.title');
    expect(run.out).toMatch(/= "School ref"\n  set in .*school\.yaml:9:/);
    expect(run.out).toMatch(/part of references, which replaced the whole list from .*base\.yaml:12:3/);
  });

  it('explain suggests a near field name for a typo', async () => {
    const dir = tempProject({ 'base.yaml': base, 'middle.yaml': middle, 'school.yaml': school });
    const run = await runCli('explain', '--policy', path.join(dir, 'school.yaml'), 'thresholds.target_atendance_pct');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/Did you mean thresholds\.target_attendance_pct\?/);
  });
});
