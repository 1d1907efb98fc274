import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exportRules, exportToCsv, exportToJson, exportToYaml } from '../../src/export/index.js';
import type { LoadedPolicy } from '../../src/load/load-policy.js';
import type { Policy, School } from '../../src/types/policy.js';
import { ROOT } from '../helpers.js';
import { AS_OF, exampleFiles, load } from './export-helpers.js';

type Json = Record<string, any>;

const codeTable = parseYaml(readFileSync(path.join(ROOT, 'rules-data/codes-2024.yaml'), 'utf8')) as {
  codes: Record<string, { category: string }>;
};

/** A time as the policy gives it: the group's, else the school's, else the document's. */
function timeFor(
  policy: Policy,
  school: School | undefined,
  groupId: string | undefined,
  pick: (d: any) => string | undefined,
): string | null {
  const group = school?.groups?.find((g) => g.id === groupId);
  return pick(group?.school_day) ?? pick(school?.school_day) ?? pick(policy.school_day) ?? null;
}

const TIME_FIELDS: Array<[string, (d: any) => string | undefined]> = [
  ['gatesOpen', (d) => d?.gates_open],
  ['starts', (d) => d?.starts],
  ['ends', (d) => d?.ends],
  ['registers.morning.opens', (d) => d?.registers?.morning?.opens],
  ['registers.morning.closes', (d) => d?.registers?.morning?.closes],
  ['registers.afternoon.opens', (d) => d?.registers?.afternoon?.opens],
  ['registers.afternoon.closes', (d) => d?.registers?.afternoon?.closes],
  ['lunch.ends', (d) => d?.lunch?.ends],
];

/** Every value the policy gives, as [dotted key in the export, value], worked out from the policy data alone. */
function expectedValues(loaded: LoadedPolicy): Array<[string, unknown]> {
  const p = loaded.data;
  const out: Array<[string, unknown]> = [
    ['asOf', AS_OF],
    ['document.nextReview', p.document?.next_review ?? null],
    ['document.approvedOn', p.document?.approved_on ?? null],
  ];
  for (const [field, pick] of TIME_FIELDS) out.push([`defaultDay.${field}`, timeFor(p, undefined, undefined, pick)]);
  (p.schools ?? []).forEach((s, i) => {
    out.push(
      [`schools.${i}.urn`, s.urn ?? null],
      [`schools.${i}.name`, s.name],
      [`schools.${i}.localAuthority`, s.local_authority ?? null],
    );
    for (const [field, pick] of TIME_FIELDS) out.push([`schools.${i}.day.${field}`, timeFor(p, s, undefined, pick)]);
    (s.groups ?? []).forEach((g, gi) => {
      for (const [field, pick] of TIME_FIELDS) out.push([`schools.${i}.groups.${gi}.day.${field}`, timeFor(p, s, g.id, pick)]);
    });
  });
  const t = p.thresholds ?? {};
  out.push(
    ['thresholds.targetAttendancePct', t.target_attendance_pct ?? null],
    ['thresholds.persistentAbsencePct', t.persistent_absence_pct ?? null],
    ['thresholds.severeAbsencePct', t.severe_absence_pct ?? null],
  );
  (t.concern_levels ?? []).forEach((c, i) =>
    out.push([`thresholds.concernLevels.${i}.belowPct`, c.below_pct], [`thresholds.concernLevels.${i}.label`, c.label]),
  );
  (p.escalation?.stages ?? []).forEach((s, i) => {
    out.push([`escalation.stages.${i}.id`, s.id]);
    (s.triggers ?? []).forEach((tr, ti) => {
      const k = `escalation.stages.${i}.triggers.${ti}`;
      out.push(
        [`${k}.metric`, tr.metric],
        [`${k}.comparison`, tr.comparison],
        [`${k}.value`, tr.value],
        tr.window ? [`${k}.window.type`, tr.window.type] : [`${k}.window`, null],
      );
    });
  });
  const l = p.leave_of_absence ?? {};
  out.push(
    l.notice ? ['leaveOfAbsence.notice.amount', l.notice.amount] : ['leaveOfAbsence.notice', null],
    ['leaveOfAbsence.decidedBy', l.decided_by ?? null],
    ['leaveOfAbsence.holidaysAuthorised', l.holidays_authorised ?? null],
  );
  const pn = p.legal_measures?.penalty_notices ?? {};
  out.push(
    ['penaltyNotices.first.discounted', pn.first?.discounted ?? null],
    ['penaltyNotices.first.full', pn.first?.full ?? null],
    ['penaltyNotices.threshold.sessions', pn.threshold?.sessions ?? null],
    ['penaltyNotices.used', pn.used ?? null],
  );
  (p.codes_in_use ?? []).forEach((c, i) =>
    out.push([`codes.${i}.code`, c.code], [`codes.${i}.category`, codeTable.codes[c.code]?.category ?? null]),
  );
  return out;
}

function at(data: Json, dotted: string): unknown {
  return dotted.split('.').reduce<any>((v, k) => (v === null || v === undefined ? undefined : v[k]), data);
}

/** CSV has no types: a value reads back as its text, and null as an empty value. */
const asCsv = (v: unknown) => (v === null ? '' : String(v));

describe("reading the export back gives the policy's values", () => {
  for (const file of exampleFiles()) {
    const name = path.relative(ROOT, file);
    it(`${name}: JSON, YAML and CSV`, () => {
      const loaded = load(file);
      const data = exportRules(loaded, { asOf: AS_OF });
      const json = JSON.parse(exportToJson(data)) as Json;
      const yaml = parseYaml(exportToYaml(data), { version: '1.2' }) as Json;
      const rows = parseCsv(exportToCsv(data), { columns: true }) as Array<{ key: string; value: string }>;
      const csv = new Map(rows.map((r) => [r.key, r.value]));
      const expected = expectedValues(loaded);
      expect(expected.length).toBeGreaterThan(20);
      for (const [key, value] of expected) {
        expect(at(json, key), `JSON ${key}`).toEqual(value);
        expect(at(yaml, key), `YAML ${key}`).toEqual(value);
        expect(csv.get(key), `CSV ${key}`).toBe(asCsv(value));
      }
      expect(yaml).toEqual(json);
    });
  }

  it('the national penalty notice values are the ones in force on the date asked for', () => {
    const loaded = load(path.join(ROOT, 'test/fixtures/corpus/bishop-perrin.yaml'));
    const now = exportRules(loaded, { asOf: '2026-11-26' }).penaltyNotices;
    const before = exportRules(loaded, { asOf: '2024-06-01' }).penaltyNotices;
    expect(now.national.first).toEqual({ discounted: 80, discountDays: 21, full: 160, fullDays: 28 });
    expect(before.national.first.discounted).toBe(60);
    expect(before.national.threshold.sessions).toBeNull();
    // The policy's own (stale) amounts are exported as written.
    expect(now.first.discounted).toBe(loaded.data.legal_measures?.penalty_notices?.first?.discounted);
  });
});
