import {
  BorderStyle,
  ExternalHyperlink,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { inlineText, lineText, type Block, type Line } from './blocks.js';

/** Numbered lists restart at 1: each list is its own instance of the "ordered" numbering. */
export interface ListCounter {
  next: () => number;
}

export const ORDERED_LIST = 'ordered-list';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '9AA7B2' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

export function lineRuns(line: Line, bold = false): ParagraphChild[] {
  return line.map((piece) => {
    if (piece.kind === 'link')
      return new ExternalHyperlink({ link: piece.href, children: [new TextRun({ text: piece.text, style: 'Hyperlink', bold })] });
    return new TextRun({ text: inlineText(piece), bold: bold || piece.kind === 'strong' });
  });
}

/** Width of the text on an A4 page with 2 cm margins, in twips (twentieths of a point). */
export const TEXT_WIDTH = 9638;

/**
 * Column widths (twips) for a table with columns kept on one line: each such column is as wide as its
 * longest value (a generous 11-point Arial estimate, bold included, plus the cell margins), the other
 * columns share what is left. Undefined when no column is kept on one line: Word then sizes the table.
 */
export function columnWidths(block: Extract<Block, { type: 'table' }>): number[] | undefined {
  const nowrap = block.nowrap ?? [];
  if (!nowrap.length) return undefined;
  const longest = (i: number) =>
    Math.max(block.columns[i]?.length ?? 0, ...block.rows.flatMap((r) => (r[i] ?? []).map((l) => lineText(l).length)));
  const fixed = block.columns.map((_, i) =>
    nowrap.includes(i) ? Math.min(longest(i) * TWIPS_PER_CHARACTER + CELL_MARGINS, MAX_NOWRAP_SHARE * TEXT_WIDTH) : 0,
  );
  const flexible = fixed.filter((w) => w === 0).length || 1;
  const rest = Math.max(TEXT_WIDTH - fixed.reduce((a, b) => a + b, 0), 0) / flexible;
  return fixed.map((w) => Math.round(w || rest));
}
const TWIPS_PER_CHARACTER = 135;
const CELL_MARGINS = 2 * 100 + 80;
/** A value too long to keep on one line still leaves most of the table to the other columns. */
const MAX_NOWRAP_SHARE = 0.35;

function cell(lines: Line[], header: boolean, width?: number): TableCell {
  const paragraphs = lines.length
    ? lines.map((l) => new Paragraph({ children: lineRuns(l, header), spacing: { after: 60 } }))
    : [new Paragraph('')];
  return new TableCell({
    children: paragraphs,
    borders: BORDERS,
    shading: header ? { type: ShadingType.CLEAR, fill: 'EEF3F7', color: 'auto' } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(width ? { width: { size: width, type: WidthType.DXA } } : {}),
  });
}

/** The same blocks the HTML templates draw, as Word paragraphs and tables. */
export function blockToDocx(block: Block, lists: ListCounter, partTitle?: string): Array<Paragraph | Table> {
  switch (block.type) {
    case 'paragraph':
      return [new Paragraph({ children: lineRuns(block.content), spacing: { after: 120 } })];
    case 'list': {
      const instance = lists.next();
      return block.items.map(
        (item) =>
          new Paragraph({
            children: lineRuns(item),
            ...(block.ordered ? { numbering: { reference: ORDERED_LIST, level: 0, instance } } : { bullet: { level: 0 } }),
            spacing: { after: 60 },
          }),
      );
    }
    case 'table': {
      const widths = columnWidths(block);
      const header = new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((c, i) => cell([[{ kind: 'text', text: c }]], true, widths?.[i])),
      });
      const rows = block.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i === 0, widths?.[i])) }));
      // A caption that repeats the heading just above it is left out, as on the web page.
      return [
        ...(block.caption === partTitle
          ? []
          : [
              new Paragraph({
                children: [new TextRun({ text: block.caption, bold: true })],
                keepNext: true,
                spacing: { before: 120, after: 60 },
              }),
            ]),
        new Table({
          rows: [header, ...rows],
          width: { size: 100, type: WidthType.PERCENTAGE },
          ...(widths ? { columnWidths: widths } : {}),
        }),
        new Paragraph({ text: '', spacing: { after: 60 } }),
      ];
    }
    case 'facts':
      return block.items.flatMap((item) => [
        new Paragraph({ children: [new TextRun({ text: item.label, bold: true })], keepNext: true, spacing: { before: 120, after: 20 } }),
        ...item.value.map((l) => new Paragraph({ children: lineRuns(l), indent: { left: 360 }, spacing: { after: 40 } })),
      ]);
  }
}
