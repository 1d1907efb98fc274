// Generates src/types/policy.ts from schemas/policy.schema.json. A test checks the file is up to date.
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';

/**
 * A `$ref` with its own description beside it (`"dsl": { "$ref": "#/$defs/person", "description": … }`)
 * makes json-schema-to-typescript declare a copy of the referenced type (Person1, Person2, …). Written
 * as `allOf: [{ $ref }]`, the property keeps its description and every use names the one type.
 * Only the input to the type generator is changed; the schema that validates policies is not.
 */
export function refsWithoutSiblings(node) {
  if (Array.isArray(node)) return node.map(refsWithoutSiblings);
  if (!node || typeof node !== 'object') return node;
  const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, refsWithoutSiblings(v)]));
  if (typeof out.$ref !== 'string' || Object.keys(out).length === 1) return out;
  const { $ref, ...rest } = out;
  return { ...rest, allOf: [{ $ref }] };
}

/**
 * The generator names a type after any `title` it meets (`"title": "Gates open"` would declare a
 * type GatesOpen). The settings' titles are words for people (messages, reports, the form), so
 * they are left out here and every type keeps the name of its definition.
 */
export function withoutTitles(node, top = true) {
  if (Array.isArray(node)) return node.map((n) => withoutTitles(n, false));
  if (!node || typeof node !== 'object') return node;
  const entries = Object.entries(node).filter(([k, v]) => top || k !== 'title' || typeof v !== 'string');
  return Object.fromEntries(entries.map(([k, v]) => [k, k === 'properties' ? withoutTitlesIn(v) : withoutTitles(v, false)]));
}

/** A `properties` block: its keys are setting names (a setting may be called `title`), its values schemas. */
function withoutTitlesIn(properties) {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, withoutTitles(v, false)]));
}

export async function generatePolicyTypes() {
  const schema = JSON.parse(readFileSync(new URL('../schemas/policy.schema.json', import.meta.url), 'utf8'));
  return compile(refsWithoutSiblings(withoutTitles(schema)), 'Policy', {
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
