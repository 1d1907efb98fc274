/**
 * The one tree every legacy reader produces: headings, paragraphs, lists and tables of plain text,
 * each character mapped back to an offset in `source`, whose lines are what positions count
 * (the file's own lines for text formats; one line per paragraph for Word documents).
 */
export type LegacyFormat = 'docx' | 'markdown' | 'html' | 'text';

/** Plain text with, for each character, its offset in the document's `source`. */
export interface TextRun {
  text: string;
  map: number[];
}

export type LegacyNode =
  | { type: 'heading'; depth: number; run: TextRun }
  | { type: 'paragraph'; run: TextRun }
  | { type: 'list'; items: TextRun[] }
  | { type: 'table'; rows: TextRun[][] };

export interface LegacyDocument {
  file: string;
  format: LegacyFormat;
  source: string;
  nodes: LegacyNode[];
}

/** A run for `source.slice(start, end)`. */
export function runOf(source: string, start: number, end: number): TextRun {
  const text = source.slice(start, end);
  return { text, map: Array.from({ length: text.length }, (_, i) => start + i) };
}

export function emptyRun(): TextRun {
  return { text: '', map: [] };
}

/** Append `b` to `a` (with an optional separator mapped to the end of `a`). */
export function joinRuns(a: TextRun, b: TextRun, separator = ''): TextRun {
  if (!a.text) return b;
  if (!b.text) return a;
  const at = a.map[a.map.length - 1] ?? 0;
  return { text: a.text + separator + b.text, map: [...a.map, ...Array.from({ length: separator.length }, () => at), ...b.map] };
}

/** Replace each match of `re` (g flag) by its group `keep` (or nothing), keeping the map of what stays. */
export function replaceInRun(run: TextRun, re: RegExp, keep?: number): TextRun {
  let text = '';
  const map: number[] = [];
  let last = 0;
  for (const m of run.text.matchAll(re)) {
    const start = m.index!;
    text += run.text.slice(last, start);
    map.push(...run.map.slice(last, start));
    const kept = keep !== undefined ? m[keep] : undefined;
    if (kept) {
      const at = start + m[0].indexOf(kept);
      text += kept;
      map.push(...run.map.slice(at, at + kept.length));
    }
    last = start + m[0].length;
  }
  text += run.text.slice(last);
  map.push(...run.map.slice(last));
  return { text, map };
}

/**
 * Tidy text converted from Word or PDF: drop Word bookmarks and Markdown link and escape syntax
 * left in plain-text exports, and collapse white space, so rules see the words a reader sees.
 */
export function cleanRun(run: TextRun): TextRun {
  let r = replaceInRun(run, /\[bookmark:[^\]]*\]/gi);
  r = replaceInRun(r, /\[([^\]\n]*)\]\((?:[^()\s]|\\\(|\\\))*\)/g, 1);
  r = replaceInRun(r, /<(https?:\/\/[^>\s]+)>/g, 1);
  r = replaceInRun(r, /\\([\\`*_{}[\]()#+\-.!|])/g, 1);
  return collapseSpaces(r);
}

/** One space for each run of white space (mapped to its first character); no space at either end. */
export function collapseSpaces(run: TextRun): TextRun {
  let text = '';
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < run.text.length; i++) {
    const ch = run.text[i]!;
    if (/[\s\u00a0\u200b\ufeff]/.test(ch)) {
      if (pendingSpace < 0) pendingSpace = run.map[i]!;
      continue;
    }
    if (pendingSpace >= 0 && text) {
      text += ' ';
      map.push(pendingSpace);
    }
    pendingSpace = -1;
    text += ch;
    map.push(run.map[i]!);
  }
  return { text, map };
}

/** Line starts of a text, for turning offsets into line and column. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset. */
export function lineColumn(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}
