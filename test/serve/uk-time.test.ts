import { describe, expect, it } from 'vitest';
import { readUkTime, TIME_HELP } from '../../web/src/form/uk-time.js';

// The app's time fields read times as people in England write them, whatever the browser's language, and keep "HH:MM".
describe('times in the app', () => {
  it.each([
    ['08:40', '08:40'],
    ['8:40', '08:40'],
    ['8.40', '08:40'],
    [' 8:40 ', '08:40'],
    ['8:40am', '08:40'],
    ['8:40 am', '08:40'],
    ['8.40a.m.', '08:40'],
    ['8am', '08:00'],
    ['1:30pm', '13:30'],
    ['1.30 PM', '13:30'],
    ['13:30', '13:30'],
    ['13.30', '13:30'],
    ['12:00', '12:00'],
    ['12:15pm', '12:15'],
    ['12:30am', '00:30'],
    ['noon', '12:00'],
    ['12 noon', '12:00'],
    ['midday', '12:00'],
    ['00:15', '00:15'],
    ['23:59', '23:59'],
    ['quarter past eight', '08:15'],
  ])('reads %j as %s', (text, hhmm) => {
    expect(readUkTime(text)).toBe(hhmm);
  });

  // A school-day time without am or pm from 1 to 6 o'clock is the afternoon, as school documents mean it (the box then shows 13:30).
  it('reads 1:30 and 3.15 without am or pm as afternoon times of the school day', () => {
    expect(readUkTime('1:30')).toBe('13:30');
    expect(readUkTime('3.15')).toBe('15:15');
  });

  it.each(['25:00', '24:00', '8:75', '13am', 'noon-ish', '9:00 to 9:30', '8', '840', 'half eight-ish', '8:4', '1:30p', ''])(
    'does not guess at %j',
    (text) => {
      expect(readUkTime(text)).toBeUndefined();
    },
  );

  it('says how to write a time, in the 24-hour form the file keeps', () => {
    expect(TIME_HELP).toBe('Write the time on the 24-hour clock, for example 08:40 or 13:30 (8:40am and 1:30pm are read too).');
  });
});
