import { UserError } from '../core/diagnostics.js';
import type { LegacyDocument, LegacyNode, TextRun } from './document.js';
import { checkExpandedSize } from './docx-size.js';
import { htmlNodes } from './read-html.js';
import { titleHeadings } from './line-kinds.js';
import { checkTextLength } from './text-limit.js';

/**
 * A Word document: mammoth turns it into HTML, which becomes the tree. Positions count paragraphs:
 * `source` has one line per paragraph (heading, paragraph, list item or table cell), so a finding's
 * line is the paragraph number and its message quotes the sentence.
 */
export async function readDocx(file: string, bytes: Buffer): Promise<LegacyDocument> {
  // Loaded on first use: only Word documents need it.
  await checkExpandedSize(file, bytes);
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), externalFileAccess: false },
    );
    html = result.value;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(
      `${file} could not be read as a Word document (.docx): ${describe(e)}. If it is an older .doc file or a renamed file, open it in Word and save it as .docx.`,
    );
  }
  const doc = numberParagraphs(file, titleHeadings(htmlNodes(html, { tabsAreCells: true })));
  checkTextLength(file, doc.source);
  return doc;
}

function describe(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return /zip|central directory|end of data|signature/i.test(m) ? 'it is not a valid .docx file' : m.split('\n')[0]!.slice(0, 160);
}

/** Give every paragraph its own line, so positions are paragraph numbers. */
export function numberParagraphs(file: string, nodes: LegacyNode[]): LegacyDocument {
  const lines: string[] = [];
  let offset = 0;
  const renumber = (run: TextRun): TextRun => {
    const start = offset;
    lines.push(run.text);
    offset += run.text.length + 1;
    const map = new Array<number>(run.text.length);
    for (let i = 0; i < map.length; i++) map[i] = start + i;
    return { text: run.text, map };
  };
  const out: LegacyNode[] = nodes.map((n) => {
    switch (n.type) {
      case 'heading':
        return { ...n, run: renumber(n.run) };
      case 'paragraph':
        return { ...n, run: renumber(n.run) };
      case 'list':
        return { ...n, items: n.items.map(renumber) };
      case 'table':
        return { ...n, rows: n.rows.map((row) => row.map(renumber)) };
    }
  });
  return { file, format: 'docx', source: lines.join('\n'), nodes: out };
}
