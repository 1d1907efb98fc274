/**
 * A cheap first test for a regular expression: the words it cannot match without. Most of lint's
 * patterns look for wording a policy does not have, and `text.includes(word)` rules a text out far
 * faster than running the pattern. Only words outside groups, classes and optional parts are taken,
 * so a text lacking them cannot match; when that cannot be worked out, there is no filter.
 */

/** For each top-level alternative, the words (3+ letters or digits) it needs; undefined: no filter. */
export function requiredWords(source: string): string[][] | undefined {
  const branches: string[][] = [[]];
  let run = '';
  let lastWasLiteral = false;
  let depth = 0;
  const flush = () => {
    if (run.length >= 3) branches[branches.length - 1]!.push(run);
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      // An escape: \s, \b, \d, \1 ... or an escaped symbol. Neither adds to a word.
      i++;
      if (depth === 0) flush();
      lastWasLiteral = false;
      continue;
    }
    if (c === '[') {
      // A character class, to its closing bracket.
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      if (depth === 0) flush();
      lastWasLiteral = false;
      continue;
    }
    if (c === '(') {
      if (depth === 0) flush();
      depth++;
      lastWasLiteral = false;
      continue;
    }
    if (c === ')') {
      depth--;
      if (depth < 0) return undefined;
      lastWasLiteral = false;
      continue;
    }
    if (depth > 0) continue;
    if (/[A-Za-z0-9]/.test(c)) {
      run += c;
      lastWasLiteral = true;
      continue;
    }
    const counted = c === '{' ? /^\{(\d+)(,\d*)?\}/.exec(source.slice(i)) : null;
    if (counted) i += counted[0].length - 1; // the count itself is not text to find
    if (c === '?' || c === '*' || (counted && Number(counted[1]) === 0)) {
      // The character before is optional: it is not part of a word the text must contain.
      if (lastWasLiteral) run = run.slice(0, -1);
      flush();
      lastWasLiteral = false;
      continue;
    }
    if (c === '|') {
      flush();
      branches.push([]);
      lastWasLiteral = false;
      continue;
    }
    // '+', '{n,m}' with n > 0, '.', '^', '$', spaces and other symbols: the word ends here.
    flush();
    lastWasLiteral = false;
  }
  if (depth !== 0) return undefined;
  flush();
  return branches.some((b) => b.length === 0) ? undefined : branches;
}

interface Filter {
  lower: boolean;
  branches: string[][];
}
const filters = new WeakMap<RegExp, Filter | null>();

function filterFor(re: RegExp): Filter | null {
  let f = filters.get(re);
  if (f === undefined) {
    // With both i and u, case folding maps some non-ASCII letters to ASCII ones (ſ to s): no filter.
    const unicodeFolding = re.ignoreCase && (re.unicode || re.flags.includes('v'));
    const branches = unicodeFolding ? undefined : requiredWords(re.source);
    f = branches ? { lower: re.ignoreCase, branches: re.ignoreCase ? branches.map((b) => b.map((w) => w.toLowerCase())) : branches } : null;
    filters.set(re, f);
  }
  return f;
}

const lowered = new Map<string, string>();

function lowerCase(text: string): string {
  let l = lowered.get(text);
  if (l === undefined) {
    if (lowered.size > 50_000) lowered.clear();
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
  return f.branches.some((words) => words.every((w) => t.includes(w)));
}
