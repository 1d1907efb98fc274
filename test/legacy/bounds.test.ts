import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/diagnostics.js';
import { joinRuns, replaceInRun, runOf, RunBuilder } from '../../src/legacy/document.js';
import { checkExpandedSize, MAX_DOCX_EXPANDED_BYTES } from '../../src/legacy/docx-size.js';
import { readLegacyDocument } from '../../src/legacy/read-legacy.js';
import { checkTextLength, MAX_TEXT_CHARS } from '../../src/legacy/text-limit.js';
import { runCli, tempProject } from '../helpers.js';

// Legacy readers bound their work: no recursion or argument spread over arrays as long as the
// document, and limits on how far a Word file may expand and how much text a document may hold.

function expectCleanError(run: { code: number; err: string; out: string }, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.err).toMatch(pattern);
  expect(run.err + run.out).not.toMatch(/\n\s+at .+:\d+:\d+|unexpected problem|Maximum call stack/);
}

/** A real .docx whose document.xml has `paragraphs` more copies of one paragraph (deflated, so the file stays small). */
async function inflatedDocx(paragraphs: number): Promise<Buffer> {
  const base = await Packer.toBuffer(
    new Document({ sections: [{ children: [new Paragraph('Attendance policy'), new Paragraph('Registers are kept for 6 years.')] }] }),
  );
  const zip = await JSZip.loadAsync(base);
  const xml = await zip.file('word/document.xml')!.async('string');
  const filler = '<w:p><w:r><w:t>Pupils are expected to attend every day that the school is open.</w:t></w:r></w:p>'.repeat(paragraphs);
  zip.file('word/document.xml', xml.replace('</w:body>', `${filler}</w:body>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

describe('legacy reader bounds', () => {
  it('a .txt holding one 160,000-character line is audited, not a stack overflow', async () => {
    const line = 'Parents should telephone the school office by 9.00am on each day of absence. '.repeat(2100);
    expect(line.length).toBeGreaterThan(160_000);
    const dir = tempProject({ 'one-line.txt': `1. Attendance\n${line}\n` });
    const run = await runCli('audit', '--format', 'json', '--as-of', '2026-11-26', path.join(dir, 'one-line.txt'));
    expect([0, 1], run.err).toContain(run.code);
    expect(run.err).not.toMatch(/Maximum call stack|unexpected problem/);
    expect(() => JSON.parse(run.out)).not.toThrow();
  });

  it('160,000 lines that continue one sentence make one paragraph with every character mapped', async () => {
    const dir = tempProject({ 'broken.txt': `${'and the school, '.repeat(1).trim()}\n${'and the school\n'.repeat(160_000)}` });
    const doc = await readLegacyDocument(path.join(dir, 'broken.txt'));
    expect(doc.nodes).toHaveLength(1);
    const node = doc.nodes[0]!;
    expect(node.type).toBe('paragraph');
    if (node.type !== 'paragraph') return;
    expect(node.run.map).toHaveLength(node.run.text.length);
    // The last word maps back to the last line of the file.
    expect(doc.source.slice(node.run.map.at(-6)!, node.run.map.at(-1)! + 1)).toBe('school');
  });

  it('runs of millions of characters join and clean without spreading arrays', () => {
    const a = runOf('x'.repeat(3_000_000), 0, 3_000_000);
    const joined = joinRuns(a, runOf('abc', 0, 3), ' ');
    expect(joined.text.length).toBe(3_000_004);
    expect(joined.map[3_000_000]).toBe(2_999_999);
    const replaced = replaceInRun(runOf('ab'.repeat(1_000_000), 0, 2_000_000), /b/g);
    expect(replaced.text).toBe('a'.repeat(1_000_000));
    expect(replaced.map[999_999]).toBe(1_999_998);
    const built = new RunBuilder();
    for (let i = 0; i < 200_000; i++) built.add(runOf('word', 0, 4), ' ');
    expect(built.build().text.length).toBe(200_000 * 5 - 1);
  });

  it('a Word file that expands beyond the limit is refused with a clear error, before conversion', async () => {
    // About 2,100 paragraphs of 80 characters per MB: this one expands to about 40 MB.
    const bytes = await inflatedDocx(Math.ceil((MAX_DOCX_EXPANDED_BYTES * 1.2) / 85));
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const dir = tempProject({ 'bomb.docx': bytes });
    expectCleanError(await runCli('audit', path.join(dir, 'bomb.docx')), /bomb\.docx expands to more than 32 MB/);
  }, 120_000);

  it('the expanded-size check counts inflated bytes, and passes an ordinary Word file', async () => {
    const bytes = await inflatedDocx(2_000);
    await expect(checkExpandedSize('small.docx', bytes)).resolves.toBeUndefined();
    await expect(checkExpandedSize('small.docx', bytes, 100_000)).rejects.toThrow(/small\.docx expands to more than/);
  });

  it('text beyond the length limit is refused with the count and the limit', () => {
    expect(() => checkTextLength('long.docx', 'a'.repeat(MAX_TEXT_CHARS + 1))).toThrow(UserError);
    expect(() => checkTextLength('long.docx', 'a'.repeat(MAX_TEXT_CHARS + 1))).toThrow(
      /long\.docx holds 5,000,001 characters of text; policywright reads documents of at most 5,000,000/,
    );
    expect(() => checkTextLength('ok.docx', 'a'.repeat(1000))).not.toThrow();
  });

  it('markup nested thousands of levels deep is a clear error, not a crash', async () => {
    const dir = tempProject({
      'deep.md': `${'> '.repeat(20_000)}text\n`,
      'deep.html': `${'<div>'.repeat(100_000)}Registers are kept for 6 years.${'</div>'.repeat(100_000)}`,
    });
    expectCleanError(await runCli('audit', path.join(dir, 'deep.md')), /deep\.md: a line nests more than 64 quotes or lists/);
    expectCleanError(await runCli('audit', path.join(dir, 'deep.html')), /deep\.html: its markup is nested too deeply to read/);
  }, 120_000);
});
