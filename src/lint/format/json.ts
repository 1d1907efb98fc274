import { displayPath } from '../../core/files.js';
import type { FileReport } from './group.js';

const SEVERITY_NUMBER = { error: 2, warning: 1, info: 0 } as const;

/** ESLint's JSON shape, so existing tools can read it. Extra fields are additive. */
export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(
    reports.map((r) => {
      const active = r.diagnostics.filter((d) => !d.excepted);
      return {
        filePath: displayPath(r.filePath),
        messages: r.diagnostics.map((d) => ({
          ruleId: d.ruleId,
          severity: SEVERITY_NUMBER[d.severity],
          message: d.message,
          line: d.line,
          column: d.column,
          endLine: d.endLine,
          endColumn: d.endColumn,
          ...(d.hint ? { hint: d.hint } : {}),
          ...(d.inheritedBy ? { inheritedBy: d.inheritedBy.split(', ').map(displayPath) } : {}),
          ...(d.excepted ? { excepted: d.excepted } : {}),
          ...(d.fix ? { fixable: true } : {}),
        })),
        errorCount: active.filter((d) => d.severity === 'error').length,
        warningCount: active.filter((d) => d.severity === 'warning').length,
        infoCount: active.filter((d) => d.severity === 'info').length,
        exceptedCount: r.diagnostics.length - active.length,
      };
    }),
    null,
    2,
  );
}
