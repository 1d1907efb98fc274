import { TEXTS_REMEMBERED, TextCache } from '../text/text-cache.js';
import { mayContainMatch } from './literals.js';

/**
 * Memoised regex matching over prose. Schools of a trust share most of their text (the trust base's
 * sections), and the 60-odd rules scan it with fixed patterns, so each (pattern, text) pair is
 * scanned once while the text keeps coming back. Tables are keyed by text first, then by pattern, so
 * the TextCache forgets a text with all its results when no policy has used it for a while, and a
 * long run of different policies does not keep every text. Callers must treat the returned arrays
 * as read-only.
 */
let found = new TextCache<string, Map<string, RegExpMatchArray[]>>(TEXTS_REMEMBERED);
let tested = new TextCache<string, Map<string, boolean>>(TEXTS_REMEMBERED);

// Patterns built at run time with the same source share results: key them by flags and source,
// worked out once per RegExp object (most are module constants).
const keys = new WeakMap<RegExp, string>();
function keyOf(re: RegExp): string {
  let key = keys.get(re);
  if (key === undefined) keys.set(re, (key = `${re.flags}/${re.source}`));
  return key;
}

function tableFor<V>(cache: TextCache<string, Map<string, V>>, text: string): Map<string, V> {
  let table = cache.get(text);
  if (!table) cache.set(text, (table = new Map()));
  return table;
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
  const table = tableFor(found, text);
  const key = keyOf(re);
  let hits = table.get(key);
  if (!hits) table.set(key, (hits = scan(text, re)));
  return hits;
}

/**
 * Whether each pattern matches anywhere in `text`, found once per distinct text and pattern. The
 * text's table is looked up once, so a caller
 * testing a hundred patterns against one text does not hash and compare the text a hundred times.
 */
export function testerFor(text: string): (re: RegExp) => boolean {
  const table = tableFor(tested, text);
  return (re) => {
    const key = keyOf(re);
    let hit = table.get(key);
    if (hit === undefined) {
      re.lastIndex = 0;
      hit = mayContainMatch(re, text) && re.test(text);
      re.lastIndex = 0;
      table.set(key, hit);
    }
    return hit;
  };
}

/** A text transformed once per distinct input (e.g. with data references blanked out). */
export function memo<T>(table: TextCache<string, T>, text: string, make: (t: string) => T): T {
  return table.remember(text, make);
}

export function clearMatchCache(): void {
  found = new TextCache(TEXTS_REMEMBERED);
  tested = new TextCache(TEXTS_REMEMBERED);
  interned.clear();
}

const interned = new TextCache<string, string>(TEXTS_REMEMBERED);

/** One string object per distinct text, so the tables above find it by identity, not by comparing contents. */
export function intern(text: string): string {
  const known = interned.get(text);
  if (known !== undefined) return known;
  interned.set(text, text);
  return text;
}
