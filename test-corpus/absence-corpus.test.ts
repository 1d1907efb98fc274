import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDocument, isAbsence, type AuditResult } from '../src/legacy/audit.js';
import { readLegacyDocument } from '../src/legacy/read-legacy.js';
import { CORPUS } from './formats.js';

// Absence findings ("the policy does not say X") checked against the corpus: none on an excerpt, and
// on the three complete policies only those a reader confirmed against the whole text.
const AS_OF = '2026-11-25';

async function audit(file: string): Promise<AuditResult> {
  return auditDocument(await readLegacyDocument(file), { asOf: AS_OF });
}

/** Absence findings on the complete policies that are right: the text really does not say it. */
const CONFIRMED: Record<string, Array<[rule: string, claim: RegExp]>> = {
  'atlp-nether-stowe-2024.txt': [
    ['policy-exists-accessible-reviewed', /does not say where parents can read it/], // no page, website or office is given for the policy
    ['policy-review-overdue', /gives no next review date/], // only a template's "date for review meeting"
  ],
  'bishop-perrin-primary-2023.txt': [
    ['policy-content-senior-attendance-champion', /without a name/], // "the headteacher is responsible ...", no name
    ['register-close-time-30-minutes', /afternoon register opens .* but not when it closes/], // 1.05pm / 1.15pm, no close
    ['policy-content-leave-request-process', /who may ask for leave/], // no sentence on who applies for leave
    ['register-follow-up-unexplained-absence', /but not their youth offending team worker/], // Youth Justice Services only in a list of enquiries
  ],
  'thomas-russell-junior-2024.txt': [
    ['policy-review-overdue', /gives no next review date/],
    ['policy-content-senior-attendance-champion', /without an email address or phone number/], // "J Emery" only
    ['policy-content-leave-request-process', /who may ask for leave/], // "Requests ... should be made", by nobody named
  ],
};

/** Absence findings the text contradicts: they must be in the could-not-check list, with the line that speaks of them. */
const CONTRADICTED: Record<string, Array<[rule: string, line: number]>> = {
  'atlp-nether-stowe-2024.txt': [
    ['policy-content-expectations-times', 99], // "08:30- School open to all students" ... "14:00-15:00- Period 5"
    ['policy-content-leave-request-process', 135], // "parents or carers must make the request"
  ],
  'bishop-perrin-primary-2023.txt': [
    ['policy-exists-accessible-reviewed', 334], // "Have a clear school attendance policy on the school website"
    ['policy-content-expectations-times', 177], // "The gates ... shut at 8.40am"
  ],
  'thomas-russell-junior-2024.txt': [
    ['policy-exists-accessible-reviewed', 47],
    ['policy-content-expectations-times', 168], // "Morning registration is open from 8.50-9.20am"
  ],
};

/** Absence findings no longer made at all: the import now reads what the text says (the head teacher, contacted through the office, is a contact by role). */
const ANSWERED: Record<string, string[]> = {
  'bishop-perrin-primary-2023.txt': ['policy-content-day-to-day-contacts'],
};

describe('absence findings on complete corpus policies', () => {
  for (const [file, rules] of Object.entries(ANSWERED)) {
    it(`${file}: topics the import now reads give no absence finding at all`, async () => {
      const r = await audit(path.join(CORPUS, file));
      for (const rule of rules) expect(r.diagnostics.filter((d) => d.ruleId === rule && isAbsence(d)), rule).toEqual([]);
    });
  }

  for (const [file, confirmed] of Object.entries(CONFIRMED)) {
    it(`${file}: only absence findings the text does not contradict`, async () => {
      const r = await audit(path.join(CORPUS, file));
      expect(r.completeness.complete).toBe(true);
      const kept = r.diagnostics.filter(isAbsence);
      const unconfirmed = kept.filter((d) => !confirmed.some(([rule, claim]) => d.ruleId === rule && claim.test(d.message)));
      expect(unconfirmed.map((d) => `${d.ruleId} line ${d.line}: ${d.message}`)).toEqual([]);
      expect(kept).toHaveLength(confirmed.length);
    });

    it(`${file}: absence findings the text contradicts are listed as could not check, with where the text speaks of them`, async () => {
      const r = await audit(path.join(CORPUS, file));
      for (const [rule, line] of CONTRADICTED[file]!) {
        expect(r.diagnostics.filter((d) => d.ruleId === rule && isAbsence(d)), rule).toEqual([]);
        expect(r.couldNotCheck.filter((d) => d.ruleId === rule).map((d) => d.spokenOf?.line), rule).toContain(line);
      }
    });
  }
});

describe('absence findings on corpus excerpts', () => {
  const derived = path.join(CORPUS, 'derived');
  for (const file of readdirSync(derived).filter((f) => f.endsWith('.txt'))) {
    it(`${file}: none`, async () => {
      const r = await audit(path.join(derived, file));
      expect(r.completeness.complete).toBe(false);
      expect(r.diagnostics.filter(isAbsence).map((d) => `${d.ruleId} line ${d.line}: ${d.message}`)).toEqual([]);
    });
  }
});
