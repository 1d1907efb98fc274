/**
 * Wording a parent or governor should not see, found in text read back from a document: a word
 * written twice, "a" before a vowel sound, a time or date not written the English way, "1 times".
 * Each fault comes with the words around it, so a failing test shows where it is.
 */
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

const CHECKS: Array<[string, RegExp]> = [
  // "a attendance", "a hour"; "a one-off", "a uniform", "a European", "a U code" start with a "y" or "w" sound.
  ['"a" before a vowel sound', /\ba (?!one\b|once\b|uni|use|usu|eu|ewe|u\b|uk\b|url)(?:[aeiou]|hour|honest)\w*/gi],
  ['"an" before a consonant sound', /\ban (?!hour|honest)[b-df-hj-np-tv-z]\w*/g],
  // England writes "8:40am" (this project's style) and "12 noon": never a 24-hour "08:40" beside it, nor "8.40am".
  ['a 24-hour time', /\b[0-2]\d:[0-5]\d\b(?!\s?[ap]m)/g],
  ['a time written with a dot', /\b\d{1,2}\.\d{2}\s?[ap]m\b/gi],
  // "5 December 2026", never "December 5, 2026", "5th December" or "2026-12-05".
  ['a date in American order', new RegExp(`\\b${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b`, 'g')],
  ['an ordinal date', new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th) (?:of )?${MONTH}\\b`, 'g')],
  ['a date as data', /\b\d{4}-\d{2}-\d{2}\b/g],
  ['"1 times", "1 weeks"', /\b1 (?:times|weeks|days|sessions|months|years)\b/g],
  // A setting named by the key it is called by, before its value: "Laws, guidance and policies cited: title: …".
  ['a data key before a value', /: (?:title|name|code|label|id|type):/g],
];

/** "the the", "and and", within one line of the text (a list item or table cell may end with the word the next begins with). */
const TWICE = /\b([a-z]+) \1\b/g;

/** The faults in a text read back as it is laid out (pdftotext's lines, or one line per block of HTML). */
export function wordingFaults(laidOut: string): string[] {
  const text = laidOut.replace(/\s+/g, ' ');
  const faults: string[] = [];
  const found = (what: string, where: string, m: RegExpMatchArray) => {
    const at = m.index ?? 0;
    faults.push(`${what}: “…${where.slice(Math.max(0, at - 30), at + m[0].length + 30)}…”`);
  };
  for (const [what, re] of CHECKS) for (const m of text.matchAll(re)) found(what, text, m);
  for (const line of laidOut.split('\n')) for (const m of line.matchAll(TWICE)) found('a word written twice', line, m);
  return faults;
}
