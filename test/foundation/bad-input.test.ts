import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicyFile } from '../../src/validate/index.js';
import { runCli, tempProject } from '../helpers.js';

const day = (closes: string) =>
  `schools:\n  - id: oak\n    name: Oak School\n    school_day:\n      registers:\n        morning:\n          opens: "08:50"\n          closes: ${closes}\n`;

// Each bad input: the file, the one error's line and column, words the message must contain, and the exit code.
const cases: Array<{
  name: string;
  files: Record<string, string | Buffer>;
  file?: string;
  line: number;
  column: number;
  words: RegExp;
  exit: number;
}> = [
  { name: 'a tab-indented file', files: { 'p.yaml': 'document:\n\ttitle: Attendance\n' }, line: 2, column: 1, words: /tab/i, exit: 1 },
  {
    name: 'a duplicate key',
    files: { 'p.yaml': 'document:\n  title: A\n  version: "1"\n  title: B\n' },
    line: 4,
    column: 3,
    words: /twice|unique/i,
    exit: 1,
  },
  {
    name: 'a misspelled key',
    files: { 'p.yaml': 'document:\n  title: A\nschol_day:\n  starts: "08:50"\n' },
    line: 3,
    column: 1,
    words: /Unknown setting "schol_day".*Did you mean "school_day"/,
    exit: 1,
  },
  {
    name: 'a wrong type',
    files: { 'p.yaml': 'thresholds:\n  persistent_absence_pct: ten\n' },
    line: 2,
    column: 27,
    words: /should be a number, but it is "ten"/,
    exit: 1,
  },
  { name: 'closes: 25:00', files: { 'p.yaml': day('"25:00"') }, line: 8, column: 19, words: /"25:00" is not a time of day/, exit: 1 },
  { name: 'closes: 9.15', files: { 'p.yaml': day('9.15') }, line: 8, column: 19, words: /9\.15 is read as a number.*"09:15"/s, exit: 1 },
  {
    name: 'unquoted closes: 13:30',
    files: { 'p.yaml': day('13:30') },
    line: 8,
    column: 19,
    words: /not in quotes.*810.*"13:30"/s,
    exit: 1,
  },
  {
    name: 'a circular extends',
    files: { 'a.yaml': 'extends: b.yaml\n', 'b.yaml': 'document:\n  title: B\nextends: a.yaml\n' },
    file: 'a.yaml',
    line: 3,
    column: 10,
    words: /goes round in a circle: a\.yaml → b\.yaml → a\.yaml/,
    exit: 1,
  },
  {
    name: 'a missing extends target',
    files: { 'p.yaml': 'extends: nowhere/base.yaml\n' },
    line: 1,
    column: 10,
    words: /extends cannot be used: File not found/,
    exit: 1,
  },
  {
    name: 'an extends outside the project',
    files: { 'p.yaml': 'extends: /etc/passwd\n' },
    line: 1,
    column: 10,
    words: /points outside the project folder/,
    exit: 1,
  },
  { name: 'an empty file', files: { 'p.yaml': '' }, line: 1, column: 1, words: /empty/, exit: 1 },
  {
    name: 'a 5 MB file of garbage',
    files: { 'p.yaml': Buffer.alloc(5 * 1024 * 1024, 'x{]:!\n') },
    line: 1,
    column: 1,
    words: /5\.0 MB; a policy file can be at most 2 MB/,
    exit: 1,
  },
];

describe('each bad input gives one specific error at the right place', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const dir = tempProject(c.files);
      const file = path.join(dir, c.file ?? 'p.yaml');
      const { diagnostics } = checkPolicyFile(file);
      expect(diagnostics, JSON.stringify(diagnostics, null, 1)).toHaveLength(1);
      const [d] = diagnostics;
      expect(d!.message + (d!.hint ?? '')).toMatch(c.words);
      expect([d!.line, d!.column]).toEqual([c.line, c.column]);
      const expectedFile = c.name === 'a circular extends' ? path.join(dir, 'b.yaml') : file;
      expect(path.resolve(d!.file)).toBe(expectedFile);
      const run = await runCli('validate', file);
      expect(run.code).toBe(c.exit);
      expect(run.out).toContain(`:${c.line}:${c.column}`);
      expect(run.out + run.err).not.toMatch(/\bat .*\.(js|ts):\d+/); // no stack trace
    });
  }

  it('a file that does not exist exits 2 without a stack trace', async () => {
    const run = await runCli('validate', '/nonexistent/policy.yaml');
    expect(run.code).toBe(2);
    expect(run.out + run.err).toMatch(/no such file or folder/);
  });

  it('reports several errors in one run, not just the first', () => {
    const dir = tempProject({ 'p.yaml': 'thresholds:\n  persistent_absence_pct: ten\n  severe_absence_pct: fifty\nschol_day: {}\n' });
    const { diagnostics } = checkPolicyFile(path.join(dir, 'p.yaml'));
    expect(diagnostics.map((d) => d.line).sort()).toEqual([2, 3, 4]);
  });

  it('places an error in a value inherited from the trust base in the trust base', () => {
    const dir = tempProject({
      'base.yaml': 'thresholds:\n  severe_absence_pct: "fifty"\n',
      'schools/s.yaml': 'extends: ../base.yaml\ndocument:\n  title: S\n',
    });
    const { diagnostics } = checkPolicyFile(path.join(dir, 'schools/s.yaml'));
    expect(diagnostics).toHaveLength(1);
    expect(path.resolve(diagnostics[0]!.file)).toBe(path.join(dir, 'base.yaml'));
    expect(diagnostics[0]!.line).toBe(2);
  });

  it('a YAML alias bomb is stopped with a clear error', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)}]`,
      );
    const dir = tempProject({ 'p.yaml': `${lines.join('\n')}\n` });
    const { diagnostics } = checkPolicyFile(path.join(dir, 'p.yaml'));
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]!.message).toMatch(/expands to more than|aliases/i);
  });
});
