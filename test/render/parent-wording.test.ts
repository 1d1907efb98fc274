import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxText, htmlText } from '../../src/core/output-check.js';
import { ROOT, runCli, tempProject } from '../helpers.js';
import { wordingFaults } from '../wording-faults.js';

/** The bundled policies built as parents get them, read back from the PDF and the web page. */
describe('the bundled policies, read as a parent reads them', () => {
  const out = path.join(tempProject(), 'out');
  let folders: string[] = [];

  beforeAll(async () => {
    const run = await runCli('build', path.join(ROOT, 'policies'), '--out', out, '--formats', 'pdf,html,docx');
    expect(run.code, run.err).toBe(0);
    folders = readdirSync(out);
  }, 240_000);

  const pdfText = (folder: string) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(out, folder, 'policy.pdf'), '-'], { encoding: 'utf8' });

  it('builds all three', () => {
    expect(folders.sort()).toEqual(['hillcrest-academy', 'meadow-infant-school-and-brook-junior-school', 'oakfield-primary-academy']);
  });

  it('no word twice, no "a" before a vowel, times and dates the English way, in the PDF, the web page or the Word document', () => {
    for (const folder of folders) {
      expect(wordingFaults(pdfText(folder)), `${folder}/policy.pdf`).toEqual([]);
      expect(wordingFaults(htmlText(readFileSync(path.join(out, folder, 'policy.html'), 'utf8'))), `${folder}/policy.html`).toEqual([]);
      expect(wordingFaults(docxText(readFileSync(path.join(out, folder, 'policy.docx')))), `${folder}/policy.docx`).toEqual([]);
    }
  });

  it('writes every time of day one way ("8:45am", "12 noon"), never "08:45" beside it', () => {
    for (const folder of folders) {
      const text = pdfText(folder).replace(/\s+/g, ' ');
      const times = [...text.matchAll(/\b\d{1,2}[:.]\d{2}\s?(?:[ap]m)?\b|\b12 (?:noon|midnight)\b/gi)].map((m) => m[0]);
      expect(times.length, folder).toBeGreaterThan(8);
      for (const t of times) expect(t, folder).toMatch(/^(?:1[0-2]|[1-9]):[0-5]\d[ap]m$|^12 (?:noon|midnight)$/);
    }
  });

  it('carries the school’s words on after a colon in lower case, and writes code L with a comma, not a hyphen', () => {
    for (const folder of folders) {
      const text = pdfText(folder).replace(/\s+/g, ' ');
      expect(text, folder).toContain('Enough improvement means: no further unauthorised absence during the improvement period');
      expect(text, folder).toContain('L Late, arrived after the register opened but before it closed (counts as present)');
      expect(text, folder).not.toMatch(/\w - \w/);
    }
  });
});

describe('the wording checks themselves', () => {
  it('catch each fault a parent should not see, and pass ordinary English', () => {
    const faults = (text: string) => wordingFaults(text).map((f) => f.split(':')[0]);
    expect(faults('We tell the the local authority.')).toEqual(['a word written twice']);
    expect(faults('Please book a appointment or a hour.')).toEqual(['"a" before a vowel sound', '"a" before a vowel sound']);
    expect(faults('We offer an meeting.')).toEqual(['"an" before a consonant sound']);
    expect(faults('Gates open at 08:40 and the register closes at 9:00am.')).toEqual(['a 24-hour time']);
    expect(faults('The register closes at 8.55am.')).toEqual(['a time written with a dot']);
    expect(faults('Approved on September 22, 2026.')).toEqual(['a date in American order']);
    expect(faults('Approved on 22nd September.')).toEqual(['an ordinal date']);
    expect(faults('Approved on 2026-09-22.')).toEqual(['a date as data']);
    expect(faults('Ava has been late 1 times.')).toEqual(['"1 times", "1 weeks"']);
    expect(faults('Laws, guidance and policies cited: title: Children missing education')).toEqual(['a data key before a value']);
    expect(
      faults(
        'A one-off meeting, a uniform grant, an hour, an NHS letter, a U code and a Year 7 tutor. Gates open at 8:40am and close at 12 noon on 22 September 2026.',
      ),
    ).toEqual([]);
  });
});
