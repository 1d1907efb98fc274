import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintFile } from '../../src/lint/engine.js';
import { runCli, tempProject } from '../helpers.js';
import { BASE_V1, BASE_V2, git, SCHOOL_V1 } from '../diff/fixtures.js';

const RULE = 'governance-changed-since-ratified';
const AS_OF = '2026-11-26';

/** A school file with comments in every place a comment can go, and an existing `document` section. */
const COMMENTED = `# yaml-language-server: $schema=../schemas/policy.schema.json
# Header comment.
extends: base.yaml   # the trust base

# Comment before document.
document:
  # Comment inside document, before the first field.
  title: Attendance policy   # trailing comment
  approved_by: Standards committee
  version: "2.0"
  changes:
    - { date: 2026-01-10, summary: "First version" }   # a flow map
schools:
  - id: test-school   # id comment
    name: Test School
    phase: [primary]
    school_day:
      starts: "08:45"
      ends: "15:15"
      registers:
        morning: { opens: "08:45", closes: "09:15" }
# Comment at the end.
`;

function ratify(file: string, ...extra: string[]) {
  return runCli('ratify', file, '--by', 'Full governing board', '--minute', 'FGB 22/09/26: item 7', '--date', '2026-09-22', ...extra);
}

describe('ratify', () => {
  it('writes the approval and keeps every other line of the file exactly, comments included', async () => {
    const dir = tempProject({ 'base.yaml': BASE_V1, 'school.yaml': COMMENTED });
    const file = path.join(dir, 'school.yaml');
    const run = await ratify(file);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/Recorded the approval in .*school\.yaml: approved by the full governing board on 22 September 2026 \(minute/);
    const after = readFileSync(file, 'utf8');
    const before = COMMENTED.split('\n');
    const lines = after.split('\n');
    // Every original line is still there, in order, except the approved_by value that was replaced.
    const kept = before.filter((l) => !l.includes('approved_by'));
    let at = 0;
    for (const line of kept) {
      at = lines.indexOf(line, at);
      expect(at, `line kept: ${line}`).toBeGreaterThanOrEqual(0);
    }
    for (const comment of COMMENTED.match(/#.*$/gm)!) expect(after).toContain(comment);
    const doc = (parse(after) as { document: Record<string, unknown> }).document;
    expect(doc).toMatchObject({
      status: 'approved',
      approved_on: '2026-09-22',
      approved_by: 'Full governing board',
      approval_minute: 'FGB 22/09/26: item 7',
      title: 'Attendance policy',
      version: '2.0',
    });
    expect(doc.approved_fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(lintFile(file, { asOf: AS_OF }).diagnostics.filter((d) => d.ruleId === RULE)).toEqual([]);
  });

  it('adds a document section after extends when the file has none', async () => {
    const dir = tempProject({ 'base.yaml': BASE_V1, 'school.yaml': SCHOOL_V1.replace(/document:\n(  .*\n)+/, '') });
    const file = path.join(dir, 'school.yaml');
    expect((await ratify(file)).code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after).toMatch(
      /^# Test School's own settings\.\nextends: base\.yaml\n\ndocument:\n  status: approved\n  approved_on: 2026-09-22\n/,
    );
    expect(after).toContain('# a long window');
  });

  it('after a later change, in the school file or in the trust base, lint warns that it changed since it was ratified', async () => {
    const dir = tempProject({ 'base.yaml': BASE_V1, 'school.yaml': COMMENTED });
    const file = path.join(dir, 'school.yaml');
    await ratify(file);
    // Reformatting and comments are not changes to what was approved.
    writeFileSync(file, `${readFileSync(file, 'utf8')}# Another comment.\n`);
    expect(lintFile(file, { asOf: AS_OF }).diagnostics.filter((d) => d.ruleId === RULE)).toEqual([]);
    writeFileSync(path.join(dir, 'base.yaml'), BASE_V2);
    const found = lintFile(file, { asOf: AS_OF }).diagnostics.filter((d) => d.ruleId === RULE);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toBe(
      'The policy has changed since it was ratified on 22 September 2026 by the full governing board (minute FGB 22/09/26: item 7): it is no longer the version the board approved.',
    );
    const lint = await runCli('lint', '--as-of', AS_OF, file);
    expect(lint.out).toContain('changed since it was ratified on 22 September 2026');
  });

  it('diff --since-ratified shows what changed since the approved version', async () => {
    const dir = tempProject({ 'base.yaml': BASE_V1, 'school.yaml': COMMENTED });
    const file = path.join(dir, 'school.yaml');
    git(dir, 'init', '-q');
    await ratify(file);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'Approved by the board');
    const same = await runCli('diff', '--since-ratified', file);
    expect(same.code).toBe(0);
    expect(same.out).toMatch(/^No changes/);
    writeFileSync(path.join(dir, 'base.yaml'), BASE_V2);
    git(dir, 'commit', '-qam', 'Trust base: 2024 penalty amounts');
    writeFileSync(file, readFileSync(file, 'utf8').replace('closes: "09:15" }', 'closes: "09:00" }'));
    const run = await runCli('diff', '--since-ratified', file);
    expect(run.code, run.err).toBe(1);
    expect(run.out).toMatch(/^\d+ changes from the version approved on 22 September 2026 to /);
    expect(run.out).toContain('Morning register closes: now 9:00am (was 9:15am)');
    expect(run.out).toContain('(was £60 within 21 days, £120 within 28 days) (from the trust base)');
  });

  it('refuses bad input clearly and leaves the file untouched', async () => {
    const dir = tempProject({ 'base.yaml': BASE_V1, 'school.yaml': COMMENTED, 'bad.yaml': 'school_day: { starts: 8.45 }\n' });
    const file = path.join(dir, 'school.yaml');
    const badDate = await ratify(file, '--date', '22/09/2026');
    expect(badDate.code).toBe(2);
    expect(badDate.err).toMatch(/--date must be the date of the decision written YYYY-MM-DD/);
    const noBy = await runCli('ratify', file, '--minute', 'x');
    expect(noBy.code).not.toBe(0);
    expect(noBy.err).toMatch(/--by/);
    const invalid = await ratify(path.join(dir, 'bad.yaml'));
    expect(invalid.code).toBe(2);
    expect(invalid.err).toMatch(/must be valid before it can be recorded as approved/);
    expect(readFileSync(file, 'utf8')).toBe(COMMENTED);
    expect(readFileSync(path.join(dir, 'bad.yaml'), 'utf8')).toBe('school_day: { starts: 8.45 }\n');
  });
});
