import { mayContainMatch } from './literals.js';

/**
 * Memoised regex matching over prose. Schools of a trust share most of their text (the trust base's
 * sections), and the 60-odd rules scan it with fixed patterns, so each (pattern, text) pair is
 * scanned once per run. Callers must treat the returned arrays as read-only.
 */
const MAX_ENTRIES = 200_000;
let entries = 0;
let byPattern = new Map<string, Map<string, RegExpMatchArray[]>>();
// Most patterns are module constants: find their table by identity, without rebuilding the key.
let byRegExp = new WeakMap<RegExp, Map<string, RegExpMatchArray[]>>();

function tableFor(re: RegExp): Map<string, RegExpMatchArray[]> {
  let texts = byRegExp.get(re);
  if (!texts) {
    const key = `${re.flags}/${re.source}`;
    texts = byPattern.get(key);
    if (!texts) byPattern.set(key, (texts = new Map()));
    byRegExp.set(re, texts);
  }
  return texts;
}

const NO_MATCHES: RegExpMatchArray[] = Object.freeze([]) as unknown as RegExpMatchArray[];

/** All matches; most texts have none, so try once before building an iterator and an array. */
function scan(text: string, re: RegExp): RegExpMatchArray[] {
  if (!mayContainMatch(re, text)) return NO_MATCHES;
  re.lastIndex = 0;
  const first = re.exec(text);
  re.lastIndex = 0;
  if (!first) return NO_MATCHES;
  return re.global ? [...text.matchAll(re)] : [first];
}

export function matchesIn(text: string, re: RegExp): RegExpMatchArray[] {
  const texts = tableFor(re);
  let found = texts.get(text);
  if (!found) {
    found = scan(text, re);
    if (++entries > MAX_ENTRIES) clearMatchCache();
    tableFor(re).set(text, found);
  }
  return found;
}

let tested = new WeakMap<RegExp, Map<string, boolean>>();

/** Whether `re` matches anywhere in `text`, found once per distinct text. */
export function testsTrue(re: RegExp, text: string): boolean {
  let table = tested.get(re);
  if (!table) tested.set(re, (table = new Map()));
  let hit = table.get(text);
  if (hit === undefined) {
    re.lastIndex = 0;
    hit = mayContainMatch(re, text) && re.test(text);
    re.lastIndex = 0;
    if (table.size > 20_000) table.clear();
    table.set(text, hit);
  }
  return hit;
}

/** A text transformed once per distinct input (e.g. with data references blanked out). */
export function memo<T>(table: Map<string, T>, text: string, make: (t: string) => T): T {
  let v = table.get(text);
  if (v === undefined) {
    if (table.size > 50_000) table.clear();
    v = make(text);
    table.set(text, v);
  }
  return v;
}

export function clearMatchCache(): void {
  byPattern = new Map();
  byRegExp = new WeakMap();
  tested = new WeakMap();
  entries = 0;
}

const interned = new Map<string, string>();

/** One string object per distinct text, so the tables above find it by identity, not by comparing contents. */
export function intern(text: string): string {
  const known = interned.get(text);
  if (known !== undefined) return known;
  if (interned.size > 100_000) interned.clear();
  interned.set(text, text);
  return text;
}
