import { describe, expect, it } from 'vitest';
import { starterPolicy } from '../../src/init/starter.js';
import { lawText } from '../../src/law/law-text.js';
import path from 'node:path';
import { ruleTitle } from '../../src/lint/rule-title.js';
import { policyReport } from '../../src/report/build-report.js';
import { runCli, tempProject } from '../helpers.js';
import { allRules } from '../../src/lint/registry.js';

describe('legal values in text come from the law data at the date in use', () => {
  it('fills a value, a bare number and the value it replaced, as in force on the date', () => {
    expect(lawText('{penalty_notice.first.discounted} within {penalty_notice.first.discount_days}', '2026-11-30')).toBe(
      '£80 within 21 days',
    );
    expect(lawText('{penalty_notice.first.discounted}', '2024-01-01')).toBe('£60');
    expect(lawText('{penalty_notice.threshold.sessions|number} sessions', '2026-11-30')).toBe('10 sessions');
    expect(lawText('at least {registers.retention_years} (was {registers.retention_years|was})', '2026-11-30')).toBe(
      'at least 6 years (was 3 years)',
    );
  });

  it('refuses a key the law data does not have', () => {
    expect(() => lawText('{penalty_notice.first.discountd}')).toThrow(/Unknown legal parameter "penalty_notice.first.discountd"/);
  });

  it('rule titles state the values in force, with no placeholder left', () => {
    const titles = new Map(allRules().map((r) => [r.meta.id, ruleTitle(r.meta, '2026-11-30')]));
    for (const [id, title] of titles) expect(title, id).not.toMatch(/[{}]/);
    expect(titles.get('pn-amounts-first-notice')).toBe('First penalty notice: £80 if paid within 21 days, £160 within 28 days');
    expect(titles.get('def-persistent-absence')).toBe('Persistent absence means missing 10% or more of sessions');
    expect(titles.get('register-retention-6-years')).toBe('Every register entry kept for at least 6 years (was 3 years)');
    expect(titles.get('pn-support-first-and-notice-to-improve')).toMatch(/a Notice to Improve with a 3 to 6 week improvement period/);
    expect(titles.get('law-parent-duty-s7-s444')).toMatch(/s444\(1\) up to £1,000; s444\(1A\) up to £2,500 and\/or 3 months$/);
  });

  it('rule titles state the values in force on the date in use (--as-of), not today’s', () => {
    const before = new Map(allRules().map((r) => [r.meta.id, ruleTitle(r.meta, '2024-06-01')]));
    expect(before.get('pn-amounts-first-notice')).toBe('First penalty notice: £60 if paid within 21 days, £120 within 28 days');
    // A limit that did not exist yet is stated as it is from when the rule applies, never "not in force".
    expect(before.get('pn-second-notice-and-limit')).toMatch(/^Second penalty notice: £160 with no discount; at most 2 per parent/);
    expect(before.get('register-retention-6-years')).toBe('Every register entry kept for at least 6 years (was 3 years)');
    for (const [id, title] of before) expect(title, id).not.toMatch(/[{}]|not in force|undefined/);
  });

  it('explain, lint --list-rules, SARIF and the report show titles at --as-of', async () => {
    const old = 'First penalty notice: £60 if paid within 21 days, £120 within 28 days';
    expect((await runCli('explain', 'pn-amounts-first-notice', '--as-of', '2024-06-01')).out).toMatch(
      new RegExp(`^pn-amounts-first-notice: ${old}`),
    );
    expect((await runCli('explain', 'pn-amounts-first-notice')).out).toMatch(/^pn-amounts-first-notice: First penalty notice: £80 /);
    expect((await runCli('lint', '--list-rules', '--as-of', '2024-06-01')).out).toMatch(
      new RegExp(`^pn-amounts-first-notice +error +${old}$`, 'm'),
    );
    const dir = tempProject({ 'p.yaml': 'schools: [{ id: s, name: S }]\n' });
    const sarif = JSON.parse((await runCli('lint', '--format', 'sarif', '--as-of', '2024-06-01', path.join(dir, 'p.yaml'))).out) as {
      runs: Array<{ tool: { driver: { rules: Array<{ id: string; shortDescription: { text: string } }> } } }>;
    };
    const described = sarif.runs[0]!.tool.driver.rules.find((r) => r.id === 'pn-amounts-first-notice');
    expect(described!.shortDescription.text).toBe(old);
    const report = policyReport(path.join(dir, 'p.yaml'), '2024-06-01').policies[0]!;
    expect(report.rules.find((r) => r.id === 'pn-amounts-first-notice')!.title).toBe(old);
  });

  it('the starter policy takes the code N limit from the law data', () => {
    expect(starterPolicy({ schemaPath: 's.json', today: '2026-11-30' })).toMatch(/^ {2}code_n_resolved_within_school_days: 5$/m);
  });
});
