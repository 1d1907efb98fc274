import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { exportRules, exportToJson, exportToYaml } from '../../src/export/index.js';
import { ROOT, runCli, tempProject } from '../helpers.js';
import { AS_OF, load } from './export-helpers.js';

const base = [
  'document: { title: Attendance Policy, approved_on: 2025-09-01, next_review: 2026-09-01 }',
  'school_day:',
  '  starts: "08:45"',
  '  ends: "15:15"',
  '  lunch: { starts: "12:15", ends: "13:15" }',
  '  registers:',
  '    morning: { opens: "08:45", closes: "09:00" }',
  '    afternoon: { opens: "13:30", closes: "13:45" }',
  'codes_in_use:',
  '  - { code: "/", meaning: Present }',
  '  - { code: "N", meaning: No reason yet }',
  '  - { code: "Y1", meaning: Transport }',
  '  - { code: "H", meaning: Holiday }',
  '',
].join('\n');
const school = [
  'extends: base.yaml',
  'schools:',
  '  - { id: one, name: "=Formula School", urn: "012345", local_authority: Leeds }',
  '',
].join('\n');

describe('export command', () => {
  it('gives identical bytes on two runs, in every format', async () => {
    const file = path.join(ROOT, 'policies/schools/oakfield-primary.yaml');
    const dir = tempProject();
    for (const format of ['json', 'yaml', 'csv']) {
      const a = path.join(dir, `a.${format}`);
      const b = path.join(dir, `b.${format}`);
      expect((await runCli('export', '--format', format, '--as-of', AS_OF, '--out', a, file)).code).toBe(0);
      expect((await runCli('export', '--format', format, '--as-of', AS_OF, '--out', b, file)).code).toBe(0);
      const first = readFileSync(a);
      expect(first.length).toBeGreaterThan(1000);
      expect(readFileSync(b).equals(first), format).toBe(true);
      const printed = await runCli('export', '--format', format, '--as-of', AS_OF, file);
      expect(printed.out).toBe(first.toString('utf8'));
    }
  });

  it('does not depend on the folder it runs from', () => {
    const file = path.join(ROOT, 'policies/schools/oakfield-primary.yaml');
    const here = exportToJson(exportRules(load(file), { asOf: AS_OF }));
    const cwd = process.cwd();
    process.chdir(tempProject());
    try {
      expect(exportToJson(exportRules(load(file), { asOf: AS_OF }))).toBe(here);
    } finally {
      process.chdir(cwd);
    }
    expect(JSON.parse(here).source.file).toBe('policies/schools/oakfield-primary.yaml');
  });

  it('YAML keeps times, dates and codes as strings for a YAML 1.1 reader', () => {
    const dir = tempProject({ 'base.yaml': base, 'school.yaml': school });
    const data = exportRules(load(path.join(dir, 'school.yaml')), { asOf: AS_OF });
    const text = exportToYaml(data);
    expect(text.startsWith('%YAML 1.2\n---\n')).toBe(true);
    // Without quotes, js-yaml 3 (YAML 1.1) reads 13:30 as the sexagesimal number 810.
    expect(jsYaml.load('opens: 13:30')).toEqual({ opens: 810 });
    const old = jsYaml.load(text) as { schools: Array<{ day: { registers: { afternoon: { opens: unknown } } } }> };
    expect(old.schools[0]!.day.registers.afternoon.opens).toBe('13:30');
    // Everything else survives too: the YAML 1.1 reading equals the JSON export.
    expect(old).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it('the content hash changes when the trust base changes', () => {
    const dir = tempProject({ 'base.yaml': base, 'school.yaml': school });
    const before = exportRules(load(path.join(dir, 'school.yaml')), { asOf: AS_OF }).source;
    writeFileSync(path.join(dir, 'base.yaml'), base.replace('"13:30"', '"13:35"'));
    const after = exportRules(load(path.join(dir, 'school.yaml')), { asOf: AS_OF }).source;
    expect(before.chain).toEqual(['base.yaml', 'school.yaml']);
    expect(before.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(after.contentSha256).not.toBe(before.contentSha256);
  });

  it('classifies codes: national, removed (H) and their statistical category', () => {
    const dir = tempProject({ 'base.yaml': base, 'school.yaml': school });
    const codes = exportRules(load(path.join(dir, 'school.yaml')), { asOf: AS_OF }).codes;
    expect(codes.map((c) => [c.code, c.category, c.status])).toEqual([
      ['/', 'present', 'national'],
      ['N', 'unauthorised', 'national'],
      ['Y1', 'not_counted', 'national'],
      ['H', null, 'removed'],
    ]);
  });

  it('CSV quotes text a spreadsheet would run as a formula', async () => {
    const dir = tempProject({ 'base.yaml': base, 'school.yaml': school });
    const run = await runCli('export', '--format', 'csv', '--as-of', AS_OF, path.join(dir, 'school.yaml'));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^key,value\r\n/);
    expect(run.out).toContain("\r\nschools.0.name,'=Formula School\r\n");
    expect(run.out).toContain('\r\nschools.0.urn,012345\r\n');
    expect(run.out).toContain('\r\nschools.0.day.registers.afternoon.opens,13:30\r\n');
  });

  it('leaves contacts out unless asked', async () => {
    const file = path.join(ROOT, 'policies/schools/oakfield-primary.yaml');
    const without = await runCli('export', '--as-of', AS_OF, file);
    const withContacts = await runCli('export', '--as-of', AS_OF, '--include-contacts', file);
    expect(without.out).not.toContain('Ashdown');
    expect(JSON.parse(withContacts.out).schools[0].contacts.seniorAttendanceChampion.name).toBe(
      load(file).data.schools![0]!.contacts!.senior_attendance_champion!.name,
    );
  });

  it('explains bad input in plain English', async () => {
    const dir = tempProject({ 'bad.yaml': 'school_day:\n  starts: 8.45\n' });
    const bad = await runCli('export', path.join(dir, 'bad.yaml'));
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/cannot be used until it is valid/);
    expect((await runCli('export', '--format', 'xml', path.join(dir, 'bad.yaml'))).err).toMatch(/Unknown format "xml"/);
    expect((await runCli('export', path.join(dir, 'missing.yaml'))).code).toBe(2);
    expect((await runCli('export', '--as-of', '2026-13-01', path.join(dir, 'bad.yaml'))).err).toMatch(/YYYY-MM-DD/);
  });
});
