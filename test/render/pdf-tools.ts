import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Helpers that read a PDF back with poppler and from its raw objects. */

/** The text of the PDF with runs of white space made single spaces (so wrapped lines still match). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

export function pdfInfo(file: string, ...extra: string[]): Record<string, string> {
  const out = execFileSync('pdfinfo', [...extra, file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

/** The titles of the bookmarks (outline items: objects with a /Title and a /Parent), in file order. */
export function pdfOutlineTitles(file: string): string[] {
  const raw = readFileSync(file).toString('latin1');
  const titles: string[] = [];
  for (const m of raw.matchAll(/\d+ 0 obj\s*<<\s*\/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f]+>)([^>]*?)>>/g)) {
    if (m[2]!.includes('/Parent')) titles.push(decodePdfString(m[1]!));
  }
  return titles;
}

function decodePdfString(s: string): string {
  if (s.startsWith('<')) {
    const bytes = Buffer.from(s.slice(1, -1), 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  return s.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_m, e: string) => {
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    return simple[e] ?? String.fromCharCode(parseInt(e, 8));
  });
}

/** Normalise white space, as pdfText does, for comparing titles. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
