import { classifyLine } from './line-kinds.js';
import { cleanRun, joinRuns, runOf, type LegacyDocument, type LegacyNode, type TextRun } from './document.js';

/**
 * Plain text such as a policy saved from Word or copied from a PDF: numbered lines are headings,
 * bullets make lists, tab-separated lines make tables, every other line is a paragraph.
 */
export function readPlainText(file: string, source: string): LegacyDocument {
  return { file, format: 'text', source, nodes: textNodes(source) };
}

export function textNodes(source: string): LegacyNode[] {
  const nodes: LegacyNode[] = [];
  let blankRun = 0;
  let offset = 0;
  for (const raw of source.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) {
      blankRun++;
      continue;
    }
    const kind = classifyLine(line);
    const last = nodes[nodes.length - 1];
    const gap = blankRun;
    blankRun = 0;
    if (kind.kind === 'heading') {
      push({ type: 'heading', depth: kind.depth, run: cleanRun(runOf(source, start + kind.titleStart, start + line.length)) });
    } else if (kind.kind === 'bullet') {
      const run = cleanRun(runOf(source, start + kind.contentStart, start + line.length));
      if (last?.type === 'list' && gap <= 1) last.items.push(run);
      else push({ type: 'list', items: [run] });
    } else if (kind.kind === 'row') {
      const row = kind.cells.map(([a, b]) => cleanRun(runOf(source, start + a, start + b)));
      if (last?.type === 'table' && gap === 0) last.rows.push(row);
      else push({ type: 'table', rows: [row] });
    } else {
      const run = cleanRun(runOf(source, start, start + line.length));
      if (last?.type === 'paragraph' && gap <= 2 && continues(last.run, run)) last.run = joinRuns(last.run, run, ' ');
      else push({ type: 'paragraph', run });
    }
  }
  return nodes.filter((n) => n.type !== 'paragraph' || n.run.text);

  function push(node: LegacyNode): void {
    nodes.push(node);
  }
}

/** A sentence broken over a page or line break: the first part has no closing mark and the next starts in lower case. */
export function continues(before: TextRun, after: TextRun): boolean {
  return /[a-z,]$/.test(before.text) && /^[a-z]/.test(after.text);
}
