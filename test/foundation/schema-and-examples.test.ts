import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectPolicyFiles } from '../../src/core/files.js';
import { checkPolicyFile } from '../../src/validate/index.js';
import { ROOT, runCli } from '../helpers.js';

describe('the JSON Schema', () => {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/policy.schema.json'), 'utf8'));

  it('describes every property, and gives each a short title in words (no data key, no format)', () => {
    const missing: string[] = [];
    const untitled: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      for (const [k, v] of Object.entries((n.properties as Record<string, Record<string, unknown>>) ?? {})) {
        const described = v.description ?? (v.$ref ? 'ref' : undefined);
        if (!described) missing.push(`${at}.${k}`);
        // Messages and reports name a setting by its title: "Days to report a new pupil", not "new_pupil_days".
        const title = v.title;
        if (typeof title !== 'string' || title.length > 60 || /_|`|\.$|YYYY|HH:MM|^[a-z]/.test(title))
          untitled.push(`${at}.${k}: ${String(title)}`);
        walk(v, `${at}.${k}`);
      }
      for (const [k, v] of Object.entries((n.$defs as Record<string, unknown>) ?? {})) walk(v, `$defs.${k}`);
      if (n.items) walk(n.items, `${at}[]`);
    };
    walk(schema, '');
    expect(missing).toEqual([]);
    expect(untitled).toEqual([]);
  });

  it('the TypeScript types are generated from the current schema', async () => {
    // @ts-expect-error plain JS module
    const { generatePolicyTypes } = await import('../../scripts/generate-types.mjs');
    const fresh = await generatePolicyTypes();
    expect(readFileSync(path.join(ROOT, 'src/types/policy.ts'), 'utf8')).toBe(fresh);
  });
});

describe('bundled examples and corpus fixtures', () => {
  const examples = collectPolicyFiles([path.join(ROOT, 'policies')]);
  const corpus = ['bishop-perrin', 'atlp-nether-stowe', 'thomas-russell-junior'].map((n) =>
    path.join(ROOT, 'test/fixtures/corpus', `${n}.yaml`),
  );

  it('there are a trust base, at least three schools and a federation', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    const loaded = examples.map((f) => checkPolicyFile(f).policy.data);
    expect(loaded.some((p) => (p.schools ?? []).length >= 2)).toBe(true);
    expect(loaded.some((p) => p.schools?.some((s) => s.groups?.some((g) => g.school_day)))).toBe(true);
  });

  it.each([...examples, ...corpus].map((f) => [path.relative(ROOT, f)]))('%s validates', (rel) => {
    const file = path.join(ROOT, rel);
    expect(existsSync(file)).toBe(true);
    const { diagnostics } = checkPolicyFile(file);
    expect(diagnostics).toEqual([]);
  });

  it('validate on the whole policies folder exits 0', async () => {
    const run = await runCli('validate', path.join(ROOT, 'policies'));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/0 with problems/);
  });

  it('the corpus folder holds exactly the three encoded policies', () => {
    expect(
      readdirSync(path.join(ROOT, 'test/fixtures/corpus'))
        .filter((f) => f.endsWith('.yaml'))
        .sort(),
    ).toEqual(['atlp-nether-stowe.yaml', 'bishop-perrin.yaml', 'thomas-russell-junior.yaml']);
  });
});
