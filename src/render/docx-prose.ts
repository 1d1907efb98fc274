import type { Element, ElementContent, Root, RootContent } from 'hast';
import {
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  BorderStyle,
  type ParagraphChild,
} from 'docx';
import { ORDERED_LIST, type ListCounter } from './docx-blocks.js';

/** Run formatting inherited from the elements around a piece of text. */
interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
  superScript?: boolean;
  subScript?: boolean;
  link?: boolean;
}

const HEADINGS: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  h1: HeadingLevel.HEADING_1,
  h2: HeadingLevel.HEADING_2,
  h3: HeadingLevel.HEADING_3,
  h4: HeadingLevel.HEADING_4,
  h5: HeadingLevel.HEADING_5,
  h6: HeadingLevel.HEADING_6,
};

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '9AA7B2' };

/**
 * The sanitised prose tree (the same one the HTML is made from) as Word paragraphs: headings keep
 * their levels, lists their nesting, tables their header row.
 */
export function proseToDocx(tree: Root, lists: ListCounter): Array<Paragraph | Table> {
  return blocks(tree.children, lists, 0);
}

function blocks(nodes: Array<RootContent | ElementContent>, lists: ListCounter, indent: number): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  let loose: ParagraphChild[] = [];
  const flush = () => {
    if (loose.length) out.push(new Paragraph({ children: loose, spacing: { after: 120 } }));
    loose = [];
  };
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.value.trim()) loose.push(...runs([node], {}));
      continue;
    }
    if (node.type !== 'element') continue;
    const tag = node.tagName;
    if (HEADINGS[tag]) {
      flush();
      out.push(new Paragraph({ heading: HEADINGS[tag], children: runs(node.children, {}), keepNext: true }));
    } else if (tag === 'p') {
      flush();
      out.push(
        new Paragraph({ children: runs(node.children, {}), indent: indent ? { left: indent } : undefined, spacing: { after: 120 } }),
      );
    } else if (tag === 'ul' || tag === 'ol') {
      flush();
      out.push(...list(node, lists, 0));
    } else if (tag === 'blockquote') {
      flush();
      out.push(...blocks(node.children, lists, indent + 567));
    } else if (tag === 'pre') {
      flush();
      out.push(
        new Paragraph({ children: runs(node.children, { code: true }, true), indent: { left: indent + 283 }, spacing: { after: 120 } }),
      );
    } else if (tag === 'hr') {
      flush();
      out.push(new Paragraph({ text: '', border: { bottom: BORDER }, spacing: { after: 120 } }));
    } else if (tag === 'table') {
      flush();
      out.push(table(node), new Paragraph({ text: '', spacing: { after: 60 } }));
    } else {
      loose.push(...runs([node], {}));
    }
  }
  flush();
  return out;
}

function list(el: Element, lists: ListCounter, level: number): Paragraph[] {
  const ordered = el.tagName === 'ol';
  const instance = ordered ? lists.next() : 0;
  const out: Paragraph[] = [];
  for (const li of el.children) {
    if (li.type !== 'element' || li.tagName !== 'li') continue;
    const inline: ElementContent[] = [];
    const nested: Element[] = [];
    for (const c of li.children) {
      if (c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol')) nested.push(c);
      else if (c.type === 'element' && c.tagName === 'p')
        inline.push(...(inline.length ? [{ type: 'text', value: ' ' } as const] : []), ...c.children);
      else inline.push(c);
    }
    out.push(
      new Paragraph({
        children: runs(inline, {}),
        ...(ordered
          ? { numbering: { reference: ORDERED_LIST, level: Math.min(level, 3), instance } }
          : { bullet: { level: Math.min(level, 3) } }),
        spacing: { after: 60 },
      }),
    );
    for (const n of nested) out.push(...list(n, lists, level + 1));
  }
  return out;
}

function table(el: Element): Table {
  const rows: TableRow[] = [];
  const collect = (node: Element, inHead: boolean) => {
    for (const c of node.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'thead' || c.tagName === 'tbody') collect(c, c.tagName === 'thead');
      else if (c.tagName === 'tr') {
        const cells = c.children.filter((x): x is Element => x.type === 'element' && (x.tagName === 'th' || x.tagName === 'td'));
        rows.push(
          new TableRow({
            tableHeader: inHead,
            cantSplit: true,
            children: cells.map(
              (x) =>
                new TableCell({
                  children: [new Paragraph({ children: runs(x.children, { bold: x.tagName === 'th' }) })],
                  borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
                  margins: { top: 60, bottom: 60, left: 100, right: 100 },
                }),
            ),
          }),
        );
      }
    }
  };
  collect(el, false);
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

function runs(nodes: ElementContent[], style: RunStyle, keepLines = false): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      const parts = keepLines ? node.value.replace(/\n$/, '').split('\n') : [node.value.replace(/\s+/g, ' ')];
      parts.forEach((text, i) => out.push(textRun(text, style, i > 0)));
    } else if (node.type === 'element') {
      const t = node.tagName;
      if (t === 'br') out.push(new TextRun({ text: '', break: 1 }));
      else if (t === 'a' && typeof node.properties?.href === 'string') {
        out.push(new ExternalHyperlink({ link: node.properties.href, children: runs(node.children, { ...style, link: true }) }));
      } else {
        const next: RunStyle = {
          ...style,
          bold: style.bold || t === 'strong' || t === 'b',
          italics: style.italics || t === 'em' || t === 'i',
          strike: style.strike || t === 'del' || t === 's',
          code: style.code || t === 'code',
          superScript: style.superScript || t === 'sup',
          subScript: style.subScript || t === 'sub',
        };
        out.push(...runs(node.children, next, keepLines));
      }
    }
  }
  return out;
}

function textRun(text: string, s: RunStyle, breakBefore: boolean): TextRun {
  return new TextRun({
    text,
    break: breakBefore ? 1 : undefined,
    bold: s.bold,
    italics: s.italics,
    strike: s.strike,
    superScript: s.superScript,
    subScript: s.subScript,
    font: s.code ? 'Courier New' : undefined,
    style: s.link ? 'Hyperlink' : undefined,
  });
}
