import { findingText } from '../../core/diagnostics.js';
import { displayPath } from '../../core/files.js';
import type { FileReport } from './group.js';

/** GitHub Actions workflow commands: one annotation per finding. */
export function formatGithub(reports: FileReport[]): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const command = { error: 'error', warning: 'warning', info: 'notice' } as const;
  return reports
    .flatMap((r) =>
      r.diagnostics
        .filter((d) => !d.excepted)
        .map(
          (d) =>
            `::${command[d.severity]} file=${escapeProp(displayPath(d.file))},line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${escapeProp(d.ruleId)}::${escapeData(d.hint ? `${findingText(d)} ${d.hint}` : findingText(d))}`,
        ),
    )
    .join('\n');
}
