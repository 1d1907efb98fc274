import { sortKeys } from './canonical.js';
import type { RulesExport } from './types.js';

export function exportToJson(data: RulesExport): string {
  return `${JSON.stringify(sortKeys(data), null, 2)}\n`;
}
