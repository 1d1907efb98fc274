// Export benchmark: policies per second for `export`, on a generated trust (school files extending
// a trust base, as a trust exports them). Measures the whole export (load the chain, build the
// rules export, write JSON) and, from already loaded policies, building plus each serialiser.
// Build first: npx tsc -p tsconfig.build.json. Run: node bench/export.mjs [--quick]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportRules, exportToCsv, exportToJson, exportToYaml } from '../dist/export/index.js';
import { loadPolicy } from '../dist/load/load-policy.js';
import { fileSizes, generateTrust } from './generate.mjs';
import { measure, nodePeakMiB, resultTable } from './stats.mjs';

const AS_OF = '2026-11-26';

function stat(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] };
}

export async function runExportBench({ quick = false, count = quick ? 50 : 1000, runs = quick ? 3 : 5 } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-bench-export-'));
  try {
    const { files } = generateTrust(dir, count);
    const kb = fileSizes(files) / files.length / 1024;
    // Warm up the JIT and the law-data caches.
    for (const f of files.slice(0, 5)) exportToJson(exportRules(loadPolicy(f), { asOf: AS_OF }));
    // Loaded policies keep their sources and origins; 200 of them are enough to time the export itself.
    const loaded = files.slice(0, 200).map((f) => loadPolicy(f));
    const variants = {
      'load + export + JSON (end to end)': () => {
        for (const f of files) exportToJson(exportRules(loadPolicy(f), { asOf: AS_OF }));
      },
      'export only (policies already loaded)': () => {
        for (const l of loaded) exportRules(l, { asOf: AS_OF });
      },
      'export + JSON': () => {
        for (const l of loaded) exportToJson(exportRules(l, { asOf: AS_OF }));
      },
      'export + YAML': () => {
        for (const l of loaded) exportToYaml(exportRules(l, { asOf: AS_OF }));
      },
      'export + CSV': () => {
        for (const l of loaded) exportToCsv(exportRules(l, { asOf: AS_OF }));
      },
    };
    const sizes = Object.fromEntries(Object.keys(variants).map((k) => [k, k.includes('end to end') ? files.length : loaded.length]));
    const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
    // Interleaved, so a slow moment of the machine does not land on one variant only.
    for (let i = 0; i < runs; i++) {
      for (const [name, fn] of Object.entries(variants)) times[name].push((await measure(1, fn)).median);
    }
    const perSec = (n, ms) => n / (ms / 1000);
    const rows = Object.entries(times).map(([name, xs]) => {
      const s = stat(xs);
      return [
        name,
        `${perSec(sizes[name], s.median).toFixed(0)} policies/s`,
        `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`,
        `${sizes[name]} policies`,
      ];
    });
    const endToEnd = perSec(files.length, stat(times['load + export + JSON (end to end)']).median);
    return {
      title: `export ${count} school policies (${kb.toFixed(1)} KB each, extending a trust base)`,
      rows,
      notes: [`median of ${runs} runs; Node peak RSS ${nodePeakMiB().toFixed(0)} MiB`],
      policiesPerSecond: endToEnd,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const table = (result) => resultTable(result, ['measure', 'throughput', 'time, median (min–max)', 'of']);

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runExportBench({ quick: process.argv.includes('--quick') });
  console.log(table(result));
  console.log(`\n${result.policiesPerSecond.toFixed(0)} policies/s (end to end)`);
}
