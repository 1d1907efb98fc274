import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintFile } from '../src/lint/engine.js';
import { auditDocument } from '../src/legacy/audit.js';
import { readLegacyDocument } from '../src/legacy/read-legacy.js';
import { checkPolicyFile } from '../src/validate/index.js';
import { runCli, tempProject } from '../test/helpers.js';
import { CORPUS } from './formats.js';
import { AS_OF, EXPECTATIONS } from './expectations.js';

/** The stale values each document must still show once imported (rule ids, from the expectations). */
const STALE: Record<string, string[]> = {
  'bishop-perrin': ['pn-amounts-first-notice', 'pn-national-threshold', 'register-retention-6-years', 'framework-wt-2024-statutory', 'policy-review-overdue', 'prose-data-consistency'],
  'atlp-nether-stowe': [],
  'thomas-russell-junior': ['register-close-time-30-minutes', 'health-medical-evidence-not-routine'],
};

describe('import of the corpus', () => {
  for (const [name, exp] of Object.entries(EXPECTATIONS)) {
    it(`${name}: writes a draft that validates, and lint reports the same stale values as audit`, async () => {
      const dir = tempProject();
      const out = path.join(dir, `${name}.yaml`);
      const run = await runCli('import', path.join(CORPUS, exp.file), '-o', out);
      expect(run.code, run.err).toBe(0);
      expect(run.out).toMatch(/values found/);
      const text = readFileSync(out, 'utf8');
      expect(text.startsWith('# yaml-language-server: $schema=')).toBe(true);
      expect(checkPolicyFile(out).diagnostics).toEqual([]);

      const data = parse(text) as { sections: Array<{ id: string; body?: string }> };
      const ids = data.sections.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThan(5);
      expect(text).toMatch(/\n {4}body: \|/);

      const linted = new Set(lintFile(out, { asOf: AS_OF }).diagnostics.map((d) => d.ruleId));
      const audited = new Set(auditDocument(await readLegacyDocument(path.join(CORPUS, exp.file)), { asOf: AS_OF }).diagnostics.map((d) => d.ruleId));
      for (const rule of STALE[name]!) {
        expect(linted.has(rule), `lint of the import reports ${rule}`).toBe(true);
        expect(audited.has(rule), `audit reports ${rule}`).toBe(true);
      }
      for (const rule of exp.silentRules ?? []) expect(linted.has(rule), `lint of the import does not report ${rule}`).toBe(false);
    });
  }

  it('marks guessed and missing values with TODO comments, never inventing a value', async () => {
    const dir = tempProject();
    const out = path.join(dir, 'bp.yaml');
    await runCli('import', path.join(CORPUS, EXPECTATIONS['bishop-perrin']!.file), '-o', out);
    const text = readFileSync(out, 'utf8');
    // "Policy Renewal Date February 2026": the day is not given, so no date is written; the TODO quotes the text.
    expect(text).not.toMatch(/^\s*next_review: /m);
    expect(text).not.toMatch(/next_review: the next review date was not found/);
    expect(text).toMatch(/TODO: document\.next_review: not filled in \(the document gives only “February 2026”, not the day\)\. The text says: “[^”]*February 2026[^”]*” \(line \d+\)/);
    // No start time is given for the school day.
    expect(text).toMatch(/# TODO: school_day\.starts: .*not found/);
    expect(text).not.toMatch(/\n\s+starts: /);
    // Values note where they came from.
    expect(text).toMatch(/retention_years: 3 # line \d+/);
  });
});
