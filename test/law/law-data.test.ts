import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lawData } from '../../src/law/data.js';
import { entryOn } from '../../src/law/law.js';
import { addMonths, lawFreshness, lawHistory, lawKeys, lawParameter, lawValue, staleValues } from '../../src/law/index.js';
import { ROOT } from '../helpers.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/law.schema.json'), 'utf8'));
function validators() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addSchema(schema, 'law');
  return { topic: ajv.getSchema('law')!, index: ajv.getSchema('law#/$defs/index')! };
}

describe('the law data files', () => {
  it('every file in rules-data/law matches schemas/law.schema.json', async () => {
    // @ts-expect-error plain JS module
    const { checkLawData } = await import('../../scripts/generate-law-types.mjs');
    const { problems, params } = checkLawData();
    expect(problems).toEqual([]);
    expect(Object.keys(params).length).toBeGreaterThanOrEqual(50);
  });

  it('the schema rejects a wrong unit, a missing link, a text value and a boolean for an amount', () => {
    const { topic } = validators();
    const good = {
      label: 'First penalty notice',
      unit: 'GBP',
      last_checked: '2026-11-29',
      values: { '2024-08-19': { value: 80, reference: { title: 'SI 2024/210', href: 'https://www.legislation.gov.uk/uksi/2024/210' } } },
    };
    expect(topic({ parameters: { 'penalty_notice.x': good } })).toBe(true);
    const bad = [
      { ...good, unit: 'pounds' },
      { ...good, values: { '2024-08-19': { value: 80, reference: { title: 'SI 2024/210' } } } },
      { ...good, values: { '2024-08-19': { value: '£80', reference: good.values['2024-08-19'].reference } } },
      { ...good, values: { '2024-08-19': { value: true, reference: good.values['2024-08-19'].reference } } },
      { ...good, values: { '19/08/2024': good.values['2024-08-19'] } },
      { ...good, last_checked: undefined },
    ];
    for (const p of bad) expect(topic({ parameters: { 'penalty_notice.x': p } }), JSON.stringify(p)).toBe(false);
  });

  it('the index records when the data as a whole was last checked and lists every topic file', () => {
    const { index } = validators();
    const data = parse(readFileSync(path.join(ROOT, 'rules-data/law/index.yaml'), 'utf8'));
    expect(index(data)).toBe(true);
    expect(data.last_checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('every parameter has a label, a last-checked date and a reference with a link for every dated value', () => {
    for (const key of lawKeys()) {
      const p = lawParameter(key);
      expect(p.last_checked, key).toMatch(/^20\d\d-\d\d-\d\d$/);
      expect(p.last_checked <= lawData().index.last_checked, key).toBe(true);
      for (const h of lawHistory(key)) {
        expect(h.reference.length, key).toBeGreaterThan(4);
        expect(h.href, key).toMatch(/^https:\/\/(www\.)?(legislation\.gov\.uk|gov\.uk|explore-education-statistics\.service\.gov\.uk)\//);
      }
    }
  });

  it('the generated key type is up to date with the data', async () => {
    // @ts-expect-error plain JS module
    const { generateLawTypes } = await import('../../scripts/generate-law-types.mjs');
    expect(readFileSync(path.join(ROOT, 'src/law/keys.ts'), 'utf8')).toBe(generateLawTypes());
  });

  it('an unknown key fails to compile, a known one compiles', () => {
    const dir = mkdtempSync(path.join(ROOT, 'src/law/.typecheck-'));
    const file = (name: string, key: string) => {
      const f = path.join(dir, name);
      writeFileSync(
        f,
        `import { lawValue } from '../index.js';\nexport const v: number | undefined = lawValue('${key}', '2026-11-30')?.value;\n`,
      );
      return f;
    };
    const tsc = (...files: string[]) => {
      try {
        execFileSync(
          process.execPath,
          [
            path.join(ROOT, 'node_modules/typescript/bin/tsc'),
            '--noEmit',
            '--strict',
            '--module',
            'NodeNext',
            '--moduleResolution',
            'NodeNext',
            '--target',
            'ES2022',
            '--skipLibCheck',
            '--types',
            'node',
            ...files,
          ],
          { cwd: ROOT, stdio: 'pipe' },
        );
        return '';
      } catch (e) {
        return String((e as { stdout: Buffer }).stdout);
      }
    };
    try {
      const errors = tsc(file('good.ts', 'penalty_notice.first.full'), file('bad.ts', 'penalty_notice.first.fulll'));
      expect(errors).toMatch(/bad\.ts\(2,\d+\): error TS2345/);
      expect(errors).not.toMatch(/good\.ts/);
    } finally {
      execFileSync('rm', ['-rf', dir]);
    }
  }, 240_000);
});

describe('values on a date', () => {
  it('gives the value in force on the date, with its reference, link and confidence', () => {
    expect(lawValue('guidance.kcsie.current_year', '2026-08-01')?.value).toBe(2025);
    const kcsie = lawValue('guidance.kcsie.current_year', '2026-11-25')!;
    expect(kcsie.value).toBe(2026);
    expect(kcsie.since).toBe('2026-09-01');
    expect(kcsie.confidence).toBe('medium');
    expect(kcsie.href).toMatch(/^https:\/\/www\.gov\.uk\//);
    expect(lawValue('penalty_notice.first.full', '2024-08-18')?.value).toBe(120);
    expect(lawValue('penalty_notice.first.full', '2024-08-19')?.value).toBe(160);
    expect(lawValue('penalty_notice.second.amount', '2024-08-18')).toBeUndefined();
  });

  it('a null value means the parameter stopped being in force', () => {
    const p = {
      label: 'A withdrawn rule',
      unit: 'days' as const,
      last_checked: '2026-11-29',
      values: {
        '2020-01-01': { value: 5, reference: { title: 'Old rule', href: 'https://www.gov.uk/x' } },
        '2025-01-01': { value: null, reference: { title: 'Revoked', href: 'https://www.gov.uk/y' } },
      },
    };
    expect(entryOn(p, '2019-12-31')).toBeUndefined();
    expect(entryOn(p, '2024-12-31')?.[1].value).toBe(5);
    expect(entryOn(p, '2025-01-01')).toBeUndefined();
  });

  it('stale values come from the history of the parameter, not from a list in a rule', () => {
    expect(staleValues('penalty_notice.first.discounted', '2026-11-30')).toEqual([50, 60]);
    expect(staleValues('penalty_notice.first.discounted', '2013-01-01')).toEqual([50]);
    expect(staleValues('registers.retention_years', '2026-11-30')).toEqual([3]);
    expect(staleValues('guidance.kcsie.current_year', '2026-11-30')).toEqual([2022, 2023, 2024, 2025]);
    expect(staleValues('penalty_notice.second.amount', '2024-01-01')).toEqual([]);
  });

  it('section 37 (not section 38) is the reference for local authority consent to home education', () => {
    const consent = lawHistory('cwsa_2026.ehe_consent_commenced');
    expect(consent.every((h) => /s\.37\b/.test(h.reference) && !/s\.38\b/.test(h.reference))).toBe(true);
    expect(lawValue('cwsa_2026.ehe_consent_commenced', '2026-11-30')?.value).toBe(false);
    expect(lawHistory('cwsa_2026.cnis_register_commenced')[0]!.reference).toMatch(/s\.38\b/);
  });
});

describe('freshness', () => {
  it('adds months the way a calendar does', () => {
    expect(addMonths('2026-11-29', 6)).toBe('2027-05-29');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });

  it('is stale only when the date in use is more than six months after the last check', () => {
    const last = lawData().index.last_checked;
    const limit = addMonths(last, 6);
    expect(lawFreshness(limit).stale).toBe(false);
    expect(lawFreshness(limit).message).toBeUndefined();
    const after = lawFreshness(addMonths(limit, 0).replace(/\d\d$/, (d) => String(Number(d) + 1).padStart(2, '0')));
    expect(after.stale).toBe(true);
    expect(after.message).toMatch(/last checked on \d{1,2} [A-Z][a-z]+ 20\d\d, more than 6 months before/);
  });
});
