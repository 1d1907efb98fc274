import { TEXTS_REMEMBERED, TextCache } from '../text/text-cache.js';
/**
 * A cheap first test for a regular expression: the words it cannot match without. Most of lint's
 * patterns look for wording a policy does not have, and `text.includes(word)` rules a text out far
 * faster than running the pattern. Only words in required parts are taken (not in classes, optional
 * parts or lookarounds), so a text lacking them cannot match; when that cannot be worked out, there
 * is no filter.
 */

/**
 * What a text must contain for a pattern to match: for each top-level alternative, a list of
 * clauses that must all hold, each clause a list of words (3+ letters or digits) of which at least
 * one must be present. A group of alternatives such as `(contact|phone|email)` gives one clause
 * with a word from each; a part that is optional, a lookaround or a back-reference gives nothing.
 * Undefined: no filter (some alternative needs no word, or the pattern could not be read).
 */
export function requiredWords(source: string): string[][][] | undefined {
  const reader = { source, i: 0 };
  try {
    const branches = alternatives(reader);
    if (reader.i < source.length) return undefined; // an unmatched ')'
    return branches.some((b) => b.length === 0) ? undefined : branches;
  } catch {
    return undefined;
  }
}

interface Reader {
  source: string;
  i: number;
}

/** Alternatives up to a closing ')' or the end, each as the clauses it needs. */
function alternatives(r: Reader): string[][][] {
  const branches = [sequence(r)];
  while (r.source[r.i] === '|') {
    r.i++;
    branches.push(sequence(r));
  }
  return branches;
}

/** One alternative: the words of its literal runs, and one clause for each required group. */
function sequence(r: Reader): string[][] {
  const { source } = r;
  const clauses: string[][] = [];
  let run = '';
  const flush = () => {
    if (run.length >= 3) clauses.push([run]);
    run = '';
  };
  while (r.i < source.length) {
    const c = source[r.i]!;
    if (c === '|' || c === ')') break;
    if (c === '\\') {
      // An escape: \s, \b, \d, \1, \u00e9 ... or an escaped symbol. None adds to a word.
      skipEscape(r);
      flush();
      skipQuantifier(r);
      continue;
    }
    if (c === '[') {
      // A character class, to its closing bracket.
      for (r.i++; r.i < source.length && source[r.i] !== ']'; r.i++) if (source[r.i] === '\\') r.i++;
      r.i++;
      flush();
      skipQuantifier(r);
      continue;
    }
    if (c === '(') {
      flush();
      r.i++;
      const lookaround = groupStart(r);
      const inner = alternatives(r);
      if (source[r.i] !== ')') throw new Error('unclosed group');
      r.i++;
      const optional = quantifierAllowsNone(r);
      skipQuantifier(r);
      if (!lookaround && !optional) {
        const clause = eitherOf(inner);
        if (clause) clauses.push(clause);
      }
      continue;
    }
    r.i++;
    if (/[A-Za-z0-9]/.test(c)) {
      if (quantifierAllowsNone(r)) {
        // The character is optional: it is not part of a word the text must contain.
        flush();
      } else {
        run += c;
        // A repeated character ends the word after its first copy ('+', '{2,}').
        if (skipQuantifier(r)) flush();
      }
      continue;
    }
    // '.', '^', '$', spaces and other symbols: the word ends here.
    flush();
    skipQuantifier(r);
  }
  flush();
  return clauses;
}

/** Step over what opens a group: `?:`, `?<name>`, or a lookaround (`?=`, `?!`, `?<=`, `?<!`), which is true. */
function groupStart(r: Reader): boolean {
  const { source } = r;
  if (source[r.i] !== '?') return false;
  const next = source[r.i + 1];
  if (next === ':') {
    r.i += 2;
    return false;
  }
  if (next === '=' || next === '!') {
    r.i += 2;
    return true;
  }
  if (next === '<' && (source[r.i + 2] === '=' || source[r.i + 2] === '!')) {
    r.i += 3;
    return true;
  }
  if (next === '<' && source.indexOf('>', r.i) > 0) {
    r.i = source.indexOf('>', r.i) + 1;
    return false;
  }
  throw new Error('a group this reader does not know');
}

