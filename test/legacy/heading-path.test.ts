// The document model keeps each block's full heading path; audit and import say where a thing is by it.
import { readFileSync, writeFileSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingText } from '../../src/core/diagnostics.js';
import { auditDocument } from '../../src/legacy/audit.js';
import { HeadingPath, headingPathText } from '../../src/legacy/heading-path.js';
import { blockHeading, legacyBlocks } from '../../src/legacy/prose-blocks.js';
import { readLegacyDocument } from '../../src/legacy/read-legacy.js';
import { runCli, tempProject } from '../helpers.js';

const POLICY = [
  'Oakfield Primary School',
  '',
  'ATTENDANCE POLICY',
  '',
  '1 Introduction',
  '',
  'We want every pupil at school every day, on time and ready to learn.',
  '',
  '5 Responsibilities',
  '',
  '5.1 Parents',
  '',
  'Parents make sure their child arrives at school on time each morning. Parents should phone the school office by 9.00am on each day of absence.',
  '',
  '5.2 Governors',
  '',
  'The governing body looks at the attendance figures for each year group every term.',
  '',
  'Penalty notices',
  '',
  'A penalty notice may be issued after 10 sessions of unauthorised absence in a term, and the fine is £50.',
  '',
  '7.1 Registers',
  '',
  'The register is taken at the start of every morning and afternoon session by the class teacher.',
  '',
  'Appendix 1 Letters to parents',
  '',
  'The first letter is sent when attendance falls below 95% over a term.',
  '',
].join('\n');

async function blocksOf(text: string, name = 'policy.txt') {
  const dir = tempProject({ [name]: text });
  const doc = await readLegacyDocument(path.join(dir, name));
  return { doc, blocks: legacyBlocks(doc), file: path.join(dir, name) };
}

const under = (blocks: Awaited<ReturnType<typeof blocksOf>>['blocks'], words: string) =>
  blockHeading(blocks.find((b) => b.kind !== 'heading' && b.text.includes(words))!);

describe('heading paths in the document model', () => {
  it('a block under a numbered sub-heading knows the whole path, not only the nearest heading', async () => {
    const { blocks } = await blocksOf(POLICY);
    expect(under(blocks, 'arrives at school on time')).toBe('5 Responsibilities > 5.1 Parents');
    expect(under(blocks, 'governing body looks')).toBe('5 Responsibilities > 5.2 Governors');
    expect(under(blocks, 'every pupil at school')).toBe('1 Introduction');
    // The block's own section (what rules group by) is still the nearest heading.
    expect(blocks.find((b) => b.text.includes('governing body looks'))!.section).toBe('5.2 Governors');
  });

  it('an unnumbered title line inside a numbered section is a sub-heading of it', async () => {
    const { blocks } = await blocksOf(POLICY);
    expect(under(blocks, 'A penalty notice may be issued')).toBe('5 Responsibilities > 5.2 Governors > Penalty notices');
  });

  it('a numbered heading sits only under the heading its number extends, and an appendix starts afresh', async () => {
    const { blocks } = await blocksOf(POLICY);
    expect(under(blocks, 'The register is taken')).toBe('7.1 Registers');
    expect(under(blocks, 'The first letter is sent')).toBe('Appendix 1 Letters to parents');
  });

  it('Markdown headings nest by their level', async () => {
    const { blocks } = await blocksOf(
      '# Attendance policy\n\n## Roles\n\n### The attendance officer\n\nThe attendance officer checks the registers daily.\n\n## Leave\n\nLeave is rare.\n',
      'p.md',
    );
    expect(under(blocks, 'checks the registers')).toBe('Attendance policy > Roles > The attendance officer');
    expect(under(blocks, 'Leave is rare')).toBe('Attendance policy > Leave');
  });

  it('Word headings nest by their style, and a finding in Word names the heading path too', async () => {
    const dir = tempProject();
    const file = path.join(dir, 'p.docx');
    const children = [
      new Paragraph({ text: 'Registers and records', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Keeping registers', heading: HeadingLevel.HEADING_2 }),
      new Paragraph('We preserve every entry in the admission register for three years.'),
    ];
    writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children }] })));
    const doc = await readLegacyDocument(file);
    expect(under(legacyBlocks(doc), 'We preserve every entry')).toBe('Registers and records > Keeping registers');
    const d = auditDocument(doc, { asOf: '2026-11-26' }).diagnostics.find((x) => x.ruleId === 'register-retention-6-years')!;
    expect(d.heading).toBe('Registers and records > Keeping registers');
  });

  it('capitals are tidied and long titles cut for the reader; no heading gives no path', () => {
    expect(headingPathText(['4 REGISTERS AND THE SCHOOL DAY', '4.1 Morning'])).toBe('4 Registers and the school day > 4.1 Morning');
    expect(headingPathText(['1 ' + 'Word '.repeat(20)])).toMatch(/^1 Word .{40,}\.\.\.$/);
    expect(headingPathText([])).toBeUndefined();
    const p = new HeadingPath('text');
    p.enter(1, '2 Roles');
    expect(p.enter(2, '2.3 Office')).toEqual(['2 Roles', '2.3 Office']);
    expect(p.enter(1, '3 Leave')).toEqual(['3 Leave']);
  });
});

describe('audit and import say which heading a place is under', () => {
  it('an audit finding carries its heading path, and its text says it', async () => {
    const { doc } = await blocksOf(POLICY);
    const r = auditDocument(doc, { asOf: '2026-11-26' });
    const penalty = r.diagnostics.filter((d) => d.line === 21);
    expect(penalty.length).toBeGreaterThan(0);
    for (const d of penalty) {
      expect(d.heading).toBe('5 Responsibilities > 5.2 Governors > Penalty notices');
      expect(findingText(d)).toContain('The text says (under 5 Responsibilities > 5.2 Governors > Penalty notices): “A penalty notice');
    }
  });

  it('the stylish and JSON audit output show the heading path', async () => {
    const { file } = await blocksOf(POLICY);
    const stylish = await runCli('audit', '--as-of', '2026-11-26', file);
    expect(stylish.out).toContain('(under 5 Responsibilities > 5.2 Governors > Penalty notices)');
    const json = await runCli('audit', '--format', 'json', '--as-of', '2026-11-26', file);
    const messages = (JSON.parse(json.out) as Array<{ messages: Array<{ line: number; heading?: string }> }>)[0]!.messages;
    expect(messages.filter((m) => m.line === 21).map((m) => m.heading)).toContain('5 Responsibilities > 5.2 Governors > Penalty notices');
  });

  it('each imported value notes its line and the heading it was found under', async () => {
    const { file } = await blocksOf(POLICY);
    const out = path.join(path.dirname(file), 'draft.yaml');
    const run = await runCli('import', file, '-o', out);
    expect(run.code, run.err).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('deadline: "09:00" # line 13, under 5 Responsibilities > 5.1 Parents\n');
    expect(text).toContain('role: Class teacher # line 25, under 7.1 Registers\n');
  });
});
