import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addDaysIso,
  addMonthsIso,
  isIsoDate,
  longDate,
  monthsBetween,
  nextReviewDate,
  schoolWeeksBetween,
  shortDate,
  weekStartIso,
} from '../../src/core/dates.js';
import { periodEnd, schoolDaysEnd } from '../../src/core/school-weeks.js';
import { parseDate } from '../../src/letters/dates.js';
import { formatDate } from '../../src/render/format.js';
import { starterPolicy } from '../../src/init/starter.js';
import { checkPolicyFile } from '../../src/validate/index.js';
import { tempProject } from '../helpers.js';

// Every day of four years, 2024 (a leap year) to 2027, built without the code under test.
const DAYS_IN_MONTH = (y: number, m: number) =>
  [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
const pad = (n: number) => String(n).padStart(2, '0');
const EVERY_DAY: Array<{ iso: string; y: number; m: number; d: number; weekday: number }> = [];
{
  let weekday = 1; // 1 January 2024 was a Monday (1 = Monday … 7 = Sunday)
  for (let y = 2024; y <= 2027; y++)
    for (let m = 1; m <= 12; m++)
      for (let d = 1; d <= DAYS_IN_MONTH(y, m); d++) {
        EVERY_DAY.push({ iso: `${y}-${pad(m)}-${pad(d)}`, y, m, d, weekday });
        weekday = (weekday % 7) + 1;
      }
}

describe('dates, over every day of four years', () => {
  it('there are 1,461 days', () => expect(EVERY_DAY).toHaveLength(1461));

  it('add N months keeps the day, or takes the last day of a shorter month', () => {
    for (const { iso, y, m, d } of EVERY_DAY) {
      for (const n of [1, 2, 3, 6, 11, 12, 18, 24, -1, -6]) {
        const total = y * 12 + (m - 1) + n;
        const ty = Math.floor(total / 12);
        const tm = (total % 12) + 1;
        const expected = `${ty}-${pad(tm)}-${pad(Math.min(d, DAYS_IN_MONTH(ty, tm)))}`;
        expect(addMonthsIso(iso, n), `${iso} + ${n} months`).toBe(expected);
        expect(isIsoDate(expected)).toBe(true);
      }
    }
  });

  it('the next review is a real date a year later (29 February gives 28 February)', () => {
    for (const { iso, y, m, d } of EVERY_DAY) {
      expect(nextReviewDate(iso)).toBe(`${y + 1}-${pad(m)}-${pad(Math.min(d, DAYS_IN_MONTH(y + 1, m)))}`);
      expect(monthsBetween(iso, nextReviewDate(iso)).months).toBe(12);
    }
  });

  it('a seven-day span is one school week when it starts on a Monday or at a weekend, else two', () => {
    for (const { iso, weekday } of EVERY_DAY) {
      expect(schoolWeeksBetween(iso, addDaysIso(iso, 6)), iso).toBe(weekday === 1 || weekday >= 6 ? 1 : 2);
      expect(schoolWeeksBetween(iso, iso)).toBe(weekday <= 5 ? 1 : 0);
      expect(weekStartIso(iso)).toBe(addDaysIso(iso, 1 - weekday));
    }
  });

  it('school days and school-week periods (letters) skip weekends and holidays, every day of four years', () => {
    // Terms with a one-week holiday every seventh week, built from the day list, not from the code.
    const weekdays = EVERY_DAY.filter((x) => x.weekday <= 5);
    const holiday = (i: number) => Math.floor(i / 5) % 7 === 6; // weekday number i falls in a holiday week
    const schoolDays = weekdays.filter((_, i) => !holiday(i)).map((x) => x.iso);
    const terms: Array<{ starts: string; ends: string }> = [];
    weekdays.forEach((x, i) => {
      if (holiday(i)) return;
      const last = terms.at(-1);
      if (last && !holiday(i - 1) && i > 0) last.ends = x.iso;
      else terms.push({ starts: x.iso, ends: x.iso });
    });
    const lastSchoolDay = schoolDays.at(-1)!;
    for (const { iso } of EVERY_DAY) {
      // The school days after `iso`, as counted from the list.
      const after = schoolDays.filter((d) => d > iso);
      for (const n of [1, 5, 10]) {
        expect(schoolDaysEnd(iso, n, terms), `${iso} + ${n} school days`).toBe(after[n - 1]);
      }
      const end = periodEnd(iso, 2, terms);
      expect(end, `${iso} + 2 school weeks`).toEqual(
        after[9] ? { ends: after[9], schoolWeeks: true } : expect.objectContaining({ schoolWeeks: false }),
      );
      // Without term dates a period is counted in calendar weeks.
      expect(periodEnd(iso, 2, undefined)).toEqual({ ends: addDaysIso(iso, 14), schoolWeeks: false });
    }
    expect(schoolDaysEnd(lastSchoolDay, 1, terms)).toBeUndefined();
  });

  it('dates are written for readers as "5 December 2024" and "5 Dec 2024"', () => {
    const MONTHS = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    for (const { iso, y, m, d } of EVERY_DAY) {
      expect(formatDate(iso)).toBe(`${d} ${MONTHS[m - 1]} ${y}`);
      expect(longDate(iso)).toBe(`${d} ${MONTHS[m - 1]} ${y}`);
      expect(shortDate(iso)).toBe(`${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`);
    }
    expect(formatDate('2025-02-29')).toBe('2025-02-29');
  });

  it('a date is real only when the day exists in that month, written YYYY-MM-DD or (pupil files) day first', () => {
    for (const { iso, y, m, d } of EVERY_DAY) {
      expect(isIsoDate(iso)).toBe(true);
      expect(parseDate(iso)).toBe(iso);
      expect(parseDate(`${pad(d)}/${pad(m)}/${y}`)).toBe(iso);
      expect(parseDate(`${d}.${m}.${y}`)).toBe(iso);
      if (d === DAYS_IN_MONTH(y, m)) {
        const next = `${y}-${pad(m)}-${pad(d + 1)}`;
        expect(isIsoDate(next), next).toBe(false);
        expect(parseDate(next), next).toBeUndefined();
        expect(parseDate(`${d + 1}/${pad(m)}/${y}`)).toBeUndefined();
      }
    }
    expect(parseDate('2025-13-01')).toBeUndefined();
    expect(parseDate('00/01/2025')).toBeUndefined();
  });

  it('school weeks count only weeks with a day in a term', () => {
    const terms = [
      { start: '2025-09-03', end: '2025-10-24' },
      { start: '2025-11-03', end: '2025-12-19' },
    ];
    // 3 September (Wednesday) to 19 December: 16 Monday-weeks, less the half-term week of 27 October.
    expect(schoolWeeksBetween('2025-09-03', '2025-12-19', terms)).toBe(15);
    expect(schoolWeeksBetween('2025-09-03', '2025-12-19')).toBe(16);
  });

  it('known cases', () => {
    expect(addMonthsIso('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonthsIso('2024-01-31', 1)).toBe('2024-02-29');
    expect(nextReviewDate('2028-02-29')).toBe('2029-02-28');
    expect(isIsoDate('2029-02-29')).toBe(false);
    expect(longDate('2024-08-19')).toBe('19 August 2024');
  });
});

describe('init on 29 February', () => {
  it('writes a next review date that its own validator accepts', () => {
    const text = starterPolicy({ school: 'Leap Day School', schemaPath: 'schema.json', today: '2028-02-29' });
    expect(text).toMatch(/next_review: 2029-02-28\b/);
    const dir = tempProject();
    const file = path.join(dir, 'p.yaml');
    writeFileSync(file, text);
    expect(checkPolicyFile(file).diagnostics).toEqual([]);
  });
});
