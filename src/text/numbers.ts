/** Counts and percentages as policies write them: "10", "ten", "twenty", "97%", "97.5 per cent". */

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
};

/** A count in digits or words, as a capturing group for use inside a regex. */
export const COUNT = `(\\d{1,3}|${Object.keys(WORDS).join('|')})`;

/** The number a count group captured ("ten" → 10, "12" → 12). */
export function countOf(s: string): number {
  return WORDS[s.toLowerCase()] ?? Number(s);
}

export interface Percent {
  index: number;
  length: number;
  value: number;
}

/** Percentages: "96%", "97.5 %", "90 per cent", "ninety percent" is left out (numbers in words are rare here). */
export function percentages(text: string): Percent[] {
  const out: Percent[] = [];
  for (const m of text.matchAll(/(?<![\d.])(\d{1,3}(?:\.\d{1,2})?)\s?(?:%|per\s?cent\b)/gi)) {
    const value = Number(m[1]);
    if (value <= 100) out.push({ index: m.index!, length: m[0].length, value });
  }
  return out;
}
