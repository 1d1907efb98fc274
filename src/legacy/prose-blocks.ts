import type { Position } from '../core/diagnostics.js';
import type { ProseBlock } from '../prose/blocks.js';
import { lineColumn, lineStarts, type LegacyDocument, type TextRun } from './document.js';

/** A prose block of a legacy document, with what the extractors need to read tables and headings. */
export interface LegacyBlock extends ProseBlock {
  /** Order in the document. */
  index: number;
  run: TextRun;
  /** For table cells: which table, row and column. */
  table?: { table: number; row: number; cell: number };
}

/** The document as prose blocks (what prose rules read), each mapped back to its place in the file. */
export function legacyBlocks(doc: LegacyDocument): LegacyBlock[] {
  const starts = lineStarts(doc.source);
  const blocks: LegacyBlock[] = [];
  let section = '(start of document)';
  const add = (kind: ProseBlock['kind'], run: TextRun, extra: Partial<LegacyBlock> = {}) => {
    if (!run.text) return;
    blocks.push({ kind, text: run.text, section, index: blocks.length, run, at: (offset, length = 0) => positionIn(doc.file, starts, run, offset, length), ...extra });
  };
  doc.nodes.forEach((node, n) => {
    if (node.type === 'heading') {
      section = node.run.text;
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

const startsCache = new WeakMap<LegacyDocument, number[]>();

/** The block and text offset at a position (the reverse of `at`), for quoting and de-duplicating findings. */
export function blockAt(doc: LegacyDocument, blocks: LegacyBlock[], p: { file: string; line: number; column: number }): { block: LegacyBlock; offset: number } | undefined {
  if (p.file !== doc.file) return undefined;
  let starts = startsCache.get(doc);
  if (!starts) startsCache.set(doc, (starts = lineStarts(doc.source)));
  const lineStart = starts[p.line - 1];
  if (lineStart === undefined) return undefined;
  const at = lineStart + p.column - 1;
  for (const block of blocks) {
    const map = block.run.map;
    if (!map.length || at < map[0]! || at > map[map.length - 1]!) continue;
    const offset = map.findIndex((m) => m >= at);
    return { block, offset: offset < 0 ? 0 : offset };
  }
  return undefined;
}
