import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { collectPolicyFiles } from '../../src/core/files.js';
import { loadPolicy } from '../../src/load/load-policy.js';
import { ROOT, runCli, tempProject } from '../helpers.js';

const POLICIES = path.join(ROOT, 'policies');
const OAKFIELD = path.join(POLICIES, 'schools/oakfield-primary.yaml');
const BASE = path.join(POLICIES, 'trust-base.yaml');

interface Row {
  setting: string;
  school_id: string;
  value: string;
  trust_base_value: string;
  differs_from_base: string;
  differs_from_majority: string;
  set_in: string;
}

async function compareCsv(dir: string): Promise<Row[]> {
  const run = await runCli('compare', '--format', 'csv', dir);
  expect(run.code, run.err).toBe(0);
  return parseCsv(run.out, { columns: true }) as Row[];
}

/** Every school column the folder has: each school of each document that covers schools. */
function schoolColumns(): Array<{ id: string; data: ReturnType<typeof loadPolicy>['data'] }> {
  return collectPolicyFiles([POLICIES]).flatMap((f) => {
    const data = loadPolicy(f).data;
    return (data.schools ?? []).map((s) => ({ id: s.id, data }));
  });
}

const lines = (file: string) => readFileSync(file, 'utf8').split('\n');

describe('compare on the bundled trust', () => {
  const oakfield = loadPolicy(OAKFIELD);
  const base = loadPolicy(BASE);
  const oakId = oakfield.data.schools![0]!.id;
  const oakNotice = oakfield.data.leave_of_absence!.notice!;
  const baseNotice = base.data.leave_of_absence!.notice!;
  const oakStage1 = oakfield.data.escalation!.stages![0]!;
  const baseStage1 = base.data.escalation!.stages!.find((s) => s.id === oakStage1.id)!;

  it('the example has the deliberate variations this test is about', () => {
    expect(oakNotice.amount).not.toBe(baseNotice.amount);
    expect(oakStage1.triggers![0]!.value).not.toBe(baseStage1.triggers![0]!.value);
  });

  it("marks Oakfield's leave notice period as differing from the trust base, set in its own file", async () => {
    const rows = await compareCsv(POLICIES);
    const row = rows.find((r) => r.setting === 'Notice needed for a leave request' && r.school_id === oakId)!;
    expect(row.value).toContain(String(oakNotice.amount));
    expect(row.trust_base_value).toContain(String(baseNotice.amount));
    expect(row.differs_from_base).toBe('true');
    const [file, line] = row.set_in.split(':');
    expect(path.resolve(ROOT, file!)).toBe(OAKFIELD);
    expect(lines(OAKFIELD)[Number(line) - 1]).toMatch(new RegExp(`notice:.*amount: ${oakNotice.amount}`));
    // Most schools keep the trust's period, so Oakfield is also the odd one out.
    const amounts = schoolColumns().map((c) => c.data.leave_of_absence?.notice?.amount);
    const same = amounts.filter((a) => a === baseNotice.amount).length;
    expect(row.differs_from_majority).toBe(String(same * 2 > amounts.length));
  });

  it("marks Oakfield's stage 1 trigger, and not the schools that kept the trust's", async () => {
    const rows = await compareCsv(POLICIES);
    const stage = rows.filter((r) => r.setting.startsWith(baseStage1.name));
    const oak = stage.find((r) => r.school_id === oakId)!;
    const value = oakStage1.triggers![0]!.value;
    expect(oak.value).toContain(`${value}%`);
    expect(oak.differs_from_base).toBe('true');
    const [file, line] = oak.set_in.split(':');
    expect(path.resolve(ROOT, file!)).toBe(OAKFIELD);
    expect(
      lines(OAKFIELD)
        .slice(Number(line) - 1, Number(line) + 5)
        .join('\n'),
    ).toContain(`value: ${value}`);
    for (const col of schoolColumns().filter((c) => c.id !== oakId)) {
      const own = col.data.escalation?.stages?.find((s) => s.id === baseStage1.id)?.triggers?.[0]?.value;
      const r = stage.find((x) => x.school_id === col.id)!;
      expect(r.differs_from_base, col.id).toBe(String(own !== baseStage1.triggers![0]!.value));
    }
  });

  it('gives one column per school, a federation one per school it covers', async () => {
    const rows = await compareCsv(POLICIES);
    expect(new Set(rows.map((r) => r.school_id))).toEqual(new Set(schoolColumns().map((c) => c.id)));
  });

  it('puts the odd ones out first', async () => {
    const rows = await compareCsv(POLICIES);
    const order: string[] = [];
    const odd = new Map<string, number>();
    for (const r of rows) {
      if (!order.includes(r.setting)) order.push(r.setting);
      odd.set(r.setting, (odd.get(r.setting) ?? 0) + (r.differs_from_majority === 'true' ? 1 : 0));
    }
    const counts = order.map((s) => odd.get(s)!);
    expect(counts[0]).toBeGreaterThan(0);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it('prints a Markdown table by default', async () => {
    const run = await runCli('compare', POLICIES);
    expect(run.code).toBe(0);
    const row = run.out.split('\n').find((l) => l.startsWith('| Leave of absence: Notice needed'))!;
    expect(row).toMatch(new RegExp(`\\*\\*${oakNotice.amount} school weeks\\*\\* \\(≠ base`));
    expect(row).toContain('oakfield-primary.yaml:');
    const header = run.out.split('\n').find((l) => l.startsWith('| Setting'))!;
    expect(header).toContain('Trust base');
  });

  it('writes HTML that escapes what the files say and loads nothing', async () => {
    const dir = tempProject({
      'base.yaml': 'leave_of_absence: { notice: { amount: 2, unit: school_weeks } }\n',
      'a.yaml': 'extends: base.yaml\nschools: [{ id: a, name: "<img src=x onerror=alert(1)>" }]\n',
      'b.yaml': 'extends: base.yaml\nschools: [{ id: b, name: B }]\nleave_of_absence: { notice: { amount: 3, unit: school_weeks } }\n',
    });
    const out = path.join(dir, 'out/compare.html');
    const run = await runCli('compare', '--format', 'html', '--out', out, dir);
    expect(run.code, run.err).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toContain('Content-Security-Policy');
    expect(html).toMatch(/class="differs"[^>]*>3 school weeks/);
  });

  it('leaves out a file that is not valid, says so, and still compares the rest', async () => {
    const dir = tempProject({
      'base.yaml': 'leave_of_absence: { notice: { amount: 2, unit: school_weeks } }\n',
      'a.yaml': 'extends: base.yaml\nschools: [{ id: a, name: A }]\n',
      'broken.yaml': 'extends: base.yaml\nschools: [{ id: b, name: B, school_day: { starts: 8.45 } }]\n',
    });
    const run = await runCli('compare', dir);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/broken\.yaml cannot be used until it is valid/);
    expect(run.out).toMatch(/\| Setting \| Trust base \| A \|/);
  });

  it('says plainly when it cannot compare', async () => {
    expect((await runCli('compare', OAKFIELD)).err).toMatch(/needs a trust folder/);
    expect((await runCli('compare', '--format', 'pdf', POLICIES)).err).toMatch(/Unknown format "pdf"/);
    const empty = tempProject({ 'base.yaml': 'document: { title: Base }\n' });
    expect((await runCli('compare', empty)).err).toMatch(/nothing to compare/);
  });
});
