import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/diagnostics.js';
import { planLetters } from '../../src/letters/index.js';
import { checkPolicyFile } from '../../src/validate/index.js';
import { ROOT, runCli } from '../helpers.js';

// Damaged pupil files and legacy documents: every outcome is a result or a clear user error,
// never a crash or a stack trace.
const dir = mkdtempSync(path.join(tmpdir(), 'pw-fuzz-inputs-'));
const POLICY = path.join(ROOT, 'policies/schools/hillcrest-secondary.yaml');
const sampleCsv = readFileSync(path.join(ROOT, 'test/fixtures/pupils/riverbend-sample.csv'), 'utf8');

const damage = fc.tuple(fc.nat(), fc.constantFrom('cut', 'quote', 'comma', 'newline', 'junk', 'huge', 'dupe-header', 'bom', 'crlf', 'number'), fc.string({ unit: 'binary', maxLength: 8 }));
function apply(text: string, [n, op, junk]: [number, string, string]): string {
  const at = n % (text.length + 1);
  switch (op) {
    case 'cut':
      return text.slice(0, at) + text.slice(at + (n % 40));
    case 'quote':
      return `${text.slice(0, at)}"${text.slice(at)}`;
    case 'comma':
      return `${text.slice(0, at)},,${text.slice(at)}`;
    case 'newline':
      return `${text.slice(0, at)}\n${text.slice(at)}`;
    case 'junk':
      return text.slice(0, at) + junk + text.slice(at);
    case 'huge':
      return `${text.slice(0, at)}${'9'.repeat(10_000 + (n % 100))}${text.slice(at)}`;
    case 'dupe-header':
      return `${text.split('\n')[0]}\n${text}`;
    case 'bom':
      return `\uFEFF${text}`;
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    default:
      return text.replace(/,300,/g, `,${['-5', '1e9', 'NaN', '', '3.5', '0'][n % 6]},`);
  }
}

let csvCases = 0;
let legacyCases = 0;

describe('fuzzing the pupil file', () => {
  it('planning letters from 600 damaged pupil files gives a plan or a clear error', () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 4 }), (edits) => {
        csvCases++;
        const file = path.join(dir, 'pupils.csv');
        writeFileSync(file, edits.reduce((t, e) => apply(t, e as [number, string, string]), sampleCsv));
        try {
          const plan = planLetters({ policyFile: POLICY, pupilsFile: file, date: '2026-11-26' });
          for (const row of plan.rows) expect(row.row).toBeGreaterThanOrEqual(1);
        } catch (e) {
          expect(e, String((e as Error).stack)).toBeInstanceOf(UserError);
        }
      }),
      { numRuns: 600, seed: 42 },
    );
  }, 240_000);
});

describe('fuzzing the legacy importer', () => {
  const corpus = ['bishop-perrin-primary-2023.txt', 'atlp-nether-stowe-2024.txt', 'thomas-russell-junior-2024.txt'].map((f) => readFileSync(path.resolve(ROOT, '../shared/corpus', f), 'utf8'));

  it('audit and import of 120 damaged documents never crash; every import validates', async () => {
    const samples = fc.sample(
      fc.tuple(fc.nat({ max: 2 }), fc.nat(), fc.integer({ min: 200, max: 6000 }), fc.array(damage, { maxLength: 3 }), fc.constantFrom('.txt', '.md', '.html')),
      { numRuns: 120, seed: 99 },
    );
    for (const [doc, start, length, edits, ext] of samples) {
      legacyCases++;
      const source = corpus[doc]!;
      const from = start % source.length;
      const text = edits.reduce((t, e) => apply(t, e as [number, string, string]), source.slice(from, from + length));
      const file = path.join(dir, `legacy${ext}`);
      const out = path.join(dir, 'draft.yaml');
      rmSync(out, { force: true });
      writeFileSync(file, text);
      const audit = await runCli('audit', '--format', 'json', '--as-of', '2026-11-26', file);
      expect([0, 1, 2], audit.err).toContain(audit.code);
      expect(audit.err).not.toMatch(/unexpected problem/);
      const imported = await runCli('import', file, '-o', out);
      expect([0, 2], imported.err).toContain(imported.code);
      expect(imported.err).not.toMatch(/unexpected problem/);
      if (imported.code === 0) expect(checkPolicyFile(out).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
    console.log(`fuzz cases: ${csvCases} pupil files, ${legacyCases} legacy documents`);
  }, 300_000);
});
