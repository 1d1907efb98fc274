import { describe, expect, it } from 'vitest';
import { TextCache } from '../../src/text/text-cache.js';

describe('TextCache', () => {
  it('makes a value once while it is remembered', () => {
    const cache = new TextCache<string, number>(10);
    let made = 0;
    const make = (t: string) => (made++, t.length);
    expect(cache.remember('abc', make)).toBe(3);
    expect(cache.remember('abc', make)).toBe(3);
    expect(made).toBe(1);
  });

  it('forgets texts not used for two generations', () => {
    const cache = new TextCache<string, number>(3);
    for (let i = 0; i < 7; i++) cache.set(`t${i}`, i);
    expect(cache.get('t0')).toBeUndefined();
    expect(cache.get('t6')).toBe(6);
  });

  it('keeps a text that keeps coming back, however many others pass through', () => {
    const cache = new TextCache<string, number>(3);
    cache.set('base', 0);
    for (let i = 0; i < 50; i++) {
      cache.remember(`school-${i}`, () => i);
      expect(cache.get('base')).toBe(0);
    }
  });
});
