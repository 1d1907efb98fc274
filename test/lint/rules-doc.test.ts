import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { allRules } from '../../src/lint/registry.js';
import { rulesReference } from '../../src/lint/rules-reference.js';

it('docs/rules.md is made from the rules and their examples, and is up to date (npm run docs:rules)', () => {
  const written = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
  expect(written).toBe(rulesReference(allRules()));
  // Every rule, its message ids and its examples' exact findings are in it.
  for (const r of allRules()) expect(written).toContain(`## ${r.meta.id}\n`);
  expect(written).toContain('- line 2, column 20: `dataTooShort`');
});
