import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { MdNode } from '../prose/blocks.js';
import { cleanRun, joinRuns, type LegacyDocument, type LegacyNode, type TextRun } from './document.js';

const parser = unified().use(remarkParse).use(remarkGfm);

/** A Markdown policy: the Markdown structure is the tree. */
export function readMarkdown(file: string, source: string): LegacyDocument {
  const tree = parser.parse(source) as unknown as MdNode;
  const nodes: LegacyNode[] = [];
  visit(tree, nodes);
  return { file, format: 'markdown', source, nodes };
}

function visit(node: MdNode, out: LegacyNode[]): void {
  switch (node.type) {
    case 'heading':
      out.push({ type: 'heading', depth: node.depth ?? 1, run: flatten(node) });
      return;
    case 'paragraph':
      out.push({ type: 'paragraph', run: flatten(node) });
      return;
    case 'list': {
      const items: TextRun[] = [];
      listItems(node, items);
      out.push({ type: 'list', items: items.filter((i) => i.text) });
      return;
    }
    case 'table':
      out.push({ type: 'table', rows: (node.children ?? []).map((row) => (row.children ?? []).map((cell) => flatten(cell))) });
      return;
    case 'html':
    case 'code':
      return;
    default:
      for (const child of node.children ?? []) visit(child, out);
  }
}

/** Every item of a list, nested lists flattened into the same list. */
function listItems(list: MdNode, items: TextRun[]): void {
  for (const item of list.children ?? []) {
    let run: TextRun = { text: '', map: [] };
    for (const child of item.children ?? []) {
      if (child.type === 'list') {
        items.push(run);
        run = { text: '', map: [] };
        listItems(child, items);
      } else {
        run = joinRuns(run, flatten(child), ' ');
      }
    }
    items.push(run);
  }
}

/** Plain text of a node with each character's offset in the Markdown source. */
function flatten(node: MdNode): TextRun {
  const out: TextRun = { text: '', map: [] };
  const walk = (n: MdNode) => {
    if ((n.type === 'text' || n.type === 'inlineCode') && n.value !== undefined) {
      const start = (n.position?.start.offset ?? 0) + (n.type === 'inlineCode' ? 1 : 0);
      const end = n.position?.end.offset ?? start + n.value.length;
      for (let i = 0; i < n.value.length; i++) out.map.push(Math.min(start + i, Math.max(start, end - 1)));
      out.text += n.value;
      return;
    }
    if (n.type === 'break') {
      out.map.push(n.position?.start.offset ?? 0);
      out.text += ' ';
      return;
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(node);
  return cleanRun(out);
}
