// ReDoS check of every regular expression in src/ with recheck (automaton analysis, then fuzzing when
// the automaton is too large). Safe verdicts are kept in test/fixtures/regex-verdicts.json, keyed by
// the exact pattern, so `npm test` re-checks only patterns that are new or changed.
// Usage: node scripts/check-regexes.mjs [--all]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { regexInventory } from './regex-inventory.mjs';

process.env.RECHECK_BACKEND ??= 'native';
const { check } = await import('recheck');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const store = path.join(root, 'test/fixtures/regex-verdicts.json');
const known = process.argv.includes('--all') ? {} : JSON.parse(readFileSync(store, 'utf8'));

/** recheck's verdict: automaton first (exact), fuzzing when the automaton analysis gives up. */
export async function verdict(source, flags) {
  const a = await check(source, flags, { checker: 'automaton', timeout: 4000 });
  if (a.status !== 'unknown') return a;
  return check(source, flags, { checker: 'fuzz', timeout: 8000 });
}

const all = regexInventory(root);
const todo = [...new Map(all.filter((r) => !known[r.key]).map((r) => [r.key, r])).values()];
const verdicts = { ...known };
const bad = [];
let i = 0;
async function worker() {
  while (i < todo.length) {
    const r = todo[i++];
    const v = await verdict(r.source, r.flags);
    if (v.status === 'safe') verdicts[r.key] = v.checker === 'fuzz' ? 'safe (fuzz)' : `safe (${v.complexity?.type ?? 'automaton'})`;
    else bad.push(`${r.file}:${r.line} ${v.status} ${v.complexity?.summary ?? v.error?.kind ?? ''} ${r.key.slice(0, 120)}`);
  }
}
await Promise.all([worker(), worker()]);
const live = new Set(all.map((r) => r.key));
const kept = Object.fromEntries(Object.entries(verdicts).filter(([k]) => live.has(k)).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(store, `${JSON.stringify(kept, null, 1)}\n`);
console.log(`${all.length} patterns, ${todo.length} checked now, ${Object.keys(kept).length} safe.`);
if (bad.length) console.log(`Not shown to be linear:\n${bad.join('\n')}`);
process.exit(0);
