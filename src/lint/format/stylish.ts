import pc from 'picocolors';
import { findingText } from '../../core/diagnostics.js';
import { displayPath } from '../../core/files.js';
import { terminalSafe as t } from '../../core/terminal-text.js';
import { countBySeverity } from '../engine.js';
import type { FileReport } from './group.js';

/** Grouped by file, colour on a terminal, a summary line with counts by severity. */
export function formatStylish(reports: FileReport[], color: boolean): string {
  const c = pc.createColors(color);
  const out: string[] = [];
  for (const r of reports) {
    if (r.diagnostics.length === 0) continue;
    out.push('', c.underline(t(displayPath(r.filePath))));
    for (const d of r.diagnostics) {
      const sev = d.excepted
        ? c.green('excepted')
        : d.severity === 'error'
          ? c.red('error')
          : d.severity === 'warning'
            ? c.yellow('warning')
            : c.blue('info');
      out.push(`  ${c.dim(`${d.line}:${d.column}`.padEnd(8))} ${sev.padEnd(color ? 17 : 8)} ${t(findingText(d))}  ${c.dim(t(d.ruleId))}`);
      if (d.hint) out.push(`  ${' '.repeat(8)} ${c.dim(`→ ${t(d.hint)}`)}`);
      if (d.suggestion)
        out.push(
          `  ${' '.repeat(8)} ${c.dim(t(`→ suggestion: ${d.suggestion.description ?? ''}${d.fixAt ? ' (the school decides; --fix --fix-type suggestion makes it)' : ''}`))}`,
        );
      if (d.inheritedBy) out.push(`  ${' '.repeat(8)} ${c.dim(`(inherited by ${t(d.inheritedBy.map(displayPath).join(', '))})`)}`);
      if (d.excepted)
        out.push(
          `  ${' '.repeat(8)} ${c.dim(t(`excepted until ${d.excepted.until}, approved by ${d.excepted.approvedBy}: ${d.excepted.reason}`))}`,
        );
    }
  }
  const n = countBySeverity(reports.flatMap((r) => r.diagnostics));
  const total = n.errors + n.warnings + n.infos;
  const summary = `${total === 0 ? '✓ No problems' : `✖ ${total} finding${total === 1 ? '' : 's'}`}: ${n.errors} error${n.errors === 1 ? '' : 's'}, ${n.warnings} warning${n.warnings === 1 ? '' : 's'}, ${n.infos} info${n.excepted ? `, ${n.excepted} excepted` : ''}`;
  out.push('', n.errors ? c.red(c.bold(summary)) : n.warnings ? c.yellow(c.bold(summary)) : c.green(c.bold(summary)));
  return out.join('\n');
}
