import { codeTable } from '../../law/codes.js';
import type { LegacyBlock } from '../prose-blocks.js';
import { factAt, type Extraction, type Fact, type Sentence } from './fact.js';

/** Codes of the national set, and the removed ones a legacy policy may still list (from the law data). */
const KNOWN = new Set([...Object.keys(codeTable().codes), ...Object.keys(codeTable().removed)]);
const LISTED = /^(?:code\s+)?['‘"“]?([A-Z]\d?|\/|\\|#)['’"”]?\s*[-–:=]\s+(\S.{2,120})$/;

/**
 * Attendance codes and what the document says they mean: "marked as late ... (L code)", code lists
 * ("G - holiday not authorised") and two-column code tables.
 */
export function extractCodes(sentences: Sentence[], blocks: LegacyBlock[]): Extraction {
  const facts: Fact[] = [];
  const seen = new Set<string>();
  const add = (s: Sentence, code: string, meaning: string | undefined, index: number, length: number) => {
    if (!KNOWN.has(code) || seen.has(code)) return;
    seen.add(code);
    const i = seen.size - 1;
    facts.push(factAt(s, `/codes_in_use/${i}/code`, code, index, length));
    if (meaning) facts.push(factAt(s, `/codes_in_use/${i}/meaning`, meaning.trim().replace(/[.;,]$/, ''), index, length));
  };
  for (const s of sentences) {
    for (const m of s.text.matchAll(/\b(?:marked|recorded|coded)\s+as\s+([^().]{3,80}?)\s*\(\s*([A-Z]\d?)\s+code\s*\)/g)) {
      add(s, m[2]!, m[1], m.index!, m[0].length);
      lateness(s, m[2]!, m[1]!, m.index!, m[0].length, facts);
    }
    // "their form tutor marks them late (L code)", "are recorded late (code L)"
    for (const m of s.text.matchAll(
      /\b(?:marks?|marked|records?|recorded|codes?|coded)\s+(?:them\s+|him\s+|her\s+|it\s+)?(?:as\s+)?([a-z][^().]{1,60}?)\s*\(\s*(?:code\s+([A-Z]\d?)|([A-Z]\d?)\s+code)\s*\)/g,
    )) {
      const code = m[2] ?? m[3]!;
      add(s, code, m[1], m.index!, m[0].length);
      lateness(s, code, m[1]!, m.index!, m[0].length, facts);
    }
    if (s.block.kind === 'listItem' && s.offset === 0) {
      const m = LISTED.exec(s.block.text);
      if (m) add(s, m[1]!, m[2], 0, m[0].length);
    }
  }
  for (const b of blocks) {
    if (!b.table || b.table.cell !== 0 || !KNOWN.has(b.text.trim())) continue;
    const meaning = blocks.find((x) => x.table && x.table.table === b.table!.table && x.table.row === b.table!.row && x.table.cell === 1);
    add({ block: b, text: b.text, offset: 0 }, b.text.trim(), meaning?.text, 0, b.text.length);
  }
  return { facts, notes: [] };
}

function lateness(s: Sentence, code: string, meaning: string, index: number, length: number, facts: Fact[]): void {
  if (!/\blate\b/i.test(meaning) && !/\blate\b/i.test(s.text)) return;
  if (closesAfter(meaning, /\bbefore\b/i)) facts.push(factAt(s, '/lateness/before_close_code', code, index, length));
  else if (closesAfter(meaning, /\bafter\b/i)) facts.push(factAt(s, '/lateness/after_close_code', code, index, length));
}

/** `word`, then "clos…" later in the same sentence ("before the register closes"): searches, no backtracking. */
function closesAfter(meaning: string, word: RegExp): boolean {
  return meaning.split('.').some((part) => {
    const at = part.search(word);
    return at >= 0 && /\bclos/i.test(part.slice(at));
  });
}
