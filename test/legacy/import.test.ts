import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkPolicyFile } from '../../src/validate/index.js';
import { runCli, tempProject } from '../helpers.js';

describe('import', () => {
  it('refuses to overwrite an existing file (exit 2)', async () => {
    const dir = tempProject({ 'old.yaml': 'keep me\n', 'p.txt': '1 Introduction\n\nRegisters are kept for 6 years.\n' });
    const run = await runCli('import', path.join(dir, 'p.txt'), '-o', path.join(dir, 'old.yaml'));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/already exists/);
    expect(readFileSync(path.join(dir, 'old.yaml'), 'utf8')).toBe('keep me\n');
  });

  it('escapes {{ in imported prose so it is not read as a data reference', async () => {
    const dir = tempProject({ 'p.md': '# Attendance\n\nWrite to {{school.name}} about absence.\n' });
    const out = path.join(dir, 'p.yaml');
    const run = await runCli('import', path.join(dir, 'p.md'), '-o', out);
    expect(run.code, run.err).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('{ {school.name} }');
    expect(checkPolicyFile(out).diagnostics).toEqual([]);
  });

  it('imports a document with no headings as one section', async () => {
    const dir = tempProject({
      'p.txt': 'Our attendance policy.\n\nParents should phone the school office by 9.00am on each day of absence.\n',
    });
    const out = path.join(dir, 'p.yaml');
    const run = await runCli('import', path.join(dir, 'p.txt'), '-o', out);
    expect(run.code, run.err).toBe(0);
    const data = parse(readFileSync(out, 'utf8')) as { sections: unknown[]; absence_reporting: { deadline: string } };
    expect(data.sections).toHaveLength(1);
    expect(data.absence_reporting.deadline).toBe('09:00');
  });

  it('writes nothing when the document cannot be read', async () => {
    const dir = tempProject({ 'empty.txt': '' });
    const out = path.join(dir, 'x.yaml');
    const run = await runCli('import', path.join(dir, 'empty.txt'), '-o', out);
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('leaves out a value it is unsure of and writes a TODO quoting the sentence', async () => {
    const dir = tempProject({
      'p.txt': '1. Review\n\nThe next review date is March 2027.\n\n2. Registers\n\nThe morning register closes at 9.15am.\n',
    });
    const out = path.join(dir, 'p.yaml');
    const run = await runCli('import', path.join(dir, 'p.txt'), '-o', out);
    expect(run.code, run.err).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toMatch(/^\s*next_review: /m);
    expect(text).toContain(
      '# TODO: document.next_review: not filled in (the document gives only “March 2027”, not the day). The text says: “The next review date is March 2027.” (line 3, under 1. Review)',
    );
    expect(text).toMatch(/closes: "09:15" # line 7/);
    expect(checkPolicyFile(out).diagnostics).toEqual([]);
  });
});
