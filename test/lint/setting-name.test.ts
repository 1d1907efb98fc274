import { describe, expect, it } from 'vitest';
import { settingChoices, settingName } from '../../src/lint/setting-name.js';

const data = {
  schools: [
    { id: 'oak', name: 'Oak Primary School', groups: [{ id: 'rec', name: 'Reception' }] },
    { id: 'elm', name: 'Elm Junior School' },
  ],
  contacts: { attendance_officers: [{ id: 'ao', name: 'Ms J. Example', role: 'Attendance officer' }, { id: 'x' }] },
  references: [{ id: 'children-missing-education', title: 'Children missing education', edition: 'August 2024' }],
  codes_in_use: [{ code: 'C2', meaning: 'Part-time timetable' }],
  absence_reporting: { methods: [{ type: 'in_person' }] },
  unexplained_absence: { follow_up: [{ day: 3, action: 'Home visit' }] },
};

describe('a setting named in words, from the schema titles', () => {
  it.each([
    ['/la_returns/new_pupil_days', 'Local authority returns: days to report a new pupil'],
    ['/legal_measures/penalty_notices/first/discount_days', 'First penalty notice: days to pay the lower amount'],
    ['/thresholds/persistent_absence_pct', 'Attendance levels: persistent absence from (%)'],
    ['/document/approved_on', 'Policy document: date approved'],
    ['/schools/0/school_day/registers/morning/closes', 'Oak Primary School: morning register: closes'],
    ['/schools/1/type', 'Elm Junior School: school type'],
    ['/schools/0/urn', 'Oak Primary School: URN'],
    ['/schools/0/groups/0/school_day/starts', 'Oak Primary School: pupil groups (Reception): school day: day starts'],
    ['/schools/0', 'Oak Primary School'],
    ['/contacts/attendance_officers/0/email', 'Attendance officers (Ms J. Example): email'],
    ['/contacts/attendance_officers/1/email', 'Attendance officers (second): email'],
    ['/references/0/edition', 'Laws, guidance and policies cited (Children missing education): edition'],
    // The setting an item is called by is not named twice: the value says which.
    ['/references/0/title', 'Laws, guidance and policies cited: title'],
    ['/codes_in_use/0/meaning', 'Attendance codes used (code C2): meaning'],
    ['/absence_reporting/methods/0/detail', 'Ways to report an absence (in person): details (number, address or app)'],
    ['/unexplained_absence/follow_up/0/action', 'Follow-up by day (day 3): what happens'],
    ['/schools/0/phase/1', 'Oak Primary School: phases'],
    ['/monitoring/dfe_daily_sharing', 'Monitoring: register data shared daily with the DfE'],
  ])('%s is “%s”', (pointer, words) => {
    expect(settingName(data, pointer)).toBe(words);
  });

  it('leaves out the school in a report about one school, but keeps "School" for its own settings', () => {
    const one = { schools: [data.schools[0]] };
    expect(settingName(one, '/schools/0/school_day/gates_open', { schoolWhenSeveral: true })).toBe('School day: gates open');
    expect(settingName(one, '/schools/0/website', { schoolWhenSeveral: true })).toBe('School: website');
    expect(settingName(data, '/schools/1/school_day/gates_open', { schoolWhenSeveral: true })).toBe(
      'Elm Junior School: school day: gates open',
    );
  });

  // In the governors' report the value follows the name: a setting an item is called by is named by the item's list alone.
  it.each([
    ['/references/0/title', 'Laws, guidance and policies cited'],
    ['/references/0/edition', 'Laws, guidance and policies cited (Children missing education): edition'],
    ['/codes_in_use/0/code', 'Attendance codes used'],
    ['/codes_in_use/0/meaning', 'Attendance codes used (code C2): meaning'],
    ['/contacts/attendance_officers/0/name', 'Attendance officers'],
    ['/contacts/attendance_officers/0/email', 'Attendance officers (Ms J. Example): email'],
    // Called by its name, so its role is a setting of its own.
    ['/contacts/attendance_officers/0/role', 'Attendance officers (Ms J. Example): job title'],
    ['/contacts/senior_attendance_champion/name', 'Senior attendance champion'],
    ['/absence_reporting/methods/0/type', 'Ways to report an absence'],
    ['/schools/1/name', 'School'],
    ['/schools/1/type', 'Elm Junior School: school type'],
    ['/schools/0/groups/0/name', 'Oak Primary School: pupil groups'],
  ])('%s, with its value after it, is “%s”', (pointer, words) => {
    expect(settingName(data, pointer, { valueFollows: true })).toBe(words);
  });

  it('a school\'s own name, with its value after it, is "School"', () => {
    const one = { schools: [data.schools[0]] };
    expect(settingName(one, '/schools/0/name', { schoolWhenSeveral: true, valueFollows: true })).toBe('School');
    expect(settingName(one, '/schools/0/contacts/senior_attendance_champion/name', { schoolWhenSeveral: true, valueFollows: true })).toBe(
      'Senior attendance champion',
    );
  });

  it('no name written before a value ends in the key its item is called by ("…: title")', () => {
    const pointers = [
      '/references/0/title',
      '/codes_in_use/0/code',
      '/contacts/attendance_officers/0/name',
      '/contacts/senior_attendance_champion/name',
      '/absence_reporting/methods/0/type',
      '/schools/0/groups/0/name',
      '/schools/1/name',
    ];
    for (const pointer of pointers) {
      const label = `${settingName(data, pointer, { valueFollows: true })}: `;
      expect(label, pointer).not.toMatch(/: (?:title|name|code|label|type|how|heading|id): $/i);
    }
  });

  it('knows which settings are choices', () => {
    expect(settingChoices('/schools/0/type')).toContain('ap_academy');
    expect(settingChoices('/leave_of_absence/grounds')).toContain('exceptional_circumstances');
    expect(settingChoices('/schools/0/name')).toBeUndefined();
  });
});
