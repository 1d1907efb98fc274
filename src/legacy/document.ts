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
  const map = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) map[i] = start + i;
  return { text, map };
}

export function emptyRun(): TextRun {
  return { text: '', map: [] };
}

/** Copy `from[start..end)` onto the end of `to`, without spreading (which overflows the stack on long runs). */
export function pushAll(to: number[], from: readonly number[], start = 0, end = from.length): void {
  for (let i = start; i < end; i++) to.push(from[i]!);
}

/**
 * Builds one run from many in linear time: readers append inline pieces one by one, and joining
 * strings and maps pairwise would copy everything gathered so far at each step.
 */
export class RunBuilder {
  private readonly parts: string[] = [];
  private readonly map: number[] = [];

  /** Append `run`, with `separator` (mapped to the last character so far) between non-empty pieces. */
  add(run: TextRun, separator = ''): this {
    if (!run.text) return this;
    if (this.map.length && separator) {
      const at = this.map[this.map.length - 1]!;
      this.parts.push(separator);
      for (let i = 0; i < separator.length; i++) this.map.push(at);
    }
    this.parts.push(run.text);
    pushAll(this.map, run.map);
    return this;
  }

  build(): TextRun {
    return { text: this.parts.join(''), map: this.map };
  }
}

/** Append `b` to `a` (with an optional separator mapped to the end of `a`). */
export function joinRuns(a: TextRun, b: TextRun, separator = ''): TextRun {
  if (!a.text) return b;
  if (!b.text) return a;
  return new RunBuilder().add(a).add(b, separator).build();
}

/** Replace each match of `re` (g flag) by its group `keep` (or nothing), keeping the map of what stays. */
export function replaceInRun(run: TextRun, re: RegExp, keep?: number): TextRun {
  const parts: string[] = [];
  const map: number[] = [];
  let last = 0;
  for (const m of run.text.matchAll(re)) {
    const start = m.index!;
    parts.push(run.text.slice(last, start));
    pushAll(map, run.map, last, start);
    const kept = keep !== undefined ? m[keep] : undefined;
    if (kept) {
      const at = start + m[0].indexOf(kept);
      parts.push(kept);
      pushAll(map, run.map, at, at + kept.length);
    }
    last = start + m[0].length;
  }
  if (last === 0) return run;
  parts.push(run.text.slice(last));
  pushAll(map, run.map, last);
  return { text: parts.join(''), map };
}

/**
 * Tidy text converted from Word or PDF: drop Word bookmarks and Markdown link and escape syntax
 * left in plain-text exports, and collapse white space, so rules see the words a reader sees.
 */
export function cleanRun(run: TextRun): TextRun {
  let r = replaceInRun(run, /\[bookmark:[^\][]*\]/gi);
  r = replaceInRun(r, /\[([^\][\n]*)\]\((?:[^()\s]|\\\(|\\\))*\)/g, 1);
  r = replaceInRun(r, /<(https?:\/\/[^<>\s]+)>/g, 1);
  r = replaceInRun(r, /\\([\\`*_{}[\]()#+\-.!|])/g, 1);
  return collapseSpaces(r);
}

/** One space for each run of white space (mapped to its first character); no space at either end. */
export function collapseSpaces(run: TextRun): TextRun {
  const chars: string[] = [];
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < run.text.length; i++) {
    const ch = run.text[i]!;
    if (SPACE.test(ch)) {
      if (pendingSpace < 0) pendingSpace = run.map[i]!;
      continue;
    }
    if (pendingSpace >= 0 && map.length) {
      chars.push(' ');
      map.push(pendingSpace);
    }
    pendingSpace = -1;
    chars.push(ch);
    map.push(run.map[i]!);
  }
  return { text: chars.join(''), map };
}

const SPACE = /[\s\u00a0\u200b\ufeff]/;

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
