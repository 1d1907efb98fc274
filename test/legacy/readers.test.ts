import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import { auditDocument } from '../../src/legacy/audit.js';
import { clockTimes } from '../../src/legacy/extract/fact.js';
import { extractFacts } from '../../src/legacy/extract/index.js';
import { legacyBlocks } from '../../src/legacy/prose-blocks.js';
import { readLegacyDocument } from '../../src/legacy/read-legacy.js';
import { ROOT, tempProject } from '../helpers.js';

const AS_OF = '2026-11-26';
const FIXTURE = path.join(ROOT, 'test/fixtures/legacy/small-policy.html');

async function auditText(text: string, name = 'p.txt') {
  const dir = tempProject({ [name]: text });
  return auditDocument(await readLegacyDocument(path.join(dir, name)), { asOf: AS_OF });
}
const rules = (r: { diagnostics: Array<{ ruleId: string }> }) => r.diagnostics.map((d) => d.ruleId);

describe('readers', () => {
  it('plain text: numbered lines are headings, positions are file lines', async () => {
    const dir = tempProject({
      'p.txt':
        'Attendance Policy\n\n4 REGISTERS AND THE SCHOOL DAY\n\n- Registers close at 9.30am.\nAuthor\tSLT\n18.2 Morning Registration\n',
    });
    const doc = await readLegacyDocument(path.join(dir, 'p.txt'));
    expect(doc.nodes.map((n) => n.type)).toEqual(['paragraph', 'heading', 'list', 'table', 'heading']);
    const blocks = legacyBlocks(doc);
    const item = blocks.find((b) => b.kind === 'listItem')!;
    expect(item.text).toBe('Registers close at 9.30am.');
    expect(item.at(0)).toMatchObject({ line: 5, column: 3 });
    expect(blocks.find((b) => b.text === '18.2 Morning Registration')!.depth).toBe(2);
  });

  it('HTML: headings, paragraphs, lists and tables, scripts and styles left out, positions are lines of the HTML', async () => {
    const doc = await readLegacyDocument(FIXTURE);
    expect(doc.nodes.map((n) => n.type)).toEqual(['heading', 'heading', 'paragraph', 'paragraph', 'heading', 'list', 'table']);
    const blocks = legacyBlocks(doc);
    expect(blocks.some((b) => /var x/.test(b.text))).toBe(false);
    const p = blocks.find((b) => b.text.startsWith('The morning registration'))!;
    expect(p.at(0).line).toBe(
      readFileSync(FIXTURE, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('The morning registration')) + 1,
    );
  });

  it('Word: mammoth HTML becomes the same tree; lines are paragraph numbers and findings quote the sentence', async () => {
    const dir = tempProject();
    const file = path.join(dir, 'p.docx');
    const paras = ['Attendance Policy', 'Registers', 'We preserve every entry in the admission register for three years.'];
    writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children: paras.map((t) => new Paragraph(t)) }] })));
    const r = auditDocument(await readLegacyDocument(file), { asOf: AS_OF });
    const d = r.diagnostics.find((x) => x.ruleId === 'register-retention-6-years')!;
    expect(d).toMatchObject({ file, line: 3 });
    expect(d.quote).toBe('We preserve every entry in the admission register for three years.');
  });

  it('Markdown: remark tree with GFM tables', async () => {
    const dir = tempProject({
      'p.md':
        '# Policy\n\n## Registers\n\n| Code | Meaning |\n| --- | --- |\n| L | Late before the register closes |\n\n- item one\n  - nested\n',
    });
    const doc = await readLegacyDocument(path.join(dir, 'p.md'));
    expect(doc.nodes.map((n) => n.type)).toEqual(['heading', 'heading', 'table', 'list']);
    const list = doc.nodes[3];
    expect(list?.type === 'list' && list.items.map((i) => i.text)).toEqual(['item one', 'nested']);
  });
});

describe('extraction', () => {
  it('reads clock times, with am/pm carried across a range', () => {
    expect(clockTimes('open from 8.50-9.20am').map((t) => t.value)).toEqual(['08:50', '09:20']);
    expect(clockTimes('1.15-1.30pm, 13:20-14:00 and 1.05').map((t) => t.value)).toEqual(['13:15', '13:30', '13:20', '14:00', '13:05']);
    expect(clockTimes('£1,000, 97.5%, 18.2 Morning, 12.03.2024').map((t) => t.value)).toEqual([]);
  });

  it('"registration 8:50, register closes 9:30" is a 40-minute morning window', async () => {
    const r = await auditText(
      '1 Registers\n\nMorning registration 8:50, register closes 9:30.\n\nAfternoon registration is open from 1.15-1.30pm.\n',
    );
    expect(r.draft.data.school_day?.registers?.morning).toEqual({ opens: '08:50', closes: '09:30' });
    const d = r.diagnostics.filter((x) => x.ruleId === 'register-close-time-30-minutes');
    expect(d.some((x) => /40/.test(x.message) && /registration 8:50, register closes 9:30/.test(x.quote ?? ''))).toBe(true);
  });

  it('tells a first national-framework notice from an excluded-pupil public-place notice', async () => {
    const doc = await readLegacyDocument(FIXTURE);
    const { facts } = extractFacts(legacyBlocks(doc));
    const value = (p: string) => facts.find((f) => f.pointer === p)?.value;
    expect(value('/legal_measures/penalty_notices/first/discounted')).toBe(80);
    expect(value('/legal_measures/penalty_notices/first/discount_days')).toBe(21);
    expect(value('/legal_measures/penalty_notices/first/full')).toBe(160);
    expect(value('/legal_measures/penalty_notices/excluded_pupil_public_place/discounted')).toBe(60);
    expect(value('/legal_measures/penalty_notices/excluded_pupil_public_place/full')).toBe(120);
    const r = auditDocument(doc, { asOf: AS_OF });
    expect(rules(r)).not.toContain('pn-amounts-first-notice');
    expect(rules(r)).not.toContain('register-retention-6-years');
    expect(r.draft.data.codes_in_use).toEqual([
      { code: 'L', meaning: 'Late, arrived before the register closed' },
      { code: 'U', meaning: 'Arrived after the register closed' },
    ]);
  });

  it('compliant sentences are not flagged', async () => {
    const r = await auditText(
      [
        '1 Penalty notices',
        'The first penalty notice is £160, or £80 if paid within 21 days.',
        'A penalty notice is considered at 10 sessions of unauthorised absence in a rolling period of 10 school weeks.',
        '2 Registers',
        'Registers are kept electronically and every entry is kept for 6 years.',
      ].join('\n\n'),
    );
    expect(rules(r)).not.toContain('pn-amounts-first-notice');
    expect(rules(r)).not.toContain('pn-national-threshold');
    expect(rules(r)).not.toContain('register-retention-6-years');
    expect(r.draft.data.legal_measures?.penalty_notices?.threshold).toMatchObject({ sessions: 10, window_school_weeks: 10 });
    expect(r.draft.data.registers?.retention_years).toBe(6);
  });

  it('stale sentences are flagged once, quoting the sentence', async () => {
    const r = await auditText('1 Registers\n\nAll schools must preserve every entry in the register for 3 years from the date of entry.\n');
    const d = r.diagnostics.filter((x) => x.ruleId === 'register-retention-6-years');
    expect(d).toHaveLength(1);
    expect(d[0]!.quote).toBe('All schools must preserve every entry in the register for 3 years from the date of entry.');
  });
});
