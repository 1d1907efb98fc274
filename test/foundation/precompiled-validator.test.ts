import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectPolicyFiles } from '../../src/core/files.js';
import { loadPolicy } from '../../src/load/load-policy.js';
import { compilePolicyValidator } from '../../src/validate/policy-validator.js';
import { ROOT } from '../helpers.js';

// `npm run build` compiles the schema to plain JavaScript (scripts/compile-validators.mjs). These
// tests hold that code to the validator Ajv compiles at run time, so the two cannot drift apart.
const SCHEMA_FILE = path.join(ROOT, 'schemas/policy.schema.json');
const DIST_MODULE = path.join(ROOT, 'dist/validate/policy-validator.js');

type Data = Record<string, unknown>;
const clone = <T>(v: T): T => structuredClone(v);

/** Bad inputs of every kind the messages explain, made from a valid policy. */
function badInputs(valid: Data): Array<[string, Data]> {
  const school = (d: Data) => ((d.schools as Data[])[0] ?? {}) as Data;
  const cases: Array<[string, (d: Data) => void]> = [
    ['a school without its required id', (d) => delete school(d).id],
    ['an unknown field', (d) => (d.documnet = { title: 'x' })],
    ['a time written as a number', (d) => (((d.school_day as Data).registers as Data).morning = { opens: 8.45, closes: '09:00' })],
    ['a time out of range', (d) => (((d.school_day as Data).registers as Data).morning = { opens: '25:00', closes: '09:00' })],
    ['text where a list belongs', (d) => (d.sections = 'about attendance')],
    ['a bad date', (d) => ((d.document as Data).next_review = '31/02/2026')],
    [
      'a bad email in a school',
      (d) => ((d.schools as Data[])[0] = { ...school(d), contacts: { attendance_lead: { name: 'A', email: 'not an email' } } }),
    ],
    ['a wrong type at the top', (d) => (d.schools = 3)],
    ['a block of fields given as a list', (d) => (d.document = [1, 2])],
  ];
  return cases.map(([name, change]) => {
    const d = clone(valid);
    change(d);
    return [name, d];
  });
}

describe('the build-time schema validator', () => {
  const text = readFileSync(SCHEMA_FILE, 'utf8');
  const runtime = compilePolicyValidator(JSON.parse(text));
  let built: ValidateFunction;

  beforeAll(async () => {
    expect(existsSync(DIST_MODULE), 'run `npm run build` first').toBe(true);
    const mod = (await import(DIST_MODULE)) as typeof import('../../src/validate/policy-validator.js');
    const found = mod.precompiledPolicyValidator(text);
    expect(found, 'dist/validate/policy-validator.cjs was not made from the current schema: run `npm run build`').toBeTypeOf('function');
    built = found!;
  });

  const examples = collectPolicyFiles([path.join(ROOT, 'policies')]);
  const corpus = collectPolicyFiles([path.join(ROOT, 'test/fixtures/corpus')]);
  const valid = [...examples, ...corpus].map((f) => [path.relative(ROOT, f), loadPolicy(f).data as Data] as const);

  it('has the bundled examples to compare on', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it.each(valid.map(([f, d]) => [f, d]))('accepts %s, as Ajv at run time does', (_f, data) => {
    expect(runtime(clone(data))).toBe(true);
    expect(built(clone(data))).toBe(true);
  });

  // A school's merged policy (its own file over the trust base): every part of the schema is in use.
  const bad = badInputs(loadPolicy(path.join(ROOT, 'policies/schools/oakfield-primary.yaml')).data as Data);
  it.each(bad)('gives the same errors for %s', (_name, data) => {
    const a = runtime(clone(data));
    const aErrors = clone(runtime.errors);
    const b = built(clone(data));
    expect(a).toBe(false);
    expect(b).toBe(false);
    expect(aErrors!.length).toBeGreaterThan(0);
    // Every field the messages read: keyword, where, params, the data and the schema around it.
    expect(built.errors).toEqual(aErrors);
  });

  it('is not used for a schema it was not made from', async () => {
    const mod = (await import(DIST_MODULE)) as typeof import('../../src/validate/policy-validator.js');
    expect(mod.precompiledPolicyValidator(`${text}\n`)).toBeUndefined();
  });
});
