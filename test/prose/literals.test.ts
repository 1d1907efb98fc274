import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayContainMatch, requiredWords } from '../../src/prose/literals.js';

// The prefilter may only ever say "cannot match" when the pattern really cannot match.
describe('required words of a pattern (the keyword prefilter)', () => {
  it('takes words outside classes and optional parts', () => {
    expect(requiredWords(String.raw`pupil\s+registration\)?\s*(\(england\)\s*)?regulations?\s*,?\s*2006`)).toEqual([
      [['pupil'], ['registration'], ['regulation'], ['2006']],
    ]);
    expect(requiredWords(String.raw`colou?r`)).toEqual([[['colo']]]);
    expect(requiredWords(String.raw`ab{0,2}cde`)).toEqual([[['cde']]]);
    expect(requiredWords(String.raw`abc{100}def`)).toEqual([[['abc'], ['def']]]);
    expect(requiredWords(String.raw`SI\s*2024\/208|2024\s+regulations`)).toEqual([
      [['2024'], ['208']],
      [['2024'], ['regulations']],
    ]);
  });

  it('takes one word of each alternative of a required group', () => {
    expect(requiredWords(String.raw`\b(contact|speak|phone)\w*`)).toEqual([[['contact', 'speak', 'phone']]]);
    expect(requiredWords(String.raw`(?:education\s+inspection\s+framework|\bEIF\b)\s*(20\d\d)`)).toEqual([[['inspection', 'EIF']]]);
    expect(requiredWords(String.raw`\b(?<code>T)\b[^.]{0,60}(holiday|wedding|funeral)`)).toEqual([[['holiday', 'wedding', 'funeral']]]);
    expect(requiredWords(String.raw`\b(public\s+(place|space)|excluded\s+pupil)`)).toEqual([[['public', 'excluded']]]);
  });

  it('takes nothing from optional groups, lookarounds or escapes', () => {
    expect(requiredWords(String.raw`notice(?=\s+period)`)).toEqual([[['notice']]]);
    expect(requiredWords(String.raw`(?<!penalty )notice`)).toEqual([[['notice']]]);
    expect(requiredWords(String.raw`(?:fixed\s+)?penalty`)).toEqual([[['penalty']]]);
    expect(requiredWords(String.raw`(?:fixed\s+)*penalty`)).toEqual([[['penalty']]]);
    expect(requiredWords(String.raw`caf\u00e9\x41bcd`)).toEqual([[['caf'], ['bcd']]]);
    expect(requiredWords(String.raw`\p{Lu}{1}abc`)).toEqual([[['abc']]]);
  });

  it('gives no filter when some alternative needs no word', () => {
    expect(requiredWords(String.raw`\b(no|never)\b`)).toBeUndefined();
    expect(requiredWords(String.raw`penalty|\d+`)).toBeUndefined();
    expect(requiredWords(String.raw`x{1000}`)).toBeUndefined();
    expect(requiredWords(String.raw`(?:penalty)?`)).toBeUndefined();
    expect(requiredWords(String.raw`(abc|d)`)).toBeUndefined();
  });

  it('keeps case for patterns without the i flag, and gives up on i with u', () => {
    expect(mayContainMatch(/Penalty/, 'a penalty notice')).toBe(false);
    expect(mayContainMatch(/Penalty/i, 'a PENALTY notice')).toBe(true);
    expect(/stop/iu.test('ſtop')).toBe(true);
    expect(mayContainMatch(/stop/iu, 'ſtop')).toBe(true);
  });

  const patterns = [
    /pupil\s+registration\)?\s*(\(england\)\s*)?regulations?\s*,?\s*2006/gi,
    /\b2006\s+regulations\b/gi,
    /regulation\s+8\s*\(\s*1\s*\)\s*\(\s*[a-n]\s*\)/gi,
    /school\s+attendance\s+\(pupil\s+registration\)|SI\s*2024\/208|2024\s+regulations|\bin\s+a\s+change\s+from\b/i,
    /£\s?(60|120|80|160)\b(?!\s*(?:per|each))/g,
    /penalty\s+notices?\s+(?:of|at)\s+£?\d+/gi,
    /\b(?:ten|10)\s+(?:school\s+)?days?'?\s+notice/gi,
    /colou?rs?\s+codes?/i,
    /Code\s+(?<code>[A-Z])\b/g,
    /abc{2,3}de?f+g/,
  ];
  // Patterns with groups of alternatives, each tried on texts made of its own wording.
  const groupPatterns: Array<[RegExp, string[]]> = [
    [
      /\b(?:more\s+than\s+one|two|second|at\s+least\s+(?:two|2))\s+(?:sets\s+of\s+)?(?:emergency\s+)?contacts?\b/i,
      ['more than one', 'more than', 'Two', 'second', 'at least 2', 'at least two', 'sets of ', 'emergency ', 'contact', 'contacts'],
    ],
    [/\b(?<code>T)\b[^.]{0,60}(holiday|wedding|funeral)/gi, ['T', 't', 'holiday', 'Wedding', 'FUNERAL', 'code']],
    [
      /(?:education\s+inspection\s+framework|\bEIF\b)\s*\(?\s*(?:[a-z]+\s+)?(20\d\d)\b/gi,
      ['Education Inspection Framework', 'education', 'EIF', 'eif', '2024', '(new ', '20'],
    ],
    [
      /\b(public\s+(place|space)|excluded\s+pupil)(?!\s+notice)/i,
      ['public', 'Public place', 'space', 'excluded pupil', 'excluded', 'notice'],
    ],
    [/(?<=\bten\s)(?:school\s+)?(days?)\b/i, ['ten', 'Ten', 'school', 'day', 'days', 'often']],
  ];
  const fragment = fc.constantFrom(
    'Pupil Registration Regulations 2006',
    'pupil registration) (England) regulation 2006',
    '2006 Regulations',
    'regulation 8 (1)(b)',
    'SI 2024/208',
    'penalty notices at £120',
    '10 school days notice',
    'colour code',
    'Code X ',
    'pupil',
    'Registration',
    'REGULATIONS',
    'regulation',
    '2006',
    '2024',
    '208',
    'SI',
    'school',
    'attendance',
    '(England)',
    '(pupil registration)',
    'in a change from',
    '£60',
    '£ 120',
    'penalty notice of £80',
    'ten',
    '10',
    'days',
    "days'",
    'notice',
    'colour',
    'color',
    'codes',
    'Code',
    'T',
    'abccdef',
    'abcccdeffg',
    'g',
    ' ',
    '  ',
    '\n',
    ',',
    '.',
    '(',
    ')',
    '8',
    '1',
    'a',
    'per',
    'each',
  );
  const text = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(''));
  const wordsOf = (words: string[]) =>
    fc.array(fc.constantFrom(...words, ' ', ' ', '  ', '\n', '.', ','), { maxLength: 14 }).map((parts) => parts.join(''));

  it.each([
    ...patterns.map((re) => [re.source, re, text] as const),
    ...groupPatterns.map(([re, words]) => [re.source, re, wordsOf(words)] as const),
  ])('never rules out a text that /%s/ matches', (_s, re, texts) => {
    let matched = 0;
    fc.assert(
      fc.property(texts, (t) => {
        re.lastIndex = 0;
        const matches = re.test(t);
        re.lastIndex = 0;
        if (matches) matched++;
        if (matches) expect(mayContainMatch(re, t)).toBe(true);
      }),
      // A fixed seed: the same texts every run, so the count below cannot fall short by chance.
      { numRuns: 2000, seed: 20261130 },
    );
    // The texts tried include matches, so the property was really tested.
    expect(matched).toBeGreaterThanOrEqual(10);
  });
});
