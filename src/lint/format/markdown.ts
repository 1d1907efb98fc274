import { findingText } from '../../core/diagnostics.js';
import { displayPath } from '../../core/files.js';
import { markdownText } from '../../core/markdown-text.js';
import { countBySeverity } from '../engine.js';
import type { FileReport } from './group.js';

const cell = markdownText;

/** A Markdown summary, for a pull request comment or a governors' paper. */
export function formatMarkdown(reports: FileReport[], asOf: string): string {
  const all = reports.flatMap((r) => r.diagnostics);
  const n = countBySeverity(all);
  const out = [
    `# Attendance policy check`,
    '',
    `Checked against the rules in force on ${asOf}: **${n.errors} errors**, **${n.warnings} warnings**, ${n.infos} for information${n.excepted ? `, ${n.excepted} excepted` : ''}.`,
  ];
  for (const r of reports) {
    if (!r.diagnostics.length) continue;
    out.push('', `## ${cell(displayPath(r.filePath))}`, '', '| Line | Severity | Finding | Rule |', '|---:|---|---|---|');
    for (const d of r.diagnostics) {
      const sev = d.excepted ? 'excepted' : d.severity;
      const note = [
        d.hint,
        d.inheritedBy ? `Inherited by ${d.inheritedBy.join(', ')}.` : '',
        d.excepted ? `Excepted until ${d.excepted.until} (${d.excepted.approvedBy}): ${d.excepted.reason}` : '',
      ]
        .filter(Boolean)
        .join(' ');
      out.push(`| ${d.line} | ${sev} | ${cell(findingText(d))}${note ? `<br>${cell(note)}` : ''} | \`${d.ruleId}\` |`);
    }
  }
  if (all.length === 0) out.push('', 'No problems found.');
  return out.join('\n');
}
