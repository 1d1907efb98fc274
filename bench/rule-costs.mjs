// Where lint's time goes: each step of `lintFile` (load, schema check, Markdown) and each rule, timed
// over generated ~40 KB policies, beside the parse-only floor of bench/lint.mjs. The steps and rules
// run exactly as `lintFile` runs them, in the same order, so the first rule to need a shared cache
// (sentences, prose chunks) is the one charged for it.
//   node bench/rule-costs.mjs [--count 150] [--passes 3] [--top 20]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { compareDiagnostics } from '../dist/core/diagnostics.js';
import { parseSections, RuleContext } from '../dist/lint/context.js';
import { allRules } from '../dist/lint/registry.js';
import { loadPolicy } from '../dist/load/load-policy.js';
import { validatePolicy } from '../dist/validate/validate.js';
import { generateStandalone } from './generate.mjs';
import { markdown } from './lint.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};

/** Milliseconds spent in each step and rule, summed over `files`, one pass. */
function timeOnePass(files, rules, asOf) {
  const spent = new Map();
  const add = (name, t0) => spent.set(name, (spent.get(name) ?? 0) + (performance.now() - t0));
  let t = performance.now();
  const data = files.map((f) => parseDocument(readFileSync(f, 'utf8')).toJS());
  add('floor: YAML', t);
  t = performance.now();
  for (const d of data) for (const s of d.sections ?? []) markdown.parse(s.body ?? '');
  add('floor: Markdown', t);
  for (const file of files) {
    t = performance.now();
    const loaded = loadPolicy(file);
    add('load: read, YAML with positions, merge', t);
    t = performance.now();
    const schemaErrors = validatePolicy(loaded);
    add('schema check', t);
    if (schemaErrors.length) throw new Error(`${file}: ${schemaErrors[0].message}`);
    t = performance.now();
    const ctx = new RuleContext(loaded, asOf, parseSections(loaded));
    add('Markdown: parse sections into prose blocks', t);
    for (const rule of rules) {
      t = performance.now();
      rule.check(ctx.forRule(rule.meta));
      add(`rule ${rule.meta.id}`, t);
    }
    t = performance.now();
    ctx.found.sort(compareDiagnostics);
    add('sort findings', t);
  }
  return spent;
}

export function ruleCosts({ count = 150, passes = 3, asOf = '2026-11-26' } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-bench-rule-costs-'));
  try {
    const files = generateStandalone(dir, count);
    const rules = allRules();
    timeOnePass(files.slice(0, 10), rules, asOf); // warm up the JIT
    const runs = Array.from({ length: passes }, () => timeOnePass(files, rules, asOf));
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const rows = [...runs[0].keys()].map((name) => ({ name, ms: median(runs.map((r) => r.get(name))) }));
    const floor = rows.filter((r) => r.name.startsWith('floor')).reduce((n, r) => n + r.ms, 0);
    const lint = rows.filter((r) => !r.name.startsWith('floor')).reduce((n, r) => n + r.ms, 0);
    return { count, passes, floor, lint, rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function costTable({ count, passes, floor, lint, rows }, top = 20) {
  const steps = rows.filter((r) => !r.name.startsWith('rule ') && !r.name.startsWith('floor'));
  const ruleRows = rows.filter((r) => r.name.startsWith('rule ')).sort((a, b) => b.ms - a.ms);
  const allRulesMs = ruleRows.reduce((n, r) => n + r.ms, 0);
  const line = (name, ms, ofLint = true) =>
    `| ${name} | ${((ms / count) * 1000).toFixed(0)} µs | ${ofLint ? `${((100 * ms) / lint).toFixed(1)}%` : '–'} | ${(ms / floor).toFixed(3)}× |`;
  return [
    `Lint of ${count} generated policies, median of ${passes} passes: ${(lint / floor).toFixed(2)}× the parse-only floor (steps timed one by one).`,
    '',
    '| step or rule | per policy | of lint | of the floor |',
    '|---|---|---|---|',
    ...rows.filter((r) => r.name.startsWith('floor')).map((r) => line(r.name, r.ms, false)),
    ...steps.map((r) => line(r.name, r.ms)),
    line(`all ${ruleRows.length} rules`, allRulesMs),
    ...ruleRows.slice(0, top).map((r) => line(r.name, r.ms)),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = ruleCosts({ count: arg('count', 150), passes: arg('passes', 3) });
  console.log(costTable(result, arg('top', 20)));
}
