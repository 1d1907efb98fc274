import { describe, expect, it } from 'vitest';
import { groupedNumber } from '../../src/text/numbers.js';

// Intl's en-GB formatting is the reference: groupedNumber exists only to avoid loading locale data at start-up.
const reference = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 2 });

describe('groupedNumber', () => {
  it('writes numbers as en-GB does, with thousands grouped and at most two decimals', () => {
    const values = [
      0, 1, 12, 60, 80, 100, 999, 1000, 2500, 12345, 20000, 999999, 1000000, 123456789, 0.5, 12.5, 2.25, 1234.5, 7.125, 0.001, -5, -1234.56,
    ];
    for (const n of values) expect(groupedNumber(n), String(n)).toBe(reference(n));
  });

  it('keeps trailing zeros up to the minimum asked for, as money is written', () => {
    const money = (n: number) => n.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    for (const n of [2.5, 12.05, 1234.5, 0.1, 99999.99]) expect(groupedNumber(n, 2, 2)).toBe(money(n));
  });

  it('agrees with Intl on every seventh whole number up to 100,000 and on a spread of fractions', () => {
    for (let n = 0; n <= 100_000; n += 7) expect(groupedNumber(n)).toBe(reference(n));
    for (let n = 0; n <= 50; n += 0.25) expect(groupedNumber(n)).toBe(reference(n));
  });
});
