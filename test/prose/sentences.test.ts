import { describe, expect, it } from 'vitest';
import { sentenceAt, sentences } from '../../src/prose/blocks.js';

describe('sentences', () => {
  it('does not split inside times, amounts or abbreviations', () => {
    const text = 'Parents should call by 9.00am on each day. Fines are £60.50 e.g. for holidays. Registers close at 9:15! Late?';
    expect(sentences(text).map((s) => s.text)).toEqual([
      'Parents should call by 9.00am on each day.',
      'Fines are £60.50 e.g. for holidays.',
      'Registers close at 9:15!',
      'Late?',
    ]);
    expect(sentences(text)[1]!.offset).toBe(text.indexOf('Fines'));
  });
  it('quotes the sentence around an offset', () => {
    const text = 'First one. The register closes at 9.30am each day. Last one.';
    expect(sentenceAt(text, text.indexOf('9.30'))).toBe('The register closes at 9.30am each day.');
  });
});
