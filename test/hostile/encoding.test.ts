// Item 7: a policy that is not UTF-8 is converted when its encoding is certain, or refused with the
// line and column; nothing is published with "�" and --fix never turns bytes into U+FFFD.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/core/text-encoding.js';
import { runCli, tempProject } from '../helpers.js';

/** Windows-1252 bytes for a string made of Latin-1 characters and ’ “ ” – (0x92 0x93 0x94 0x96). */
function cp1252(text: string): Buffer {
  const high: Record<string, number> = { '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '€': 0x80 };
  return Buffer.from([...text].map((c) => high[c] ?? c.charCodeAt(0)));
}

const policy =
  '# St Augustine’s – approved by governors, “final”\nschools:\n  - id: st-augustines\n    name: St Augustine’s Café School\nlegal_measures:\n  penalty_notices:\n    first: { discounted: 60, discount_days: 21, full: 120, full_days: 28 } # £ as agreed\n';

describe('decodeText', () => {
  it('reads UTF-8, UTF-8 with a BOM and UTF-16 with a BOM as they are', () => {
    expect(decodeText(Buffer.from('St Augustine’s', 'utf8'))).toEqual({ text: 'St Augustine’s', encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('£80', 'utf8')]))).toEqual({
      text: '£80',
      encoding: 'utf-8',
    });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('£80 ’', 'utf16le')]))).toEqual({
      text: '£80 ’',
      encoding: 'utf-16le',
    });
  });

  it('converts Windows-1252 punctuation, £ and accented letters in words', () => {
    expect(decodeText(cp1252('St Augustine’s Café – “£80” €5'))).toEqual({
      text: 'St Augustine’s Café – “£80” €5',
      encoding: 'windows-1252',
    });
  });

  it('refuses bytes it cannot be sure of (a run of accented letters is another language’s encoding), with the position', () => {
    const cyrillic = Buffer.concat([
      Buffer.from('name: ok\ntitle: '),
      Buffer.from([0xcf, 0xee, 0xeb, 0xe8, 0xf2, 0xe8, 0xea, 0xe0]),
      Buffer.from('\n'),
    ]);
    const r = decodeText(cyrillic);
    expect(r).toMatchObject({ line: 2, column: 8 });
    expect('problem' in r && r.problem).toMatch(/not saved as UTF-8.*line 2, column 8/);
  });
});

describe('a Windows-1252 policy through the commands', () => {
  it('build publishes the right apostrophe, never “�”', async () => {
    const dir = tempProject({ 'p.yaml': cp1252(policy) });
    const run = await runCli('build', path.join(dir, 'p.yaml'), '--formats', 'html', '--out', path.join(dir, 'out'));
    expect(run.code).not.toBe(2);
    const html = readFileSync(path.join(dir, 'out', 'st-augustine-s-cafe-school', 'policy.html'), 'utf8');
    expect(html).toContain('St Augustine’s Café School');
    expect(html).not.toContain('\uFFFD');
  });

  it('lint --fix keeps every character of the file, comments too, and writes it as UTF-8', async () => {
    const dir = tempProject({ 'p.yaml': cp1252(policy) });
    const file = path.join(dir, 'p.yaml');
    const run = await runCli('lint', '--fix', '--as-of', '2026-11-26', file);
    expect(run.out).toMatch(/Fixed/);
    const after = readFileSync(file, 'utf8');
    expect(after).not.toContain('\uFFFD');
    expect(after).toBe(policy.replace('discounted: 60', 'discounted: 80').replace('full: 120', 'full: 160'));
  });

  it('a file whose encoding is uncertain is refused with a clear error, and --fix leaves it alone', async () => {
    const bytes = Buffer.concat([
      cp1252(policy),
      Buffer.from('# '),
      Buffer.from([0xcf, 0xee, 0xeb, 0xe8, 0xf2, 0xe8, 0xea, 0xe0]),
      Buffer.from('\n'),
    ]);
    const dir = tempProject({ 'p.yaml': bytes });
    const file = path.join(dir, 'p.yaml');
    const run = await runCli('lint', '--fix', '--as-of', '2026-11-26', file);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/p\.yaml[\s\S]*8:3[\s\S]*not saved as UTF-8/);
    expect(run.out).toMatch(/save it again choosing the encoding "UTF-8"/);
    expect(readFileSync(file)).toEqual(bytes);
  });
});
