import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES } from '../../src/legacy/read-legacy.js';
import { runCli, tempProject } from '../helpers.js';

/** A clear one-line error and exit 2, never a stack trace. */
function expectCleanError(run: { code: number; err: string; out: string }, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.err).toMatch(pattern);
  expect(run.err + run.out).not.toMatch(/\n\s+at .+:\d+:\d+|unexpected problem/);
}

describe('garbage in', () => {
  it('an empty file', async () => {
    const dir = tempProject({ 'empty.txt': '', 'blank.md': '\n\n  \n' });
    expectCleanError(await runCli('audit', path.join(dir, 'empty.txt')), /empty/);
    expectCleanError(await runCli('audit', path.join(dir, 'blank.md')), /no text/);
  });

  it('a binary file renamed .docx', async () => {
    const dir = tempProject({ 'fake.docx': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)) });
    expectCleanError(await runCli('audit', path.join(dir, 'fake.docx')), /could not be read as a Word document.*not a valid \.docx file/);
  });

  it('a binary file renamed .txt', async () => {
    const dir = tempProject({ 'fake.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) });
    expectCleanError(await runCli('audit', path.join(dir, 'fake.txt')), /not a text file/);
  });

  it(`a 20 MB text file is refused (the limit is ${MAX_TEXT_BYTES / 1024 / 1024} MB for text formats)`, async () => {
    const dir = tempProject();
    const file = path.join(dir, 'huge.txt');
    writeFileSync(file, 'Registers are kept for 6 years. '.repeat(Math.ceil((20 * 1024 * 1024) / 32)));
    expectCleanError(await runCli('audit', file), /20\.0 MB.*at most 5 MB/);
  });

  it('a document with no headings gives a sensible result', async () => {
    const dir = tempProject({ 'plain.txt': 'Penalty notices are £60 if paid within 21 days.\nWe keep registers for three years.\n' });
    const run = await runCli('audit', '--as-of', '2026-11-26', path.join(dir, 'plain.txt'));
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/register-retention-6-years/);
  });

  it('unsupported, missing and old Word files', async () => {
    const dir = tempProject({ 'p.doc': 'x', 'p.pdf': 'x', 'p.odt': 'x', 'p.xyz': 'x' });
    expectCleanError(await runCli('audit', path.join(dir, 'p.doc')), /save it as Word \(\.docx\)/);
    expectCleanError(await runCli('audit', path.join(dir, 'p.xyz')), /unknown kind of document/);
    expectCleanError(await runCli('audit', path.join(dir, 'missing.txt')), /no such file/);
  });

  it('bad options', async () => {
    const dir = tempProject({ 'p.txt': 'Attendance policy\n' });
    expectCleanError(await runCli('audit', '--format', 'pdf', path.join(dir, 'p.txt')), /Unknown format/);
    expectCleanError(await runCli('audit', '--as-of', '2026-13-01', path.join(dir, 'p.txt')), /--as-of/);
  });

  it('one unreadable document among several: the others are reported, exit 2', async () => {
    const dir = tempProject({ 'good.txt': 'We keep registers for three years.\n', 'empty.txt': '' });
    const run = await runCli('audit', '--format', 'json', path.join(dir, 'good.txt'), path.join(dir, 'empty.txt'));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/empty/);
    expect(run.out).toMatch(/register-retention-6-years/);
  });

  it('every output format works', async () => {
    const dir = tempProject({ 'p.txt': 'We keep registers for three years.\n' });
    for (const format of ['stylish', 'json', 'sarif', 'github', 'markdown']) {
      const run = await runCli('audit', '--format', format, '--as-of', '2026-11-26', path.join(dir, 'p.txt'));
      expect(run.code, `${format}: ${run.err}`).toBe(1);
      expect(run.out, format).toMatch(/register-retention-6-years/);
    }
  });
});
