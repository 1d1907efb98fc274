// ReDoS check of every regular expression in src/ with recheck's automaton analysis, which is exact
// when it finishes. Verdicts are kept in test/fixtures/regex-verdicts.json, keyed by the exact pattern,
// so `npm test` analyses only patterns that are new or changed (and those whose stored "undecided"
// came from a shorter analysis than ANALYSIS_SECONDS). Patterns the analysis cannot decide (look-arounds,
// or too many states) must each be listed, with the reason they are linear, in
// test/fixtures/regex-reviewed.json; test/hostile/linear-patterns.test.ts checks that list is exact.
// Usage: node scripts/check-regexes.mjs [--all]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analysedTooShort, regexInventory, regexVerdict } from './regex-inventory.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const store = path.join(root, 'test/fixtures/regex-verdicts.json');
const known = process.argv.includes('--all') || !existsSync(store) ? {} : JSON.parse(readFileSync(store, 'utf8'));

const all = regexInventory(root);
const todo = [...new Map(all.filter((r) => !known[r.key] || analysedTooShort(known[r.key])).map((r) => [r.key, r])).values()];
const verdicts = { ...known };
const bad = [];
let next = 0;
async function worker() {
  while (next < todo.length) {
    const r = todo[next++];
    const v = await regexVerdict(r.source, r.flags);
    if (v.startsWith('vulnerable')) {
      bad.push(`${r.file}:${r.line} ${v} ${r.key.slice(0, 120)}`);
      delete verdicts[r.key];
    } else verdicts[r.key] = v;
    process.stderr.write(`${next}/${todo.length} ${v}\n`);
  }
}
await Promise.all([worker(), worker()]);
const live = new Set(all.map((r) => r.key));
const kept = Object.fromEntries(
  Object.entries(verdicts)
    .filter(([k]) => live.has(k))
    .sort(([a], [b]) => a.localeCompare(b)),
);
writeFileSync(store, `${JSON.stringify(kept, null, 1)}\n`);
console.log(
  `${all.length} patterns (${Object.keys(kept).length + bad.length} different), ${todo.length} analysed now, ${Object.values(kept).filter((v) => v.startsWith('safe')).length} shown linear, ${Object.values(kept).filter((v) => v.startsWith('undecided')).length} undecided, ${bad.length} not linear.`,
);
if (bad.length) console.log(`Not linear:\n${bad.join('\n')}`);
process.exit(0);
