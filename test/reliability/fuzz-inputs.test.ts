import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/diagnostics.js';
import { planLetters } from '../../src/letters/index.js';
import { ROOT } from '../helpers.js';
import { apply, damage } from './damage.js';

// Damaged pupil files: every outcome is a result or a clear user error, never a crash or a stack trace.
const dir = mkdtempSync(path.join(tmpdir(), 'pw-fuzz-inputs-'));
const POLICY = path.join(ROOT, 'policies/schools/hillcrest-secondary.yaml');
const sampleCsv = readFileSync(path.join(ROOT, 'test/fixtures/pupils/riverbend-sample.csv'), 'utf8');

let csvCases = 0;

describe('fuzzing the pupil file', () => {
  it('planning letters from 600 damaged pupil files gives a plan or a clear error', async () => {
    // An async property gives the test runner a turn between cases: a long synchronous loop starves
    // its messages on a busy machine ("Timeout calling onTaskUpdate").
    await fc.assert(
      fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 4 }), async (edits) => {
        await new Promise((r) => setImmediate(r));
        csvCases++;
        const file = path.join(dir, 'pupils.csv');
        writeFileSync(
          file,
          edits.reduce((t, e) => apply(t, e as [number, string, string]), sampleCsv),
        );
        try {
          const plan = planLetters({ policyFile: POLICY, pupilsFile: file, date: '2026-11-26' });
          for (const row of plan.rows) expect(row.row).toBeGreaterThanOrEqual(1);
        } catch (e) {
          expect(e, String((e as Error).stack)).toBeInstanceOf(UserError);
        }
      }),
      { numRuns: 600, seed: 42 },
    );
    console.log(`fuzz cases: ${csvCases} pupil files`);
  }, 240_000);
});
