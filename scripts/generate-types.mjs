// Generates src/types/policy.ts from schemas/policy.schema.json. A test checks the file is up to date.
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';

export async function generatePolicyTypes() {
  const schema = JSON.parse(readFileSync(new URL('../schemas/policy.schema.json', import.meta.url), 'utf8'));
  return compile(schema, 'Policy', {
    bannerComment: '/* Generated from schemas/policy.schema.json by `npm run types`. Do not edit by hand. */',
    additionalProperties: false,
    unreachableDefinitions: false,
    style: { singleQuote: true, printWidth: 120 },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('../src/types/policy.ts', import.meta.url), await generatePolicyTypes());
  console.log('Wrote src/types/policy.ts');
}
