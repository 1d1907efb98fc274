import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv2020, Options, ValidateFunction } from 'ajv/dist/2020.js';
import { packagePath } from '../core/schema-files.js';

/**
 * The policy schema's validator. `npm run build` compiles it to plain JavaScript
 * (dist/validate/policy-validator.cjs, by scripts/compile-validators.mjs) so that a run does not
 * load Ajv and compile the schema each time it starts. That file records a hash of the schema it was
 * made from; if the schema has changed since (or the file is missing, as when running from src),
 * the schema is compiled here at run time instead, so the result is the same either way.
 */

/** Ajv's options for the policy schema: every error, with the schema and data messages need. */
export const POLICY_AJV_OPTIONS: Options = { allErrors: true, verbose: true, strict: true, allowUnionTypes: true };

/** The compiled module, next to this one in dist/. */
export const PRECOMPILED_FILE = 'policy-validator.cjs';

export function schemaHash(schemaText: string): string {
  return createHash('sha256').update(schemaText).digest('hex');
}

const require = createRequire(import.meta.url);

/** Compile the schema with Ajv now (tests compare this with the build-time code). */
export function compilePolicyValidator(schema: Record<string, unknown>, options: Options = {}): ValidateFunction {
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as { Ajv2020: new (o: Options) => Ajv2020 };
  const addFormats = require('ajv-formats') as (ajv: Ajv2020) => void;
  const ajv = new Ajv({ ...POLICY_AJV_OPTIONS, ...options });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** The build-time validator if it was made from this schema, otherwise undefined. */
export function precompiledPolicyValidator(schemaText: string): ValidateFunction | undefined {
  let mod: { validate: ValidateFunction; schemaHash: string };
  try {
    mod = require(`./${PRECOMPILED_FILE}`) as typeof mod;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return undefined;
    throw e;
  }
  return mod.schemaHash === schemaHash(schemaText) ? mod.validate : undefined;
}

let cached: ValidateFunction | undefined;

export function policyValidator(): ValidateFunction {
  if (cached) return cached;
  const text = readFileSync(packagePath('schemas', 'policy.schema.json'), 'utf8');
  cached = precompiledPolicyValidator(text) ?? compilePolicyValidator(JSON.parse(text) as Record<string, unknown>);
  return cached;
}
