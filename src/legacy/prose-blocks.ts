import type { Position } from '../core/diagnostics.js';
import type { ProseBlock } from '../prose/blocks.js';
import { lineColumn, lineStarts, type LegacyDocument, type TextRun } from './document.js';
import { HeadingPath, headingPathText } from './heading-path.js';

/** A prose block of a legacy document, with what the extractors need to read tables and headings. */
export interface LegacyBlock extends ProseBlock {
  /** Order in the document. */
  index: number;
  run: TextRun;
  /** For table cells: which table, row and column. */
  table?: { table: number; row: number; cell: number };
  /** The headings the block sits under, outermost first (a heading's own path ends with itself). */
  headings: readonly string[];
}

/** "5 Responsibilities > 5.2 Governors" for a block under 5.2, or undefined before the first heading. */
export function blockHeading(block: Pick<LegacyBlock, 'headings'>): string | undefined {
  return headingPathText(block.headings);
}

/** Where a value was read, for a person checking it: "line 7, under 2 Registers" (Word: "paragraph 7"). */
export function placeIn(block: LegacyBlock, offset: number, unit: 'line' | 'paragraph' = 'line'): string {
  const heading = blockHeading(block);
  return `${unit} ${block.at(offset).line}${heading ? `, under ${heading}` : ''}`;
}

/** The document as prose blocks (what prose rules read), each mapped back to its place in the file. */
export function legacyBlocks(doc: LegacyDocument): LegacyBlock[] {
  const starts = lineStarts(doc.source);
  const blocks: LegacyBlock[] = [];
  let section = '(start of document)';
  const path = new HeadingPath(doc.format);
  let headings: readonly string[] = [];
  const add = (kind: ProseBlock['kind'], run: TextRun, extra: Partial<LegacyBlock> = {}) => {
    if (!run.text) return;
    blocks.push({
      kind,
      text: run.text,
      section,
      index: blocks.length,
      run,
      headings,
      at: (offset, length = 0) => positionIn(doc.file, starts, run, offset, length),
      ...extra,
    });
  };
  doc.nodes.forEach((node, n) => {
    if (node.type === 'heading') {
      section = node.run.text;
      headings = path.enter(node.depth, node.run.text);
      add('heading', node.run, { depth: node.depth });
    } else if (node.type === 'paragraph') add('paragraph', node.run);
    else if (node.type === 'list') for (const item of node.items) add('listItem', item);
    else node.rows.forEach((row, r) => row.forEach((cell, c) => add('tableCell', cell, { table: { table: n, row: r, cell: c } })));
  });
  return blocks;
}

function positionIn(file: string, starts: number[], run: TextRun, offset: number, length: number): Position {
  const last = run.map.length - 1;
  const a = run.map[Math.max(0, Math.min(offset, last))] ?? 0;
  const b = (run.map[Math.max(0, Math.min(offset + Math.max(length, 1) - 1, last))] ?? a) + 1;
  const s = lineColumn(starts, a);
  const e = lineColumn(starts, Math.max(b, a + 1));
  return { file, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

interface BlockIndex {
  starts: number[];
  /** Blocks with text, ordered by where their first character sits in the source. */
  byStart: LegacyBlock[];
}

const indexCache = new WeakMap<LegacyBlock[], BlockIndex>();

function indexOf(doc: LegacyDocument, blocks: LegacyBlock[]): BlockIndex {
  let index = indexCache.get(blocks);
  if (!index) {
    const byStart = blocks.filter((b) => b.run.map.length).sort((a, b) => a.run.map[0]! - b.run.map[0]! || a.index - b.index);
    indexCache.set(blocks, (index = { starts: lineStarts(doc.source), byStart }));
  }
  return index;
}

/** The block and text offset at a position (the reverse of `at`), for quoting and de-duplicating findings. */
export function blockAt(
  doc: LegacyDocument,
  blocks: LegacyBlock[],
  p: { file: string; line: number; column: number },
): { block: LegacyBlock; offset: number } | undefined {
  if (p.file !== doc.file) return undefined;
  const { starts, byStart } = indexOf(doc, blocks);
  const lineStart = starts[p.line - 1];
  if (lineStart === undefined) return undefined;
  const at = lineStart + p.column - 1;
  // Blocks do not overlap in the source: the candidate is the last block starting at or before `at`
  // (or, for blocks sharing a start, the first of them that reaches it).
  const hi = lastAtOrBefore(byStart.length, (i) => byStart[i]!.run.map[0]! <= at);
  let lo = hi;
  while (lo > 0 && byStart[lo - 1]!.run.map[0] === byStart[hi]?.run.map[0]) lo--;
  for (let i = Math.max(0, lo); i <= hi; i++) {
    const map = byStart[i]!.run.map;
    if (at > map[map.length - 1]!) continue;
    const offset = lastAtOrBefore(map.length, (j) => map[j]! < at) + 1;
    return { block: byStart[i]!, offset: Math.min(offset, map.length - 1) };
  }
  return undefined;
}

/** The last index i in [0, n) with `ok(i)` true, for a predicate true then false; -1 if none. */
function lastAtOrBefore(n: number, ok: (i: number) => boolean): number {
  let lo = 0;
  let hi = n - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ok(mid)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
