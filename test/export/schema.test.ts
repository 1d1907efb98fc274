import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportRules, exportToJson, RULES_EXPORT_SCHEMA_ID, RULES_EXPORT_SCHEMA_VERSION } from '../../src/export/index.js';
import { ROOT } from '../helpers.js';
import { AS_OF, exampleFiles, exportValidator, load } from './export-helpers.js';
import { readFileSync } from 'node:fs';

describe('the rules export schema', () => {
  const validate = exportValidator();
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/rules-export.schema.json'), 'utf8'));

  it('has a versioned $id matching the version the export carries', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(RULES_EXPORT_SCHEMA_ID);
    expect(schema.$id).toContain(`/${RULES_EXPORT_SCHEMA_VERSION}/`);
    expect(RULES_EXPORT_SCHEMA_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('the changelog has an entry for the current version', () => {
    const changelog = readFileSync(path.join(ROOT, 'docs/rules-export-changelog.md'), 'utf8');
    expect(changelog).toMatch(new RegExp(`^## ${RULES_EXPORT_SCHEMA_VERSION.replace(/\./g, '\\.')}\\b`, 'm'));
  });

  const files = exampleFiles();
  it('there are examples and corpus fixtures to export', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  for (const file of files) {
    const name = path.relative(ROOT, file);
    it(`the export of ${name} validates, with and without contacts`, () => {
      const loaded = load(file);
      for (const includeContacts of [false, true]) {
        const data = JSON.parse(exportToJson(exportRules(loaded, { asOf: AS_OF, includeContacts })));
        expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3), null, 1)).toBe(true);
        expect('contacts' in data).toBe(includeContacts);
      }
    });
  }
});
