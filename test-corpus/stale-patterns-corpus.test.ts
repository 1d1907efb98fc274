import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../src/legacy/audit.js';
import { legacyBlocks } from '../src/legacy/prose-blocks.js';
import { readLegacyDocument } from '../src/legacy/read-legacy.js';
import { stalePatternFindings } from '../src/legacy/stale-patterns.js';
import { CORPUS } from './formats.js';

// Outdated wording read from vocabulary/stale-patterns.yaml, checked against the corpus: what the
// reference readings expect is found at its line, and nothing fires where a rule must not.
const AS_OF = '2026-11-25';
const derived = path.join(CORPUS, 'derived');

const EXPECTED: Array<[file: string, rule: string, line: number, says: RegExp]> = [
  ['sir-thomas-fremantle-2012.txt', 'pn-amounts-first-notice', 19, /penalty notice of 60 \(written without “£”\)/],
  ['st-marys-mucklestone-2017.txt', 'data-sharing-daily-dfe', 11, /government department by an old name/],
  ['withernsea-primary-2024.txt', 'def-persistent-absence', 20, /“Below 90%” leaves out pupils at exactly 90%/],
  ['homer-first-school-2024.txt', 'pn-support-first-and-notice-to-improve', 12, /Notice to Improve/],
  ['st-michaels-ce-high-2024.txt', 'pn-support-first-and-notice-to-improve', 39, /Notice to Improve/],
  ['homer-first-school-2024.txt', 'register-code-N-five-school-days', 8, /recorded as N \(reason not yet provided\)/],
  ['inspiration-trust-2018.txt', 'policy-exists-accessible-reviewed', 5, /dates from 2018, before the attendance guidance became statutory/],
  ['treehouse-school-2016.txt', 'policy-exists-accessible-reviewed', 21, /dates from 2016/],
  ['park-high-pennine-trust-2024.txt', 'policy-exists-accessible-reviewed', 7, /written for the 2024–25 school year, which has ended/],
  ['lancaster-girls-grammar-sixth-form-2024.txt', 'policy-exists-accessible-reviewed', 12, /written for the 2024–25 school year/],
];

/** On the complete policies, the stale patterns that fire (a reader checked each against the text). */
const ON_COMPLETE: Record<string, string[]> = {
  // "Where a child is absent ... and parents/carers have not contacted the school ..., the school will record
  // an unauthorised absence": with no reason yet the absence is N, not unauthorised, for up to 5 school days.
  'thomas-russell-junior-2024.txt': ['register-code-N-five-school-days line 183'],
};

describe('stale patterns in the corpus', () => {
  for (const [file, rule, line, says] of EXPECTED) {
    it(`${file}: ${rule} at line ${line}`, async () => {
      const { diagnostics } = auditDocument(await readLegacyDocument(path.join(derived, file)), { asOf: AS_OF });
      expect(diagnostics.filter((d) => d.ruleId === rule && d.line === line).map((d) => d.message).join('\n')).toMatch(says);
    });
  }

  it('no stale pattern fires a rule a reference reading says must not fire', async () => {
    const wrong: string[] = [];
    for (const f of readdirSync(derived).filter((x) => x.endsWith('.facts.json'))) {
      const reading = JSON.parse(readFileSync(path.join(derived, f), 'utf8')) as { mustNot: string[] };
      const doc = await readLegacyDocument(path.join(derived, f.replace(/\.facts\.json$/, '.txt')));
      for (const d of stalePatternFindings(doc.file, legacyBlocks(doc), AS_OF)) if (reading.mustNot.includes(d.ruleId)) wrong.push(`${f} ${d.ruleId} line ${d.line}`);
    }
    expect(wrong).toEqual([]);
  });

  it('the three complete policies: only the stale patterns a reader confirmed fire', async () => {
    for (const file of readdirSync(CORPUS).filter((x) => x.endsWith('.txt'))) {
      const doc = await readLegacyDocument(path.join(CORPUS, file));
      expect(stalePatternFindings(doc.file, legacyBlocks(doc), AS_OF).map((d) => `${d.ruleId} line ${d.line}`), file).toEqual(ON_COMPLETE[file] ?? []);
    }
  });
});
