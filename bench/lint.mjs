// Lint benchmark: policies per second against a parse-only floor (YAML + Markdown parsing of the same
// files), measured in the same process, interleaved, median of several runs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from 'yaml';
import { lintFile, newLintCache } from '../dist/lint/engine.js';
import { allRules } from '../dist/lint/registry.js';
import { lintFiles, lintFilesHere } from '../dist/lint/parallel.js';
import { fileSizes, generateStandalone, generateTrust } from './generate.mjs';
import { measure, nodePeakMiB, resultTable } from './stats.mjs';

export const markdown = unified().use(remarkParse);

/** The floor: each file's YAML and each section's Markdown parsed, nothing more. */
export function parseOnly(files) {
  for (const f of files) {
    const data = parseDocument(readFileSync(f, 'utf8')).toJS();
    for (const s of data.sections ?? []) markdown.parse(s.body ?? '');
  }
}

export async function runLintBench({ quick = false, count = quick ? 50 : 1000, runs = quick ? 3 : 5 } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-bench-lint-'));
  try {
    const files = generateStandalone(dir, count);
    // The same policies with no section text shared between them: the most lint can cost per policy.
    const ownCount = quick ? 30 : 300;
    const ownFiles = generateStandalone(path.join(dir, 'own'), ownCount, { ownText: true });
    const kb = fileSizes(files) / files.length / 1024;
    const everyRule = allRules();
    const withoutReadability = everyRule.filter((r) => r.meta.id !== 'prose-readability');
    const asOf = '2026-11-26';
    // Warm up the JIT and caches once for each variant.
    parseOnly(files.slice(0, 5));
    lintFilesHere(files.slice(0, 5), { asOf });
    const parse = [];
    const full = [];
    const lean = [];
    const ownParse = [];
    const ownLint = [];
    // CPU time of this process as well as wall time: on a shared machine it moves less with the load.
    const cpuRatios = [];
    const cpu = async (fn) => {
      const c = process.cpuUsage();
      await fn();
      const d = process.cpuUsage(c);
      return d.user + d.system;
    };
    let findings = 0;
    for (let i = 0; i < runs; i++) {
      const parseCpu = await cpu(async () => parse.push((await measure(1, () => parseOnly(files))).median));
      const fullCpu = await cpu(async () =>
        full.push(
          (
            await measure(1, () => {
              findings = 0;
              // What `policywright lint DIR` runs on one thread: config and project folder found per folder, one cache.
              findings = lintFilesHere(files, { asOf }).reduce((n, r) => n + r.diagnostics.length, 0);
            })
          ).median,
        ),
      );
      cpuRatios.push(fullCpu / parseCpu);
      lean.push(
        (
          await measure(1, () => {
            const cache = newLintCache();
            for (const f of files) lintFile(f, { asOf, rules: withoutReadability, projectRoot: dir, cache });
          })
        ).median,
      );
      ownParse.push((await measure(1, () => parseOnly(ownFiles))).median);
      ownLint.push((await measure(1, () => lintFilesHere(ownFiles, { asOf }))).median);
    }
    const stat = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] };
    };
    const p = stat(parse);
    const f = stat(full);
    const l = stat(lean);
    const op = stat(ownParse);
    const ol = stat(ownLint);
    const perSec = (ms) => (count / (ms / 1000)).toFixed(0);
    return {
      title: `lint ${count} policies (${kb.toFixed(0)} KB each, ${everyRule.length} rules)`,
      rows: [
        [
          'parse-only floor (YAML + Markdown)',
          `${perSec(p.median)} policies/s`,
          `${p.median.toFixed(0)} ms (${p.min.toFixed(0)}–${p.max.toFixed(0)})`,
          '1.00×',
        ],
        [
          'lint, all rules',
          `${perSec(f.median)} policies/s`,
          `${f.median.toFixed(0)} ms (${f.min.toFixed(0)}–${f.max.toFixed(0)})`,
          `${(f.median / p.median).toFixed(2)}× floor`,
        ],
        [
          'lint, without prose-readability',
          `${perSec(l.median)} policies/s`,
          `${l.median.toFixed(0)} ms (${l.min.toFixed(0)}–${l.max.toFixed(0)})`,
          `${(l.median / p.median).toFixed(2)}× floor`,
        ],
        [
          `parse-only floor, ${ownCount} policies sharing no section text`,
          `${(ownCount / (op.median / 1000)).toFixed(0)} policies/s`,
          `${op.median.toFixed(0)} ms (${op.min.toFixed(0)}–${op.max.toFixed(0)})`,
          '1.00×',
        ],
        [
          `lint, ${ownCount} policies sharing no section text`,
          `${(ownCount / (ol.median / 1000)).toFixed(0)} policies/s`,
          `${ol.median.toFixed(0)} ms (${ol.min.toFixed(0)}–${ol.max.toFixed(0)})`,
          `${(ol.median / op.median).toFixed(2)}× its floor`,
        ],
      ],
      notes: [
        `${findings} findings in the last run; Node peak RSS ${nodePeakMiB().toFixed(0)} MiB`,
        `CPU time of this process, lint over the floor: ${[...cpuRatios].sort((a, b) => a - b)[Math.floor(cpuRatios.length / 2)].toFixed(2)}× (median of the ${runs} paired runs; wall times above)`,
      ],
      cpuRatio: [...cpuRatios].sort((a, b) => a - b)[Math.floor(cpuRatios.length / 2)],
      ratio: f.median / p.median,
      ratioLean: l.median / p.median,
      ratioOwnText: ol.median / op.median,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Parse each file once and each distinct section's Markdown once: the least any linter must do. */
function parseTrustOnce(files) {
  const seen = new Set();
  for (const f of files) {
    const data = parseDocument(readFileSync(f, 'utf8')).toJS();
    for (const s of data.sections ?? []) {
      if (seen.has(s.body)) continue;
      seen.add(s.body);
      markdown.parse(s.body ?? '');
    }
  }
}

/**
 * A trust of `count` schools extending one base, linted as `policywright lint DIR` does it
 * (the base parsed once per run; worker threads for large trusts), against parsing every file once.
 */
export async function runLintTrustBench({ count, runs = 3 }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-bench-trust-'));
  try {
    const { base, files } = generateTrust(dir, count);
    const all = [base, ...files];
    const asOf = '2026-11-26';
    parseTrustOnce(all.slice(0, 3));
    await lintFiles(files.slice(0, 3), { asOf, workers: 1 });
    const floor = [];
    const single = [];
    const parallel = [];
    let findings = 0;
    for (let i = 0; i < runs; i++) {
      floor.push((await measure(1, () => parseTrustOnce(all))).median);
      single.push(
        (
          await measure(1, async () => {
            findings = (await lintFiles(files, { asOf, workers: 1 })).reduce((n, r) => n + r.diagnostics.length, 0);
          })
        ).median,
      );
      if (count >= 100) parallel.push((await measure(1, () => lintFiles(files, { asOf, workers: 2 }))).median);
    }
    const stat = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] };
    };
    const f = stat(floor);
    const one = stat(single);
    const perSec = (ms) => (count / (ms / 1000)).toFixed(0);
    const row = (name, x) => [
      name,
      `${perSec(x.median)} policies/s`,
      `${x.median.toFixed(0)} ms (${x.min.toFixed(0)}–${x.max.toFixed(0)})`,
      `${(x.median / f.median).toFixed(2)}× floor`,
    ];
    const rows = [row('parse-only floor (each file and section once)', f), row('lint, 1 thread', one)];
    if (parallel.length) rows.push(row('lint, 2 worker threads', stat(parallel)));
    return {
      title: `lint a trust of ${count} schools (base + overrides)`,
      rows,
      notes: [`${findings} findings; Node peak RSS ${nodePeakMiB().toFixed(0)} MiB`],
      single: one.median,
      parallel: parallel.length ? stat(parallel).median : undefined,
      floor: f.median,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const table = (result) => resultTable(result, ['measure', 'throughput', 'time, median (min–max)', 'ratio']);

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runLintBench({ quick: process.argv.includes('--quick') });
  console.log(table(result));
}
