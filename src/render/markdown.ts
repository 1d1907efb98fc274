import type { Element, ElementContent, Root } from 'hast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/**
 * Prose is Markdown written by the school. It becomes HTML through a fixed allow-list: raw HTML in
 * the Markdown is dropped (remark-rehype never passes it on), then rehype-sanitize keeps only
 * text-level tags and web, email and phone links. Images, frames, scripts, styles and forms never survive.
 */
const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [
    'p',
    'br',
    'hr',
    'a',
    'strong',
    'em',
    'b',
    'i',
    'code',
    'pre',
    'blockquote',
    'del',
    's',
    'sup',
    'sub',
    'ul',
    'ol',
    'li',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  attributes: { a: ['href'], ol: ['start'] },
  protocols: { href: ['http', 'https', 'mailto', 'tel'] },
  strip: ['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'textarea', 'select', 'svg', 'math'],
  required: {},
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
};

/** Section titles are h2, so the prose's own top-level headings become h3 and the rest follow in order. */
function nestHeadings() {
  return (tree: Root) => {
    const headings: Element[] = [];
    walk(tree, (el) => {
      if (/^h[1-6]$/.test(el.tagName)) headings.push(el);
    });
    const top = Math.min(...headings.map((h) => Number(h.tagName[1])));
    for (const h of headings) h.tagName = `h${Math.min(6, Number(h.tagName[1]) - top + 3)}`;
  };
}

/** Header cells of Markdown tables say which cells they describe (for screen readers and tagged PDF). */
function tableHeaderScope() {
  return (tree: Root) => {
    walk(tree, (el, parents) => {
      if (el.tagName === 'th' && parents.some((p) => p.tagName === 'thead')) el.properties = { ...el.properties, scope: 'col' };
    });
  };
}

/** Links without an address (a `javascript:` link after cleaning) become plain text. */
function unwrapEmptyLinks() {
  return (tree: Root) => {
    walk(tree, (el) => {
      el.children = el.children.flatMap((c): ElementContent[] =>
        c.type === 'element' && c.tagName === 'a' && !c.properties?.href ? c.children : [c],
      );
    });
  };
}

function walk(node: Root | Element, visit: (el: Element, parents: Element[]) => void, parents: Element[] = []): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    visit(child, parents);
    walk(child, visit, [...parents, child]);
  }
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, SCHEMA)
  .use(unwrapEmptyLinks)
  .use(nestHeadings)
  .use(tableHeaderScope)
  .use(rehypeStringify)
  .freeze();

/** A word at least this long (a pasted link or code) gets a place to wrap every WRAP_EVERY characters. */
const LONG_WORD = /\S{40,}/g;
const WRAP_EVERY = 20;

/**
 * The tree with a <wbr> every few characters of each very long word, so it wraps at a table cell's
 * edge or the page margin instead of being cut off. CSS alone cannot do this in tables: letting every
 * word break anywhere also breaks ordinary words in narrow columns. Returns a copy: the Word writer,
 * whose own wrapping already handles long words, reads the plain tree.
 */
function withWrappableLongWords(tree: Root): Root {
  const copy = structuredClone(tree);
  const visit = (node: Root | Element) => {
    node.children = (node.children as ElementContent[]).flatMap((c): ElementContent[] => {
      if (c.type === 'element') {
        if (c.tagName !== 'pre') visit(c);
        return [c];
      }
      if (c.type !== 'text' || c.value.length < 40) return [c];
      const out: ElementContent[] = [];
      let from = 0;
      for (const m of c.value.matchAll(LONG_WORD)) {
        const parts = Array.from(m[0]);
        out.push({ type: 'text', value: c.value.slice(from, m.index) });
        for (let i = 0; i < parts.length; i += WRAP_EVERY) {
          if (i) out.push({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
          out.push({ type: 'text', value: parts.slice(i, i + WRAP_EVERY).join('') });
        }
        from = m.index + m[0].length;
      }
      out.push({ type: 'text', value: c.value.slice(from) });
      return out.filter((o) => o.type !== 'text' || o.value);
    }) as typeof node.children;
  };
  visit(copy);
  return copy;
}

export interface RenderedProse {
  /** Sanitised HTML: safe to insert into the page as it is. */
  html: string;
  /** The same content as a tree, for the Word writer. */
  tree: Root;
}

/**
 * Schools that extend one trust base share most of their prose, so a trust's build parses each
 * distinct section once. The results are never changed after they are made.
 */
const recent = new Map<string, RenderedProse>();
const REMEMBERED = 500;

export function renderMarkdown(markdown: string): RenderedProse {
  const known = recent.get(markdown);
  if (known) return known;
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const rendered = { html: processor.stringify(withWrappableLongWords(tree)), tree };
  if (recent.size >= REMEMBERED) recent.delete(recent.keys().next().value!);
  recent.set(markdown, rendered);
  return rendered;
}
