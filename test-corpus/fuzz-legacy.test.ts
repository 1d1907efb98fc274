import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fuzzLegacyDocuments } from '../test/reliability/legacy-fuzz.js';
import { CORPUS } from './shared.js';

describe('fuzzing the legacy importer with the corpus', () => {
  const files = [
    ...readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => path.join(CORPUS, f)),
    ...readdirSync(path.join(CORPUS, 'derived')).filter((f) => f.endsWith('.txt')).map((f) => path.join(CORPUS, 'derived', f)),
  ];

  it('audit and import of 60 damaged corpus documents never crash; every import validates', async () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    const cases = await fuzzLegacyDocuments(files.map((f) => readFileSync(f, 'utf8')), mkdtempSync(path.join(tmpdir(), 'pw-fuzz-corpus-')), 60, 99);
    expect(cases).toBe(60);
  }, 600_000);
});
