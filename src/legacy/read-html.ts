import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { classifyLine } from './line-kinds.js';
import { cleanRun, emptyRun, RunBuilder, type LegacyDocument, type LegacyNode, type TextRun } from './document.js';

const SKIP = new Set([
  'head',
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'iframe',
  'object',
  'button',
  'select',
  'textarea',
]);
const PARAGRAPH = new Set(['p', 'pre', 'dt', 'dd', 'caption', 'figcaption', 'summary', 'address']);
const CONTAINER = new Set([
  'html',
  'body',
  'div',
  'section',
  'article',
  'aside',
  'main',
  'header',
  'footer',
  'nav',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dl',
  'fieldset',
  'figure',
  'form',
  'hgroup',
  'hr',
]);

/** An HTML policy (a saved web page, or Word's HTML). */
export function readHtml(file: string, source: string): LegacyDocument {
  return { file, format: 'html', source, nodes: htmlNodes(source) };
}

/** `tabsAreCells`: a tab inside a paragraph separates cells (true for Word, whose HTML has no layout white space). */
export function htmlNodes(html: string, options: { tabsAreCells?: boolean } = {}): LegacyNode[] {
  const tree = fromHtml(html) as Root;
  const out: LegacyNode[] = [];
  container(tree.children, out, options.tabsAreCells ?? false);
  return out;
}

type Child = RootContent | ElementContent;

function isBlock(n: Child): n is Element {
  if (n.type !== 'element') return false;
  const t = n.tagName;
  return (
    /^h[1-6]$/.test(t) || PARAGRAPH.has(t) || CONTAINER.has(t) || t === 'ul' || t === 'ol' || t === 'table' || t === 'li' || SKIP.has(t)
  );
}

/** Walk block content; loose inline content between blocks becomes a paragraph. */
function container(children: Child[], out: LegacyNode[], tabs: boolean): void {
  let loose = new RunBuilder();
  const flush = () => {
    const run = loose.build();
    if (run.text.trim()) paragraph(run, out, tabs);
    loose = new RunBuilder();
  };
  for (const child of children) {
    if (!isBlock(child)) {
      loose.add(inline(child));
      continue;
    }
    flush();
    const tag = child.tagName;
    if (SKIP.has(tag)) continue;
    if (/^h[1-6]$/.test(tag)) {
      const run = cleanRun(inline(child));
      if (run.text) out.push({ type: 'heading', depth: Number(tag[1]), run });
    } else if (PARAGRAPH.has(tag)) {
      paragraph(inline(child), out, tabs);
    } else if (tag === 'ul' || tag === 'ol' || tag === 'li') {
      const items: TextRun[] = [];
      listItems(tag === 'li' ? [child] : child.children, items);
      if (items.length) out.push({ type: 'list', items });
    } else if (tag === 'table') {
      const rows = tableRows(child);
      if (rows.length) out.push({ type: 'table', rows });
    } else {
      container(child.children, out, tabs);
    }
  }
  flush();
}

/**
 * A paragraph, unless its words say otherwise: Word documents often have numbered headings in
 * plain paragraphs, typed bullets and tab-separated label/value lines.
 */
function paragraph(raw: TextRun, out: LegacyNode[], tabs: boolean): void {
  const text = raw.text.replace(tabs ? /[\r\n]/g : /[\r\n\t]/g, ' ');
  const kind = classifyLine(text);
  const last = out[out.length - 1];
  const slice = (a: number, b = text.length) => cleanRun({ text: raw.text.slice(a, b), map: raw.map.slice(a, b) });
  if (kind.kind === 'heading') out.push({ type: 'heading', depth: kind.depth, run: slice(kind.titleStart) });
  else if (kind.kind === 'bullet') {
    const run = slice(kind.contentStart);
    if (last?.type === 'list') last.items.push(run);
    else out.push({ type: 'list', items: [run] });
  } else if (kind.kind === 'row') {
    const row = kind.cells.map(([a, b]) => slice(a, b));
    if (last?.type === 'table') last.rows.push(row);
    else out.push({ type: 'table', rows: [row] });
  } else {
    const run = cleanRun(raw);
    if (run.text) out.push({ type: 'paragraph', run });
  }
}

function listItems(children: Child[], items: TextRun[]): void {
  for (const li of children) {
    if (li.type !== 'element') continue;
    if (li.tagName === 'ul' || li.tagName === 'ol') {
      listItems(li.children, items);
      continue;
    }
    const run = new RunBuilder();
    const nested: Element[] = [];
    for (const c of li.children) {
      if (c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol')) nested.push(c);
      else run.add(inline(c), ' ');
    }
    const clean = cleanRun(run.build());
    if (clean.text) items.push(clean);
    for (const n of nested) listItems(n.children, items);
  }
}

function tableRows(table: Element): TextRun[][] {
  const rows: TextRun[][] = [];
  const walk = (el: Element) => {
    for (const c of el.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'tr') {
        const cells = c.children
          .filter((x): x is Element => x.type === 'element' && (x.tagName === 'td' || x.tagName === 'th'))
          .map((cell) => cleanRun(inline(cell, ' ')));
        if (cells.some((x) => x.text)) rows.push(cells);
      } else if (c.tagName !== 'table') walk(c);
    }
  };
  walk(table);
  return rows;
}

/** Text of inline content, each character mapped to its offset in the HTML. */
function inline(node: Child, blockSeparator = ''): TextRun {
  if (node.type === 'text') {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start + node.value.length;
    const map = new Array<number>(node.value.length);
    for (let i = 0; i < map.length; i++) map[i] = Math.min(start + i, Math.max(start, end - 1));
    return { text: node.value, map };
  }
  if (node.type !== 'element' || SKIP.has(node.tagName)) return emptyRun();
  if (node.tagName === 'br') return { text: ' ', map: [node.position?.start.offset ?? 0] };
  const run = new RunBuilder();
  for (const c of node.children) {
    const sep = c.type === 'element' && isBlock(c) ? blockSeparator || ' ' : '';
    run.add(inline(c, blockSeparator), sep);
  }
  return run.build();
}
