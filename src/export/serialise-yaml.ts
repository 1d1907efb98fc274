import { Document } from 'yaml';
import { sortKeys } from './canonical.js';
import type { RulesExport } from './types.js';

/**
 * YAML 1.2 with every string double-quoted. Quoting matters to readers that still speak YAML 1.1,
 * where an unquoted 13:30 is the number 810, 2025-09-01 a date, and some codes could turn into
 * booleans or numbers.
 */
export function exportToYaml(data: RulesExport): string {
  const doc = new Document(sortKeys(data), { version: '1.2' });
  // Say which YAML this is, so a reader does not guess.
  if (doc.directives) doc.directives.yaml.explicit = true;
  return doc.toString({ directives: true, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0, indentSeq: true });
}
