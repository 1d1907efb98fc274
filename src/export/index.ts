import { exportToCsv } from './serialise-csv.js';
import { exportToJson } from './serialise-json.js';
import { exportToYaml } from './serialise-yaml.js';
import type { RulesExport } from './types.js';
import type { ExportFormat } from './formats.js';

export { exportRules } from './export-rules.js';
export { policyContentHash } from './content-hash.js';
export { exportToCsv, exportToJson, exportToYaml };
export * from './types.js';

export { EXPORT_FORMATS, type ExportFormat } from './formats.js';

export function serialiseExport(data: RulesExport, format: ExportFormat): string {
  if (format === 'yaml') return exportToYaml(data);
  if (format === 'csv') return exportToCsv(data);
  return exportToJson(data);
}
