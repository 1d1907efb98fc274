import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { packagePath } from '../core/schema-files.js';

/** The shapes of rules-data/law/*.yaml (schemas/law.schema.json). */
export type Confidence = 'high' | 'medium' | 'low';
export type LawUnit =
  | 'GBP'
  | 'days'
  | 'school days'
  | 'weeks'
  | 'school weeks'
  | 'sessions'
  | 'minutes'
  | 'hours'
  | 'months'
  | 'years'
  | 'percent'
  | 'count'
  | 'edition year'
  | 'boolean';

export interface LawReference {
  title: string;
  href: string;
}

export interface DatedValue {
  /** null: the parameter stopped being in force on this date. */
  value: number | boolean | null;
  summary?: string;
  confidence?: Confidence;
  note?: string;
  reference: LawReference;
}

export interface LawParameter {
  label: string;
  description?: string;
  unit: LawUnit;
  confidence?: Confidence;
  note?: string;
  last_checked: string;
  values: Record<string, DatedValue>;
}

export interface LawIndex {
  last_checked: string;
  checked_against: string;
  files: string[];
}

export interface LawData {
  index: LawIndex;
  parameters: Record<string, LawParameter>;
  /** The topic file each parameter comes from. */
  fileOf: Record<string, string>;
}

let data: LawData | undefined;

function readYaml(file: string): unknown {
  return parse(readFileSync(packagePath('rules-data', 'law', file), 'utf8'));
}

/**
 * `npm run build` writes the parsed law data beside the compiled module (scripts/postbuild.mjs), so a
 * command does not parse the YAML at every start; run from the sources, the YAML is read.
 */
const COMPILED = new URL('./law-data.json', import.meta.url);

/** The law data as read from rules-data/law/*.yaml. */
export function readLawYaml(): LawData {
  const index = readYaml('index.yaml') as LawIndex;
  const parameters: Record<string, LawParameter> = {};
  const fileOf: Record<string, string> = {};
  for (const file of index.files) {
    const topic = readYaml(file) as { parameters: Record<string, LawParameter> };
    for (const [key, p] of Object.entries(topic.parameters)) {
      if (parameters[key]) throw new Error(`The legal parameter ${key} is defined in both ${fileOf[key]} and ${file}.`);
      parameters[key] = p;
      fileOf[key] = file;
    }
  }
  return { index, parameters, fileOf };
}

/** Read the law data once. The data is checked against its schema by the test suite and by `npm run types`. */
export function lawData(): LawData {
  if (data) return data;
  data = existsSync(COMPILED) ? (JSON.parse(readFileSync(COMPILED, 'utf8')) as LawData) : readLawYaml();
  return data;
}
