import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Position } from '../core/diagnostics.js';
import { SECTIONS_REMEMBERED, TextCache } from '../text/text-cache.js';
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

/**
 * Plain text of a node, with a map back to the Markdown: one run per text node (its text offset and
 * Markdown offset), rather than one number per character.
 */
interface Flat {
  text: string;
  /** Text offset where each run starts, ascending. */
  textAt: number[];
  /** Markdown offset of each run's first character. */
  mdAt: number[];
}

function flatten(node: MdNode, out: Flat): void {
  if ((node.type === 'text' || node.type === 'inlineCode') && node.value !== undefined && node.position?.start.offset !== undefined) {
    if (node.value.length === 0) return;
    out.textAt.push(out.text.length);
    out.mdAt.push(node.position.start.offset + (node.type === 'inlineCode' ? 1 : 0));
    out.text += node.value;
    return;
  }
  if (node.type === 'break') {
    out.textAt.push(out.text.length);
    out.mdAt.push(node.position?.start.offset ?? 0);
    out.text += ' ';
    return;
  }
  for (const child of node.children ?? []) flatten(child, out);
}

/** The Markdown offset of the character at text offset `i`; undefined outside the text. */
function mdOffset(flat: Flat, i: number): number | undefined {
  if (!Number.isInteger(i) || i < 0 || i >= flat.text.length) return undefined;
  let lo = 0;
  let hi = flat.textAt.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (flat.textAt[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return flat.mdAt[lo]! + (i - flat.textAt[lo]!);
}

const BLOCK_KIND: Record<string, ProseBlock['kind']> = { heading: 'heading', paragraph: 'paragraph', tableCell: 'tableCell' };

/** A prose block as the Markdown alone gives it, before it is placed in a file. */
interface BlockShape {
  kind: ProseBlock['kind'];
  depth?: number;
  flat: Flat;
}

/** A section body read once: its Markdown tree and its prose blocks. Shared: callers only read it. */
export interface ReadMarkdown {
  tree: MdRoot;
  shapes: readonly BlockShape[];
}

function shapesOf(tree: MdRoot): BlockShape[] {
  const shapes: BlockShape[] = [];
  const visit = (node: MdNode, inList: boolean) => {
    const kind = BLOCK_KIND[node.type];
    if (kind) {
      const flat: Flat = { text: '', textAt: [], mdAt: [] };
      flatten(node, flat);
      if (flat.text.trim()) {
        flat.text = intern(flat.text);
        shapes.push({ kind: inList && kind === 'paragraph' ? 'listItem' : kind, ...(node.depth ? { depth: node.depth } : {}), flat });
      }
      return;
    }
    for (const child of node.children ?? []) visit(child, inList || node.type === 'listItem');
  };
  visit(tree as unknown as MdNode, false);
  return shapes;
}

/**
 * Section bodies read recently, and bodies seen once. Schools copy most sections word for word (from
 * a trust base, a model policy or each other), so in a batch a body read twice is read from here
 * after that; a body seen only once is not kept, so a run of different texts holds no trees.
 */
const readBodies = new TextCache<string, ReadMarkdown>(SECTIONS_REMEMBERED);
const seenBodies = new TextCache<string, true>(SECTIONS_REMEMBERED);

/** The Markdown tree and prose blocks of a section body, read once while the same text keeps coming back. */
export function readMarkdown(markdown: string): ReadMarkdown {
  const known = readBodies.get(markdown);
  if (known) return known;
  const tree = parseMarkdown(markdown);
  const read: ReadMarkdown = { tree, shapes: shapesOf(tree) };
  if (seenBodies.get(markdown)) readBodies.set(markdown, read);
  else seenBodies.set(markdown, true);
  return read;
}

/**
 * Split a Markdown body into prose blocks. `toSource(mdOffset, length)` places an offset of the
 * Markdown string in the file it came from.
 */
export function markdownBlocks(
  markdown: string,
  section: string,
  toSource: (mdOffset: number, length: number) => Position,
  read: ReadMarkdown = readMarkdown(markdown),
): ProseBlock[] {
  return read.shapes.map(({ kind, depth, flat }) => ({
    kind,
    text: flat.text,
    ...(depth ? { depth } : {}),
    section,
    at: (offset: number, length = 0) => {
      const last = flat.text.length - 1;
      const start = mdOffset(flat, Math.min(offset, last)) ?? 0;
      const end = (mdOffset(flat, Math.min(offset + Math.max(length, 1) - 1, last)) ?? start) + 1;
      return toSource(start, Math.max(0, end - start));
    },
  }));
}

/** Sentences: the one splitter is in text/sentences. */
export { sentences, quoteAt as sentenceAt } from '../text/sentences.js';
