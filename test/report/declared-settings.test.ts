import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredSettingsIn, matchesSetting } from '../../src/lint/rule-settings.js';
import { loadPolicy } from '../../src/load/load-policy.js';
import { evidenceFor, publishedSentences } from '../../src/report/evidence.js';
import { tempProject } from '../helpers.js';

describe('setting patterns', () => {
  it('* is one key or list item, ** any number of them (none included)', () => {
    expect(matchesSetting('/schools/*/school_day/starts', '/schools/1/school_day/starts')).toBe(true);
    expect(matchesSetting('/schools/*/school_day/starts', '/schools/1/groups/0/school_day/starts')).toBe(false);
    expect(matchesSetting('/**/school_day/**', '/school_day/starts')).toBe(true);
    expect(matchesSetting('/**/school_day/**', '/schools/1/groups/0/school_day/registers/morning/closes')).toBe(true);
    expect(matchesSetting('/**/school_day/**', '/registers/retention_years')).toBe(false);
    expect(matchesSetting('/registers/retention_years', '/registers/retention_years/0')).toBe(false);
  });

  it('names values that are there, in the order the patterns are listed, a list of words as one value, never an identity', () => {
    const data = {
      schools: [{ id: 's', name: 'S', phase: ['primary'], school_day: { starts: '08:45' } }],
      school_day: { starts: '08:50', ends: '15:15' },
      leave_of_absence: { grounds: ['interview', 'study_leave'], holidays_authorised: false },
      registers: { retention_years: null, amendments_record: [] },
    };
    expect(declaredSettingsIn(data, ['/leave_of_absence/grounds', '/**/school_day/starts', '/registers/*', '/schools/*/*'])).toEqual([
      '/leave_of_absence/grounds',
      '/schools/0/school_day/starts',
      '/school_day/starts',
    ]);
  });
});

describe('the evidence for a rule met comes from the settings it declares, without running it', () => {
  const policy = tempProject({
    'p.yaml': [
      'schools: [{ id: s, name: S }]',
      'school_day: { registers: { morning: { opens: "08:45", closes: "09:00" } } }',
      'registers: { retention_years: 6 }',
      'sections:',
      '  - id: registers',
      '    title: Registers',
      '    body: The morning register closes at {{school_day.registers.morning.closes}} every day.',
      '',
    ].join('\n'),
  });
  const loaded = loadPolicy(path.join(policy, 'p.yaml'));
  const published = publishedSentences(loaded);

  it('quotes the value at a declared pattern, with the sentence that explains it', () => {
    const e = evidenceFor({ where: 'both', settings: ['/**/school_day/registers/morning/closes'] }, loaded, published, 'Registers close');
    expect(e.items).toEqual([
      expect.objectContaining({
        field: 'Morning register: closes',
        value: '9:00am',
        sentence: 'The morning register closes at 9:00am every day.',
      }),
    ]);
    expect(e).toMatchObject({ dataOnly: false, textOnly: false });
  });

  it('a declared setting the text does not explain is in the data only', () => {
    const e = evidenceFor({ where: 'data', settings: ['/registers/retention_years'] }, loaded, published, 'Registers kept for 6 years');
    expect(e).toEqual({
      items: [{ field: 'Attendance registers: kept for (years)', value: '6', sentence: null }],
      dataOnly: true,
      textOnly: false,
    });
  });

  it('a rule whose settings are not in the policy is evidenced by the text when it reads the text, by nothing when it does not', () => {
    expect(evidenceFor({ where: 'both', settings: ['/deletions/backdated'] }, loaded, published)).toEqual({
      items: [],
      dataOnly: false,
      textOnly: true,
    });
    expect(evidenceFor({ where: 'data', settings: ['/deletions/backdated'] }, loaded, published).textOnly).toBe(false);
    expect(evidenceFor({ where: 'prose', settings: [] }, loaded, published).textOnly).toBe(true);
  });
});
