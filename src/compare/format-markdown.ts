import { markdownText } from '../core/markdown-text.js';
import type { Cell, CompareMatrix } from './matrix.js';

/** Text safe inside a Markdown table cell: pipes escaped, no line breaks, no HTML, no links or images. */
const md = markdownText;

export function marks(cell: Cell): string[] {
  return [...(cell.differsFromBase ? ['≠ base'] : []), ...(cell.differsFromMajority ? ['≠ most'] : [])];
}

function cellText(cell: Cell | null): string {
  if (!cell) return '';
  const value = cell.value === null ? '*not set*' : md(cell.value);
  const m = marks(cell);
  const shown = m.length ? `**${value}** (${m.join(', ')})` : value;
  return cell.setIn ? `${shown} <sub>${md(cell.setIn)}</sub>` : shown;
}

/** The matrix as a GitHub-flavoured Markdown table, with a legend and any files left out. */
export function compareToMarkdown(matrix: CompareMatrix, title: string): string {
  const head = ['Setting', ...(matrix.base ? [md(matrix.base.label)] : []), ...matrix.columns.map((c) => md(c.label))];
  const lines = [
    `# ${md(title)}`,
    '',
    `${matrix.columns.length} school${matrix.columns.length === 1 ? '' : 's'} compared${matrix.base ? ` with the trust base (${md(matrix.base.file)})` : ''}. ` +
      'Rows where a school stands out come first. **≠ base**: differs from the trust base. **≠ most**: differs from the value most schools share. ' +
      'The small text says which file and line set the value.',
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
  ];
  for (const r of matrix.rows) {
    lines.push(
      `| ${md(`${r.group}: ${r.label}`)} | ${[...(matrix.base ? [cellText(r.base)] : []), ...r.cells.map(cellText)].join(' | ')} |`,
    );
  }
  if (matrix.skipped.length) lines.push('', '## Files left out', '', ...matrix.skipped.map((s) => `- ${md(s)}`));
  return `${lines.join('\n')}\n`;
}
