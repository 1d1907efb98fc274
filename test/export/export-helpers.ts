import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { collectPolicyFiles } from '../../src/core/files.js';
import { loadPolicy, type LoadedPolicy } from '../../src/load/load-policy.js';
import { ROOT } from '../helpers.js';

export const AS_OF = '2026-11-26';

/** Every bundled example and corpus fixture. */
export function exampleFiles(): string[] {
  const corpus = ['bishop-perrin', 'atlp-nether-stowe', 'thomas-russell-junior'].map((n) =>
    path.join(ROOT, 'test/fixtures/corpus', `${n}.yaml`),
  );
  return [...collectPolicyFiles([path.join(ROOT, 'policies')]), ...corpus];
}

export function load(file: string): LoadedPolicy {
  const loaded = loadPolicy(file);
  if (loaded.diagnostics.some((d) => d.severity === 'error')) throw new Error(`${file} does not load: ${loaded.diagnostics[0]?.message}`);
  return loaded;
}

/** ajv for JSON Schema 2020-12, strict, with formats. */
export function exportValidator() {
  const ajv = new Ajv2020.default({ allErrors: true, strict: true });
  (addFormats as unknown as (a: unknown) => void)(ajv);
  return ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'schemas/rules-export.schema.json'), 'utf8')));
}
