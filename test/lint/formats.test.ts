import { readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject } from '../helpers.js';

const stale = [
  '# Stale amounts, as many pre-2024 policies have them',
  'legal_measures:',
  '  penalty_notices:',
  '    first: { discounted: 60, discount_days: 21, full: 120, full_days: 28 }',
  '',
].join('\n');

describe('output formats', () => {
  it("json has ESLint's shape", async () => {
    const dir = tempProject({ 'p.yaml': stale });
    const run = await runCli('lint', '--format', 'json', '--as-of', '2026-11-26', path.join(dir, 'p.yaml'));
    expect(run.code).toBe(1);
    const parsed = JSON.parse(run.out) as Array<Record<string, unknown>>;
    expect(Array.isArray(parsed)).toBe(true);
    const file = parsed.find((f) => String(f.filePath).endsWith('p.yaml'))!;
    expect(file).toMatchObject({ errorCount: expect.any(Number), warningCount: expect.any(Number) });
    const messages = file.messages as Array<Record<string, unknown>>;
    const amount = messages.find((m) => m.ruleId === 'pn-amounts-first-notice' && m.line === 4 && m.column === 26);
    expect(amount).toMatchObject({ severity: 2, message: expect.stringMatching(/£60.*£80/), endLine: 4, endColumn: expect.any(Number) });
    for (const m of messages)
      expect(Object.keys(m)).toEqual(expect.arrayContaining(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']));
    expect(file.errorCount).toBe(messages.filter((m) => m.severity === 2 && !m.excepted).length);
  });

  it('sarif validates against the SARIF 2.1.0 JSON Schema and carries rule metadata', async () => {
    const dir = tempProject({ 'p.yaml': stale });
    const run = await runCli('lint', '--format', 'sarif', path.join(dir, 'p.yaml'));
    const sarif = JSON.parse(run.out);
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    (addFormats as unknown as (a: unknown) => void)(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')));
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const driver = sarif.runs[0].tool.driver;
    const rule = driver.rules.find((r: { id: string }) => r.id === 'pn-amounts-first-notice');
    expect(rule.fullDescription.text).toMatch(/£80/);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'pn-amounts-first-notice');
    expect(driver.rules[result.ruleIndex].id).toBe('pn-amounts-first-notice');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation.region.startLine).toBe(4);
  });

  it('github prints workflow annotations', async () => {
    const dir = tempProject({ 'p.yaml': stale });
    const run = await runCli('lint', '--format', 'github', path.join(dir, 'p.yaml'));
    expect(run.out).toMatch(/^::error file=.*p\.yaml,line=4,col=26,endLine=4,endColumn=\d+,title=pn-amounts-first-notice::.*£60/m);
  });

  it('markdown gives a table per file', async () => {
    const dir = tempProject({ 'p.yaml': stale });
    const run = await runCli('lint', '--format', 'markdown', '--as-of', '2026-11-26', path.join(dir, 'p.yaml'));
    expect(run.out).toMatch(/rules in force on 2026-11-26/);
    expect(run.out).toMatch(/\| 4 \| error \| .*£60.* \| `pn-amounts-first-notice` \|/);
  });

  it('stylish groups by file and ends with a summary line', async () => {
    const dir = tempProject({ 'p.yaml': stale });
    const run = await runCli('lint', path.join(dir, 'p.yaml'));
    expect(run.out).toMatch(/p\.yaml\n(.*\n)*\s+4:26\s+error\s+.*£60/);
    expect(run.out.trim().split('\n').pop()).toMatch(/✖ \d+ findings?: \d+ errors?, \d+ warnings?, \d+ info/);
  });

  it('an unknown format exits 2', async () => {
    const dir = tempProject({ 'p.yaml': stale });
    const run = await runCli('lint', '--format', 'xml', path.join(dir, 'p.yaml'));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/Unknown format "xml"/);
  });
});
