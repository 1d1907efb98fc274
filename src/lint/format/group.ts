import path from 'node:path';
import type { FoundDiagnostic } from '../context.js';

export interface FileReport {
  filePath: string;
  diagnostics: FoundDiagnostic[];
}

/**
 * Group findings by the file that set the value. The same inherited finding reached through
 * several schools is shown once, with the schools that inherit it.
 */
export function groupByFile(all: FoundDiagnostic[]): FileReport[] {
  const byKey = new Map<string, FoundDiagnostic & { inheritedByAll?: string[] }>();
  for (const d of all) {
    const key = [d.file, d.line, d.column, d.ruleId, d.message].join('|');
    const prev = byKey.get(key);
    const inherited = path.resolve(d.policyFile) !== path.resolve(d.file) ? [d.policyFile] : [];
    if (prev) {
      prev.inheritedByAll = [...new Set([...(prev.inheritedByAll ?? []), ...inherited])];
    } else {
      byKey.set(key, { ...d, inheritedByAll: inherited });
    }
  }
  const files = new Map<string, FoundDiagnostic[]>();
  for (const d of byKey.values()) {
    const { inheritedByAll, ...rest } = d;
    const withInherit: FoundDiagnostic = inheritedByAll?.length ? { ...rest, inheritedBy: inheritedByAll } : rest;
    files.set(d.file, [...(files.get(d.file) ?? []), withInherit]);
  }
  return [...files.entries()].map(([filePath, diagnostics]) => ({ filePath, diagnostics }));
}
