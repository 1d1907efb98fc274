import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Position } from '../core/diagnostics.js';
import { intern } from './match-cache.js';

/**
 * A run of prose (a paragraph, heading, list item or table cell) as plain text, with a way back
 * to the source. Rules match on `text`; `at` turns an offset in `text` into a file position.
 * The same shape comes from YAML sections (here) and from legacy documents (audit).
 */
export interface ProseBlock {
  kind: 'heading' | 'paragraph' | 'listItem' | 'tableCell';
  text: string;
  depth?: number;
  /** Section id (YAML) or heading path (legacy). */
  section: string;
  at(offset: number, length?: number): Position;
}

/** Markdown nodes of a section, kept for structural checks (headings, links, images, tables). */
export type MdRoot = ReturnType<ReturnType<typeof unified>['parse']> & { children: MdNode[] };
export interface MdNode {
  type: string;
  depth?: number;
  url?: string;
  alt?: string | null;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number; line: number; column: number }; end: { offset?: number; line: number; column: number } };
}

const parser = unified().use(remarkParse);

export function parseMarkdown(markdown: string): MdRoot {
  return parser.parse(markdown) as unknown as MdRoot;
}

/** Plain text of a node, with a map from each text offset back to a markdown offset. */
function flatten(node: MdNode, out: { text: string; map: number[] }): void {
  if ((node.type === 'text' || node.type === 'inlineCode') && node.value !== undefined && node.position?.start.offset !== undefined) {
    const start = node.position.start.offset + (node.type === 'inlineCode' ? 1 : 0);
    for (let i = 0; i < node.value.length; i++) out.map.push(start + i);
    out.text += node.value;
    return;
  }
  if (node.type === 'break') {
    out.map.push(node.position?.start.offset ?? 0);
    out.text += ' ';
    return;
  }
  for (const child of node.children ?? []) flatten(child, out);
}

const BLOCK_KIND: Record<string, ProseBlock['kind']> = { heading: 'heading', paragraph: 'paragraph', tableCell: 'tableCell' };

/**
 * Split a Markdown body into prose blocks. `toSource(mdOffset, length)` places an offset of the
 * Markdown string in the file it came from.
 */
export function markdownBlocks(
  markdown: string,
  section: string,
  toSource: (mdOffset: number, length: number) => Position,
  tree = parseMarkdown(markdown),
): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const visit = (node: MdNode, inList: boolean) => {
    const kind = BLOCK_KIND[node.type];
    if (kind) {
      const flat = { text: '', map: [] as number[] };
      flatten(node, flat);
      if (flat.text.trim()) {
        blocks.push({
          kind: inList && kind === 'paragraph' ? 'listItem' : kind,
          text: intern(flat.text),
          ...(node.depth ? { depth: node.depth } : {}),
          section,
          at: (offset, length = 0) => {
            const start = flat.map[Math.min(offset, flat.map.length - 1)] ?? 0;
            const endIdx = Math.min(offset + Math.max(length, 1) - 1, flat.map.length - 1);
            const end = (flat.map[endIdx] ?? start) + 1;
            return toSource(start, Math.max(0, end - start));
          },
        });
      }
      return;
    }
    for (const child of node.children ?? []) visit(child, inList || node.type === 'listItem');
  };
  visit(tree as unknown as MdNode, false);
  return blocks;
}

/** Sentences: the one splitter is in text/sentences. */
export { sentences, quoteAt as sentenceAt } from '../text/sentences.js';
