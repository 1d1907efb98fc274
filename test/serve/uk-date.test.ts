import { describe, expect, it } from 'vitest';
import { readUkDate, showUkDate } from '../../web/src/form/uk-date.js';

// The app's date fields read and show dates as people in England write them, whatever the browser's language.
describe('dates in the app', () => {
  it.each([
    ['22 September 2026', '2026-09-22'],
    ['22 sept 2026', '2026-09-22'],
    ['22 Sep, 2026', '2026-09-22'],
    ['22nd September 2026', '2026-09-22'],
    ['Tuesday 22 September 2026', '2026-09-22'],
    ['22/09/2026', '2026-09-22'],
    ['2/9/2026', '2026-09-02'],
    ['2/9/26', '2026-09-02'],
    ['22.09.2026', '2026-09-22'],
    [' 1/1/2027 ', '2027-01-01'],
    ['2026-09-22', '2026-09-22'],
  ])('reads %j as %s', (text, iso) => {
    expect(readUkDate(text)).toBe(iso);
  });

  it.each(['31/02/2026', '09/22/2026', '22/09/0026', '22 September', '2026', 'next Tuesday', ''])('does not guess at %j', (text) => {
    expect(readUkDate(text)).toBeUndefined();
  });

  it('shows a date as day, month and year in words, and anything else as it is', () => {
    expect(showUkDate('2026-09-22')).toBe('22 September 2026');
    expect(showUkDate('2027-01-01')).toBe('1 January 2027');
    expect(showUkDate('2026-02-30')).toBe('2026-02-30');
    expect(showUkDate('July 2026')).toBe('July 2026');
  });
});
