import type { FileReport } from './group.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { FormatName } from './names.js';

export { FORMATS, type FormatName } from './names.js';

export function formatReports(format: FormatName, reports: FileReport[], o: { color: boolean; asOf: string; version: string }): string {
  switch (format) {
    case 'json':
      return formatJson(reports);
    case 'sarif':
      return formatSarif(reports, o.version, o.asOf);
    case 'github':
      return formatGithub(reports);
    case 'markdown':
      return formatMarkdown(reports, o.asOf);
    default:
      return formatStylish(reports, o.color);
  }
}
export { groupByFile, type FileReport } from './group.js';
