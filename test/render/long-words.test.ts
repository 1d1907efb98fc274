// Very long unbroken words (a pasted link or base64 text in the prose, a long pupil name) wrap at the
// page margin and at a table cell's edge instead of being cut off. Read back from the PDFs.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject } from '../helpers.js';
import { hillcrestLetters } from '../letters/fixtures.js';

/** 300 letters with no pattern a wrapped line could hide: a fixed-seed random word. */
function longWord(seed: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let x = seed;
  let word = '';
  for (let i = 0; i < 300; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    word += letters[(x >> 16) % letters.length];
  }
  return word;
}

/** The PDF's text as lines, and as one string without any white space (so a wrapped word reads whole). */
function readPdf(file: string): { lines: string[]; joined: string } {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { lines: text.split(/\n|\f/), joined: text.replace(/\s+/g, '') };
}

const count = (text: string, word: string) => text.split(word).length - 1;

describe('very long words in the PDF', () => {
  it('a 300-character word in the policy prose and in a table cell is printed whole, wrapped over several lines', async () => {
    const word = longWord(7);
    const fixture = readFileSync(path.join(ROOT, 'test/fixtures/render/oakfield-primary.yaml'), 'utf8');
    const section = `sections:\n  - id: website\n    title: Our website\n    body: |\n      Read more at ${word} on our website.\n\n      | Stage | Link |\n      | --- | --- |\n      | Persistent | ${word} |\n`;
    expect(fixture).toMatch(/^sections:\n/m);
    const dir = tempProject({ 'p.yaml': fixture.replace(/^sections:\n/m, section) });
    const out = path.join(dir, 'out');
    const run = await runCli('build', '--formats', 'pdf', '--as-of', '2026-11-26', '--out', out, path.join(dir, 'p.yaml'));
    expect(run.code, run.err + run.out).toBe(0);
    const [slug] = readdirSync(out);
    const pdf = readPdf(path.join(out, slug!, 'policy.pdf'));
    // Both copies of the word, each whole: nothing ran off the page or out of the cell.
    expect(count(pdf.joined, word)).toBe(2);
    // Each was wrapped: no line holds the whole word.
    for (const l of pdf.lines) expect(l.includes(word)).toBe(false);
    // Ordinary words in the narrow first column of the same table are not broken.
    expect(pdf.lines.some((l) => /\bPersistent\b/.test(l))).toBe(true);
  }, 120_000);

  it('a pupil with a 300-character first name gets a letter that prints the name whole', async () => {
    const name = longWord(11);
    const { run, out } = await hillcrestLetters([
      `HC1002,${name},Ashcombe,7,Mr Daniel Ashcombe,Mr Ashcombe,4 Willow Row,Eastfield,Bradford,BD99 1AB,300,287,0,0,,,,`,
    ]);
    expect(run.code, run.err + run.out).toBe(0);
    const pdf = readPdf(path.join(out, 'attendance-concern.pdf'));
    // The heading and the sentences that name the pupil carry the whole name, wrapped.
    expect(count(pdf.joined, name)).toBeGreaterThanOrEqual(2);
    for (const l of pdf.lines) expect(l.includes(name)).toBe(false);
    // The rest of the letter is still there after the name.
    expect(pdf.joined).toContain('Ourreference:HC1002');
    expect(pdf.joined).toContain('95.6%');
  }, 120_000);
});
