import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLawYaml } from '../../src/law/data.js';

// `npm run build` writes the parsed law data beside the compiled module so that commands do not parse
// the YAML at start-up; what the commands read must be exactly what the YAML says.
describe('the law data compiled at build time', () => {
  it('is the same as the law YAML', () => {
    const compiled = JSON.parse(readFileSync(new URL('../../dist/law/law-data.json', import.meta.url), 'utf8'));
    expect(compiled).toEqual(readLawYaml());
  });
});
