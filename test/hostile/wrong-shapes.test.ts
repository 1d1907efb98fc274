// A value of the wrong shape anywhere (`schools: "x"`, a list where a block belongs, …), in a school
// that extends the trust base, in the trust base itself, or in a policy that stands alone: every
// entry point answers with a schema error or the project's own error, never a crash.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPolicyFile } from '../../src/validate/index.js';
import { ROOT } from '../helpers.js';
import { WRONG_VALUES, mergedData, overridingSchool, placesIn, problemsRunning, shapeProject, withValue, write } from './wrong-shapes.js';

const ORIGINAL_SCHOOL = path.join(ROOT, 'policies/schools/oakfield-primary.yaml');
const ORIGINAL_BASE = path.join(ROOT, 'policies/trust-base.yaml');
const ORIGINAL_FEDERATION = path.join(ROOT, 'policies/brook-and-meadow-federation.yaml');

const value = fc.constantFrom(...WRONG_VALUES);
/** Async, so the test runner gets a turn between cases on a busy machine. */
const turn = () => new Promise((r) => setImmediate(r));

describe('wrong-shaped values in a school that extends the trust base', () => {
  const p = shapeProject();
  const schoolText = readFileSync(p.school, 'utf8');
  const merged = mergedData(p.school);
  const places = placesIn(merged, 3);

  it('samples every top-level key and the nested places of the school, contacts, day, registers, thresholds, stages, penalties, sections, references, approval and leave', () => {
    const named = places.map((at) => at.join('.'));
    for (const place of [
      'schools',
      'schools.0.contacts',
      'schools.0.school_day.registers',
      'school_day.registers.morning',
      'contacts.further_support',
      'registers',
      'thresholds.concern_levels',
      'escalation.stages.0.triggers',
      'legal_measures.penalty_notices',
      'sections.0',
      'references.0',
      'document.approved_on',
      'governance',
      'leave_of_absence.notice',
      'term_dates',
    ])
      expect(named).toContain(place);
  });

  it('`schools: "x"` gets the same plain schema error as a file that stands alone, at the line of `schools:`', () => {
    write(p.school, 'extends: ../trust-base.yaml\n# a school\nschools: "x"\n');
    const { diagnostics } = checkPolicyFile(p.school);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: p.school, line: 3, column: 10, severity: 'error', ruleId: 'schema' });
    expect(diagnostics[0]!.message).toBe('In “Schools”, the value should be a list (lines starting with "- "), but it is "x".');
    expect(diagnostics[0]!.hint).toMatch(/starting with "- ", indented under `schools:`/);
    write(p.school, schoolText);
  });

  it('never crashes any command, however the school overrides a place', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...places), value, fc.boolean(), async (at, wrong, minimal) => {
        await turn();
        write(p.school, overridingSchool(schoolText, merged, at, wrong, minimal));
        try {
          expect(await problemsRunning(p, p.school, ORIGINAL_SCHOOL, at.length === 1)).toEqual([]);
        } finally {
          write(p.school, schoolText);
        }
      }),
      { numRuns: 90, seed: 20261130 },
    );
  }, 300_000);
});

describe('wrong-shaped values in the trust base itself', () => {
  const p = shapeProject();
  const baseText = readFileSync(p.base, 'utf8');
  const places = placesIn(mergedData(p.base), 3);

  it('never crashes a command on the trust base or on the school that extends it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...places), value, async (at, wrong) => {
        await turn();
        write(p.base, withValue(baseText, at, wrong));
        try {
          expect(await problemsRunning(p, p.base, ORIGINAL_BASE, false)).toEqual([]);
          expect(await problemsRunning(p, p.school, ORIGINAL_SCHOOL, at.length === 1)).toEqual([]);
        } finally {
          write(p.base, baseText);
        }
      }),
      { numRuns: 50, seed: 20261131 },
    );
  }, 300_000);
});

describe('wrong-shaped values in a policy that stands alone', () => {
  const p = shapeProject();
  const text = readFileSync(p.federation, 'utf8');
  const places = placesIn(mergedData(p.federation), 3);

  it('never crashes any command', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...places), value, async (at, wrong) => {
        await turn();
        write(p.federation, withValue(text, at, wrong));
        try {
          expect(await problemsRunning(p, p.federation, ORIGINAL_FEDERATION, at.length === 1)).toEqual([]);
        } finally {
          write(p.federation, text);
        }
      }),
      { numRuns: 50, seed: 20261132 },
    );
  }, 300_000);
});
