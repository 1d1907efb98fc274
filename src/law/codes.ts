import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { packagePath } from '../core/schema-files.js';

export interface CodeTable {
  effective_from: string;
  codes: Record<string, { meaning: string; category: string; confidence?: string }>;
  removed: Record<string, { was: string; removed: string; instead: string }>;
}
let codes: CodeTable | undefined;

/** The 2024 national code set and the removed codes. */
export function codeTable(): CodeTable {
  codes ??= parse(readFileSync(packagePath('rules-data', 'codes-2024.yaml'), 'utf8')) as CodeTable;
  return codes;
}
