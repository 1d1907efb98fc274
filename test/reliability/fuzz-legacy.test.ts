import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';
import { fuzzLegacyDocuments } from './legacy-fuzz.js';

// The project's own policy prose written out as plain documents: numbered headings, paragraphs, and the
// HTML fixture. (The real published policies are fuzzed the same way by `npm run corpus`.)
function documentFrom(yamlFile: string): string {
  const data = parse(readFileSync(yamlFile, 'utf8')) as { sections?: Array<{ title?: string; body?: string }> };
  return (data.sections ?? []).map((s, i) => `${i + 1}. ${s.title ?? 'Section'}\n\n${s.body ?? ''}`).join('\n\n');
}

describe('fuzzing the legacy importer', () => {
  const sources = [
    ...['atlp-nether-stowe', 'bishop-perrin', 'thomas-russell-junior'].map((n) =>
      documentFrom(path.join(ROOT, 'test/fixtures/corpus', `${n}.yaml`)),
    ),
    readFileSync(path.join(ROOT, 'test/fixtures/legacy/small-policy.html'), 'utf8'),
  ];

  it('the documents to damage have real content', () => {
    for (const s of sources) expect(s.length).toBeGreaterThan(900);
  });

  it('audit and import of 120 damaged documents never crash; every import validates', async () => {
    const cases = await fuzzLegacyDocuments(sources, mkdtempSync(path.join(tmpdir(), 'pw-fuzz-legacy-')), 120, 99);
    expect(cases).toBe(120);
  }, 300_000);
});
