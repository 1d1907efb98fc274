// Lint benchmark: policies per second against a parse-only floor (YAML + Markdown parsing of the same
// files), measured in the same process, interleaved, median of several runs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from 'yaml';
import { lintFile } from '../dist/lint/engine.js';
import { allRules } from '../dist/lint/registry.js';
import { fileSizes, generateStandalone } from './generate.mjs';
import { measure, nodePeakMiB } from './stats.mjs';

const markdown = unified().use(remarkParse);

function parseOnly(files) {
  for (const f of files) {
    const data = parseDocument(readFileSync(f, 'utf8')).toJS();
    for (const s of data.sections ?? []) markdown.parse(s.body ?? '');
  }
}

export async function runLintBench({ quick = false, count = quick ? 50 : 1000, runs = quick ? 3 : 5 } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-bench-lint-'));
  try {
    const files = generateStandalone(dir, count);
    const kb = fileSizes(files) / files.length / 1024;
    const everyRule = allRules();
    const withoutReadability = everyRule.filter((r) => r.meta.id !== 'prose-readability');
    const asOf = '2026-11-26';
    // Warm up the JIT and caches once for each variant.
    parseOnly(files.slice(0, 5));
    for (const f of files.slice(0, 5)) lintFile(f, { asOf });
    const parse = [];
    const full = [];
    const lean = [];
    let findings = 0;
    for (let i = 0; i < runs; i++) {
      parse.push((await measure(1, () => parseOnly(files))).median);
      full.push((await measure(1, () => { findings = 0; for (const f of files) findings += lintFile(f, { asOf }).diagnostics.length; })).median);
      lean.push((await measure(1, () => { for (const f of files) lintFile(f, { asOf, rules: withoutReadability }); })).median);
    }
    const stat = (xs) => { const s = [...xs].sort((a, b) => a - b); return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] }; };
    const p = stat(parse);
    const f = stat(full);
    const l = stat(lean);
    const perSec = (ms) => (count / (ms / 1000)).toFixed(0);
    return {
      title: `lint ${count} policies (${kb.toFixed(0)} KB each, ${everyRule.length} rules)`,
      rows: [
        ['parse-only floor (YAML + Markdown)', `${perSec(p.median)} policies/s`, `${p.median.toFixed(0)} ms (${p.min.toFixed(0)}–${p.max.toFixed(0)})`, '1.00×'],
        ['lint, all rules', `${perSec(f.median)} policies/s`, `${f.median.toFixed(0)} ms (${f.min.toFixed(0)}–${f.max.toFixed(0)})`, `${(f.median / p.median).toFixed(2)}× floor`],
        ['lint, without prose-readability', `${perSec(l.median)} policies/s`, `${l.median.toFixed(0)} ms (${l.min.toFixed(0)}–${l.max.toFixed(0)})`, `${(l.median / p.median).toFixed(2)}× floor`],
      ],
      notes: [`${findings} findings in the last run; Node peak RSS ${nodePeakMiB().toFixed(0)} MiB`],
      ratio: f.median / p.median,
      ratioLean: l.median / p.median,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function table(result) {
  return [`### ${result.title}`, '', '| measure | throughput | time, median (min–max) | ratio |', '|---|---|---|---|', ...result.rows.map((r) => `| ${r.join(' | ')} |`), '', ...result.notes.map((n) => `- ${n}`)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runLintBench({ quick: process.argv.includes('--quick') });
  console.log(table(result));
}
