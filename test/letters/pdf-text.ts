import { execFileSync } from 'node:child_process';

/** The text of each page of a PDF, read back with pdftotext, whitespace made single spaces. */
export function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

const read = new Map<string, string[]>();

/** Each letter in a combined PDF: a letter starts on the page that carries "Our reference:". Read once per file. */
export function lettersIn(file: string): string[] {
  const cached = read.get(file);
  if (cached) return cached;
  const letters: string[] = [];
  for (const raw of pdfPages(file)) {
    // A letter's later pages start with "Name – Letter – page N of M": not part of its text.
    const page = raw.replace(/^\s*[^–\n]{1,80} – [^–\n]{1,80} – page \d+ of \d+\s*/, '');
    if (/Our reference:/.test(page) || !letters.length) letters.push(page);
    else letters[letters.length - 1] += ` ${page}`;
  }
  read.set(file, letters);
  return letters;
}

/** Attendance as the letters show it: rounded down to one decimal place, "95.6%", "92%". */
export function shownPercent(attended: number, possible: number): string {
  return `${Number((Math.floor((1000 * attended) / possible) / 10).toFixed(1))}%`;
}
