import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { UserError } from '../core/diagnostics.js';
import type { MdNode } from '../prose/blocks.js';
import { cleanRun, RunBuilder, type LegacyDocument, type LegacyNode, type TextRun } from './document.js';

/** Quotes and lists nested inside each other on one line: the parser's work grows with the square of the depth. */
const MAX_NESTING = 64;
const TOO_DEEP = new RegExp(`^(?:[ \\t]*(?:>|[*+-][ \\t]|\\d{1,9}[.)][ \\t])){${MAX_NESTING + 1}}`, 'm');

const parser = unified().use(remarkParse).use(remarkGfm);

/** A Markdown policy: the Markdown structure is the tree. */
export function readMarkdown(file: string, source: string): LegacyDocument {
  if (TOO_DEEP.test(source)) {
    throw new UserError(
      `${file}: a line nests more than ${MAX_NESTING} quotes or lists inside each other, which no policy does. Save the policy as plain text or Word and try again.`,
    );
  }
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
    let run = new RunBuilder();
    for (const child of item.children ?? []) {
      if (child.type === 'list') {
        items.push(run.build());
        run = new RunBuilder();
        listItems(child, items);
      } else {
        run.add(flatten(child), ' ');
      }
    }
    items.push(run.build());
  }
}

/** Plain text of a node with each character's offset in the Markdown source. */
function flatten(node: MdNode): TextRun {
  const parts: string[] = [];
  const map: number[] = [];
  // Depth first, with a stack of its own: nesting in a hostile file is unbounded.
  const stack: MdNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if ((n.type === 'text' || n.type === 'inlineCode') && n.value !== undefined) {
      const start = (n.position?.start.offset ?? 0) + (n.type === 'inlineCode' ? 1 : 0);
      const end = n.position?.end.offset ?? start + n.value.length;
      for (let i = 0; i < n.value.length; i++) map.push(Math.min(start + i, Math.max(start, end - 1)));
      parts.push(n.value);
    } else if (n.type === 'break') {
      map.push(n.position?.start.offset ?? 0);
      parts.push(' ');
    } else {
      const children = n.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return cleanRun({ text: parts.join(''), map });
}