/** Step over an escape with what belongs to it: \u00e9, \u{1F600}, \x41, \cM, \p{L}, \k<name>, \12. */
function skipEscape(r: Reader): void {
  const { source } = r;
  const e = source[r.i + 1] ?? '';
  r.i += 2;
  const to = (close: string) => {
    const at = source.indexOf(close, r.i);
    if (at < 0) throw new Error('unclosed escape');
    r.i = at + 1;
  };
  if (e === 'u') {
    if (source[r.i] === '{') to('}');
    else r.i += 4;
  } else if (e === 'x') r.i += 2;
  else if (e === 'c') r.i += 1;
  else if ((e === 'p' || e === 'P') && source[r.i] === '{') to('}');
  else if (e === 'k' && source[r.i] === '<') to('>');
  else if (/[0-9]/.test(e)) while (/[0-9]/.test(source[r.i] ?? '')) r.i++;
}

/** One clause covering every alternative (one of its clauses each), or undefined when some needs nothing. */
function eitherOf(branches: string[][][]): string[] | undefined {
  const words: string[] = [];
  for (const clauses of branches) {
    // The clause whose shortest word is longest rules out most texts.
    const best = clauses.reduce<string[] | undefined>(
      (a, b) => (!a || Math.min(...b.map((w) => w.length)) > Math.min(...a.map((w) => w.length)) ? b : a),
      undefined,
    );
    if (!best) return undefined;
    words.push(...best);
  }
  return [...new Set(words)];
}

const QUANTIFIER = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/;

/** Whether the quantifier at the reader (if any) allows no copy at all. */
function quantifierAllowsNone(r: Reader): boolean {
  const m = QUANTIFIER.exec(r.source.slice(r.i, r.i + 24));
  return Boolean(m && (m[0][0] === '?' || m[0][0] === '*' || (m[1] !== undefined && Number(m[1]) === 0)));
}

/** Step over a quantifier; true when there was one. */
function skipQuantifier(r: Reader): boolean {
  const m = QUANTIFIER.exec(r.source.slice(r.i, r.i + 24));
  if (m) r.i += m[0].length;
  return Boolean(m);
}

interface Filter {
  lower: boolean;
  branches: string[][][];
}
const filters = new WeakMap<RegExp, Filter | null>();

function filterFor(re: RegExp): Filter | null {
  let f = filters.get(re);
  if (f === undefined) {
    // With both i and u, case folding maps some non-ASCII letters to ASCII ones (ſ to s): no filter.
    // The v flag's classes nest ([[a-z]--[aeiou]]), which this reader does not follow: no filter either.
    const unicodeFolding = (re.ignoreCase && re.unicode) || re.flags.includes('v');
    const branches = unicodeFolding ? undefined : requiredWords(re.source);
    f = branches
      ? {
          lower: re.ignoreCase,
          branches: re.ignoreCase ? branches.map((b) => b.map((clause) => clause.map((w) => w.toLowerCase()))) : branches,
        }
      : null;
    filters.set(re, f);
  }
  return f;
}

const lowered = new TextCache<string, string>(TEXTS_REMEMBERED);

function lowerCase(text: string): string {
  let l = lowered.get(text);
  if (l === undefined) {
    l = text.toLowerCase();
    lowered.set(text, l);
  }
  return l;
}

/** False only when `re` cannot match anywhere in `text` (it lacks a word every match contains). */
export function mayContainMatch(re: RegExp, text: string): boolean {
  const f = filterFor(re);
  if (!f) return true;
  const t = f.lower ? lowerCase(text) : text;
  return f.branches.some((clauses) => clauses.every((words) => words.some((w) => t.includes(w))));
}
