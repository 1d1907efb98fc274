import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { packagePath } from '../core/schema-files.js';

export interface LawValue<T = number | boolean> {
  key: string;
  value: T;
  since: string;
  reference: string;
  description: string;
  confidence: 'high' | 'medium' | 'low';
  note?: string;
}

interface Parameter {
  description: string;
  unit: string;
  confidence?: 'high' | 'medium' | 'low';
  note?: string;
  values: Record<string, { value: number | boolean; reference: string }>;
}

let table: Record<string, Parameter> | undefined;

function params(): Record<string, Parameter> {
  table ??= parse(readFileSync(packagePath('rules-data', 'law.yaml'), 'utf8')) as Record<string, Parameter>;
  return table;
}

/** The value of a legal parameter in force on `asOf` (YYYY-MM-DD), or undefined before its first date. */
export function lawValue<T extends number | boolean = number>(key: string, asOf: string): LawValue<T> | undefined {
  const p = params()[key];
  if (!p) throw new Error(`Unknown legal parameter ${key}`);
  const dates = Object.keys(p.values).sort();
  const since = dates.filter((d) => d <= asOf).pop();
  if (!since) return undefined;
  const v = p.values[since]!;
  return { key, value: v.value as T, since, reference: v.reference, description: p.description, confidence: p.confidence ?? 'high', ...(p.note ? { note: p.note } : {}) };
}

/** Every value the parameter has had, oldest first (to recognise stale values). */
export function lawHistory(key: string): Array<{ since: string; value: number | boolean; reference: string }> {
  const p = params()[key];
  if (!p) throw new Error(`Unknown legal parameter ${key}`);
  return Object.keys(p.values)
    .sort()
    .map((since) => ({ since, ...p.values[since]! }));
}

export function lawKeys(): string[] {
  return Object.keys(params());
}

interface CodeTable {
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
