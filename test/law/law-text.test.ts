import { describe, expect, it } from 'vitest';
import { starterPolicy } from '../../src/init/starter.js';
import { lawText } from '../../src/law/law-text.js';
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
    const titles = new Map(allRules().map((r) => [r.meta.id, r.meta.title]));
    for (const [id, title] of titles) expect(title, id).not.toMatch(/[{}]/);
    expect(titles.get('pn-amounts-first-notice')).toBe('First penalty notice: £80 if paid within 21 days, £160 within 28 days');
    expect(titles.get('def-persistent-absence')).toBe('Persistent absence means missing 10% or more of sessions');
    expect(titles.get('register-retention-6-years')).toBe('Every register entry kept for at least 6 years (was 3 years)');
    expect(titles.get('pn-support-first-and-notice-to-improve')).toMatch(/a Notice to Improve with a 3 to 6 week improvement period/);
    expect(titles.get('law-parent-duty-s7-s444')).toMatch(/s444\(1\) up to £1,000; s444\(1A\) up to £2,500 and\/or 3 months$/);
  });

  it('the starter policy takes the code N limit from the law data', () => {
    expect(starterPolicy({ schemaPath: 's.json', today: '2026-11-30' })).toMatch(/^ {2}code_n_resolved_within_school_days: 5$/m);
  });
});
