import { sortKeys } from './canonical.js';
import { csvCell } from './csv-cell.js';
import { flatten } from './flatten.js';
import type { RulesExport } from './types.js';

/** `key,value` rows with dotted keys, in the same order as the JSON export. Null is an empty value. */
export function exportToCsv(data: RulesExport): string {
  const rows = flatten(sortKeys(data)).map(([k, v]) => `${csvCell(k)},${csvCell(v)}`);
  return `key,value\r\n${rows.join('\r\n')}\r\n`;
}
