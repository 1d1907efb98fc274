import { describe, expect, it } from 'vitest';
import { describeSuggestion } from '../../src/serve/suggestions.js';

const data = {
  schools: [{ id: 'oak', name: 'Oak Primary School' }],
  references: [
    { title: 'Working together to improve school attendance', edition: 'August 2024' },
    { title: 'School attendance: departmental advice', year: 2016 },
  ],
  thresholds: { persistent_absence_pct: 15 },
};

describe('a suggestion says what it would change in the words the report uses', () => {
  it('names a cited title by its list, with the values after it, never "…cited: title:"', () => {
    const change = describeSuggestion({ pointer: '/references/1/title', value: 'Working together to improve school attendance' }, data);
    expect(change).toBe(
      'Laws, guidance and policies cited: change “School attendance: departmental advice” to “Working together to improve school attendance”',
    );
    expect(change).not.toMatch(/: title:/);
  });

  it('names the school by "School" when its name is what would change', () => {
    const change = describeSuggestion({ pointer: '/schools/0/name', value: 'Oak Primary Academy' }, data);
    expect(change).toBe('School: change “Oak Primary School” to “Oak Primary Academy”');
  });

  it('keeps the setting named when it is not what its item is called by', () => {
    expect(describeSuggestion({ pointer: '/references/0/edition', value: 'August 2025' }, data)).toMatch(
      /^Laws, guidance and policies cited \(Working together to improve school attendance\): edition: change “August 2024” to “August 2025”$/,
    );
    expect(describeSuggestion({ pointer: '/thresholds/persistent_absence_pct', value: 10 }, data)).toBe(
      'Attendance levels: persistent absence from: change 15% to 10%',
    );
  });
});
