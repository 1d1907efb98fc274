import { displayPath } from '../../core/files.js';
import { findingText } from '../../core/diagnostics.js';
import type { Fix } from '../context.js';
import type { FileReport } from './group.js';

const SEVERITY_NUMBER = { error: 2, warning: 1, info: 0 } as const;

/** ESLint's JSON shape, so existing tools can read it. Extra fields are additive. */
/** A change as data: the value to set (or the text to replace) at a pointer of the merged policy. */
function change(f: Fix) {
  return { pointer: f.pointer, ...('value' in f ? { value: f.value } : { replace: f.replace }) };
}

export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(
    reports.map((r) => {
      const active = r.diagnostics.filter((d) => !d.excepted);
      return {
        filePath: displayPath(r.filePath),
        messages: r.diagnostics.map((d) => ({
          ruleId: d.ruleId,
          severity: SEVERITY_NUMBER[d.severity],
          message: findingText(d),
          ...(d.messageId ? { messageId: d.messageId } : {}),
          ...(d.data ? { data: d.data } : {}),
          ...(d.quote !== undefined ? { quote: d.quote } : {}),
          ...(d.heading ? { heading: d.heading } : {}),
          ...(d.value !== undefined ? { value: d.value } : {}),
          ...(d.school ? { school: d.school } : {}),
          ...(d.absence ? { absence: true } : {}),
          ...(d.foundNowhere ? { foundNowhere: true } : {}),
          line: d.line,
          column: d.column,
          endLine: d.endLine,
          endColumn: d.endColumn,
          ...(d.hint ? { hint: d.hint } : {}),
          ...(d.inheritedBy ? { inheritedBy: d.inheritedBy.map(displayPath) } : {}),
          ...(d.excepted ? { excepted: d.excepted } : {}),
          ...(d.fix ? { fixable: true, fix: change(d.fix) } : {}),
          ...(d.suggestion
            ? { suggestions: [{ desc: d.suggestion.description ?? '', ...change(d.suggestion), applicable: Boolean(d.fixAt) }] }
            : {}),
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
