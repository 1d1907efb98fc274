import type { LegacyDocument, LegacyNode } from './document.js';
import { uniqueIds } from '../core/slug.js';

export interface DraftSection {
  id: string;
  title: string;
  body?: string;
}

/**
 * The prose split into sections at the top-level headings. Deeper headings become Markdown
 * headings inside the body; text before the first heading is a "Front matter" section.
 */
export function sectionsOf(doc: LegacyDocument): DraftSection[] {
  const depths = doc.nodes.filter((n): n is Extract<LegacyNode, { type: 'heading' }> => n.type === 'heading').map((n) => n.depth);
  // Split at the shallowest level used more than once: a lone title heading does not make one big section.
  const levels = [...new Set(depths)].sort((a, b) => a - b);
  const top = levels.find((d) => depths.filter((x) => x === d).length > 1) ?? levels[0] ?? 1;
  const idFor = uniqueIds();
  const out: Array<{ title: string; lines: string[] }> = [];
  let current: { title: string; lines: string[] } | undefined;
  for (const node of doc.nodes) {
    if (node.type === 'heading' && node.depth <= top) {
      current = { title: tidyTitle(node.run.text), lines: [] };
      out.push(current);
      continue;
    }
    if (!current) {
      current = { title: 'Front matter', lines: [] };
      out.push(current);
    }
    current.lines.push(markdownOf(node, top));
  }
  return out.map((s) => {
    const body = s.lines.filter(Boolean).join('\n\n').trim();
    return {
      id: idFor(
        s.title.replace(/^(\d+(\.\d+)*\.?|appendix)\s+/i, (m) => (/appendix/i.test(m) ? m : '')),
        'section',
      ),
      title: s.title,
      ...(body ? { body: `${body}\n` } : {}),
    };
  });
}

/** "4 REGISTERS AND THE SCHOOL DAY" → "4 Registers and the school day" (bracketed abbreviations kept). */
export function tidyTitle(title: string): string {
  const letters = title.replace(/[^A-Za-z]/g, '');
  if (!letters || letters !== letters.toUpperCase()) return title;
  const lower = title.toLowerCase().replace(/\(([^()]*)\)/g, (_, inner: string) => `(${inner.toUpperCase()})`);
  return lower.replace(/[a-z]/, (c) => c.toUpperCase());
}

function markdownOf(node: LegacyNode, top: number): string {
  switch (node.type) {
    case 'heading':
      return `${'#'.repeat(Math.min(6, Math.max(2, node.depth - top + 1)))} ${escapeInline(tidyTitle(node.run.text))}`;
    case 'paragraph':
      return escapeLine(node.run.text);
    case 'list':
      return node.items.map((i) => `- ${escapeInline(i.text)}`).join('\n');
    case 'table': {
      const width = Math.max(...node.rows.map((r) => r.length));
      const row = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => escapeCell(cells[i] ?? '')).join(' | ')} |`;
      const [head, ...rest] = node.rows.map((r) => r.map((c) => c.text));
      return [row(head ?? []), `|${' --- |'.repeat(width)}`, ...rest.map(row)].join('\n');
    }
  }
}

/** Keep imported text from being read as a data reference (`{{path}}`). */
export function escapeDataRefs(text: string): string {
  return text.replace(/\{\{/g, '{ {').replace(/\}\}/g, '} }');
}

function escapeInline(text: string): string {
  return escapeDataRefs(text).replace(/\\/g, '\\\\').replace(/</g, '&lt;');
}

/** A paragraph that would otherwise start a heading, quote, list or table. */
function escapeLine(text: string): string {
  return escapeInline(text)
    .replace(/^[#>+*|-]/, '\\$&')
    .replace(/^(\d+)([.)])(?=\s)/, '$1\\$2');
}

function escapeCell(text: string): string {
  return escapeInline(text).replace(/\|/g, '\\|');
}
