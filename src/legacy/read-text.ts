import { classifyLine, titleHeadings } from './line-kinds.js';
import { cleanRun, RunBuilder, runOf, type LegacyDocument, type LegacyNode, type TextRun } from './document.js';

/**
 * Plain text such as a policy saved from Word or copied from a PDF: numbered lines are headings,
 * bullets make lists, tab-separated lines make tables, every other line is a paragraph.
 */
export function readPlainText(file: string, source: string): LegacyDocument {
  return { file, format: 'text', source, nodes: textNodes(source) };
}

export function textNodes(source: string): LegacyNode[] {
  const nodes: LegacyNode[] = [];
  // The paragraph still being gathered (a sentence broken over lines), built once when it ends.
  let open: { node: { type: 'paragraph'; run: TextRun }; parts: RunBuilder; tail: TextRun } | undefined;
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
      if (open && last === open.node && gap <= 2 && continues(open.tail, run)) {
        open.parts.add(run, ' ');
        open.tail = run;
      } else {
        const node = { type: 'paragraph' as const, run };
        push(node);
        open = { node, parts: new RunBuilder().add(run), tail: run };
      }
    }
  }
  close();
  return titleHeadings(nodes.filter((n) => n.type !== 'paragraph' || n.run.text));

  function push(node: LegacyNode): void {
    close();
    nodes.push(node);
  }

  function close(): void {
    if (open) open.node.run = open.parts.build();
    open = undefined;
  }
}

/** A sentence broken over a page or line break: the first part has no closing mark and the next starts in lower case. */
export function continues(before: TextRun, after: TextRun): boolean {
  return /[a-z,]$/.test(before.text) && /^[a-z]/.test(after.text);
}
