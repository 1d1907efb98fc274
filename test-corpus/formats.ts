import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Tab, TextRun } from 'docx';
import { CORPUS } from './shared.js';

export { CORPUS };

export function corpusText(name: string): string {
  return readFileSync(path.join(CORPUS, name), 'utf8');
}

/** A numbered heading line as a person would see it: "4 REGISTERS AND THE SCHOOL DAY", "18.2 Morning Registration". */
const HEADING = /^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s+([A-Z][^\t]{0,88})$/;
function headingDepth(line: string): number | undefined {
  const m = HEADING.exec(line.trimEnd());
  if (!m || /\[[^\]]*\]\(/.test(m[2]!) || /[.!?]\s+\S/.test(m[2]!) || m[2]!.split(/\s+/).length > 14) return undefined;
  return m[1]!.split('.').length;
}

/** The text as a Word document: numbered heading lines become Heading paragraphs, every other line a paragraph. */
export async function docxFrom(text: string): Promise<Buffer> {
  const paragraphs = text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((line) => {
      const depth = headingDepth(line);
      if (depth) return new Paragraph({ text: line.trim(), heading: depth === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });
      const parts = line.split('\t');
      return new Paragraph({ children: parts.flatMap((p, i) => (i ? [new TextRun({ children: [new Tab(), p] })] : [new TextRun(p)])) });
    });
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

/** The text as Markdown: headings with #, bullets as lists, tab-separated lines as tables, other lines as paragraphs. */
export function markdownFrom(text: string): string {
  const out: string[] = [];
  let table: string[][] = [];
  const flush = () => {
    if (!table.length) return;
    const width = Math.max(...table.map((r) => r.length));
    const row = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => (r[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
    out.push([row(table[0]!), `|${' --- |'.repeat(width)}`, ...table.slice(1).map(row)].join('\n'));
    table = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const cells = line.split('\t').map((c) => c.trim()).filter(Boolean);
    if (line.includes('\t') && cells.length >= 2) {
      table.push(cells);
      continue;
    }
    flush();
    const depth = headingDepth(line);
    const bullet = /^\s*[-•·*]\s+(.*)$/.exec(line);
    if (depth) out.push(`${'#'.repeat(depth)} ${line.trim()}`);
    else if (bullet) out.push(`- ${bullet[1]}`);
    else out.push(line.trim());
  }
  flush();
  return `${out.join('\n\n')}\n`;
}
