// Generates src/law/keys.ts from the law data (rules-data/law), after checking every law file against
// schemas/law.schema.json. A test checks the file is up to date, so an unknown key fails to compile.
import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';

const here = (p) => new URL(`../${p}`, import.meta.url);
const read = (file) => parse(readFileSync(here(`rules-data/law/${file}`), 'utf8'));

/** Every problem with the law files, as "file: message" lines (empty when all is well). */
export function checkLawData() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addSchema(JSON.parse(readFileSync(here('schemas/law.schema.json'), 'utf8')), 'law');
  const topicValid = ajv.getSchema('law');
  const indexValid = ajv.getSchema('law#/$defs/index');
  const problems = [];
  const say = (file, errors) => {
    for (const e of errors ?? []) problems.push(`rules-data/law/${file}: ${e.instancePath || '/'} ${e.message}`);
  };
  const index = read('index.yaml');
  if (!indexValid(index)) say('index.yaml', indexValid.errors);
  const params = {};
  for (const file of index.files ?? []) {
    const topic = read(file);
    if (!topicValid(topic)) say(file, topicValid.errors);
    for (const [key, p] of Object.entries(topic?.parameters ?? {})) {
      if (params[key]) problems.push(`rules-data/law/${file}: ${key} is also defined in ${params[key].file}`);
      params[key] = { ...p, file };
    }
  }
  return { problems, params };
}

export function generateLawTypes() {
  const { problems, params } = checkLawData();
  if (problems.length) throw new Error(`The law data does not match its schema:\n${problems.join('\n')}`);
  const lines = Object.keys(params)
    .sort()
    .map((key) => `  '${key}': ${params[key].unit === 'boolean' ? 'boolean' : 'number'};`);
  return [
    '/* Generated from rules-data/law by `npm run types`. Do not edit by hand. */',
    '',
    "/** The type of each legal parameter's value, by key. */",
    'export interface LawValueTypes {',
    ...lines,
    '}',
    '',
    '/** A key of the law data: an unknown key fails to compile. */',
    'export type LawKey = keyof LawValueTypes;',
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(here('src/law/keys.ts'), generateLawTypes());
  console.log('Wrote src/law/keys.ts');
}
