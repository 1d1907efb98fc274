// All benchmarks in one run: start-up (one command on one policy, as whole processes), lint
// (standalone and trusts of 10, 100 and 1,000 schools), build, letters and export, each against its
// baseline measured in the same run. Prints one Markdown report and writes it to bench/results.md.
// `--quick` runs a small version (a few minutes) and writes bench/results-quick.md instead.
// `--only startup,lint,trusts,build,letters,export` runs only those parts (at full size); the report
// says which parts were left out.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { runBuildBench, runBuildScaling, table as buildTable } from './build.mjs';
import { runExportBench, table as exportTable } from './export.mjs';
import { runLettersBench, table as lettersTable } from './letters.mjs';
import { runLintBench, runLintTrustBench, table as lintTable } from './lint.mjs';
import { resultsFileFor } from './results-file.mjs';
import { runStartupBench, table as startupTable } from './startup.mjs';

const quick = process.argv.includes('--quick');
const PARTS = ['startup', 'lint', 'trusts', 'build', 'letters', 'export'];
const onlyArg = process.argv.find((a, i) => process.argv[i - 1] === '--only' || a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.replace(/^--only=/, '').split(',')) : new Set(PARTS);
for (const part of only)
  if (!PARTS.includes(part)) {
    console.error(`bench: unknown part "${part}"; the parts are ${PARTS.join(', ')}.`);
    process.exit(2);
  }
const leftOut = PARTS.filter((p) => !only.has(p));
// How busy the machine was: the 1-minute load average, sampled every 10 s through the run.
const loads = [loadavg()[0]];
const sampler = setInterval(() => loads.push(loadavg()[0]), 10_000);
sampler.unref();
const started = Date.now();
// The report so far is written before every step, so a run that is stopped part-way still leaves what it measured.
const step = async (name, fn) => {
  if (sections.length) writeReport(`the run had not finished "${name}" and the steps after it`);
  const t0 = Date.now();
  process.stderr.write(`${name}...`);
  const r = await fn();
  process.stderr.write(` ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  return r;
};
const sections = [];
const summary = [];

// First, while nothing else of ours has run: what one person feels running one command.
if (only.has('startup')) {
  const startup = await step('start-up, one policy', () => runStartupBench({ quick }));
  sections.push(startupTable(startup));
  for (const [key, what, goal] of [
    ['help', '`--help`', '≤ 3× `node -e 0`'],
    ['validate', '`validate` one policy', '≤ 5× `node -e 0`'],
    ['lint', '`lint` one policy', '≤ 8× `node -e 0`'],
  ]) {
    const r = startup.results[key];
    summary.push([
      `start-up: ${what}`,
      `${r.ours.median.toFixed(0)} ms`,
      `${r.ratio.toFixed(1)}× \`node -e 0\` (${r.base.median.toFixed(0)} ms)`,
      goal,
    ]);
  }
  const b1 = startup.results.build;
  summary.push([
    'start-up: `build --formats pdf` one policy',
    `${(b1.ours.median / 1000).toFixed(2)} s`,
    `${b1.ratio.toFixed(2)}× Chromium's own print of its HTML (${(b1.base.median / 1000).toFixed(2)} s)`,
    '≤ 1.5×',
  ]);
}

if (only.has('lint')) {
  const lint = await step('lint, standalone policies', () => runLintBench({ quick }));
  sections.push(lintTable(lint));
  summary.push([
    'lint (standalone ~40 KB policies)',
    `${lint.rows[1][1]}`,
    `${lint.ratio.toFixed(2)}× parse-only floor (${lint.ratioLean.toFixed(2)}× without prose-readability; CPU time ${lint.cpuRatio.toFixed(2)}×; ${lint.ratioOwnText.toFixed(2)}× when no policies share section text)`,
    '≤ 1.3× floor',
  ]);
}

if (only.has('trusts')) {
  const scaling = [];
  for (const count of quick ? [10, 100] : [10, 100, 1000]) {
    const r = await step(`lint, trust of ${count}`, () => runLintTrustBench({ count, runs: quick ? 1 : 3 }));
    sections.push(lintTable(r));
    const best = Math.min(r.single, r.parallel ?? Infinity);
    scaling.push(
      `| ${count} | ${(r.floor / count).toFixed(1)} ms | ${(r.single / count).toFixed(1)} ms | ${r.parallel ? `${(r.parallel / count).toFixed(1)} ms` : '–'} | ${(best / 1000).toFixed(1)} s |`,
    );
  }
  sections.push(
    [
      '### How lint cost grows with the size of a trust',
      '',
      '| schools | parse floor per school | lint per school, 1 thread | lint per school, 2 threads | whole trust (best) |',
      '|---:|---:|---:|---:|---:|',
      ...scaling,
    ].join('\n'),
  );
}

if (only.has('build')) {
  const build = await step('build', () => runBuildBench({ quick }));
  sections.push(buildTable(build));
  sections.push(await step('build, trusts', () => runBuildScaling({ counts: quick ? [10] : [10, 100, 1000] })));
  summary.push([
    'build (PDF)',
    build.rows[1][1],
    `${build.overFloor.toFixed(2)}× raw print floor (same pages at once); ${build.speedUp.toFixed(1)}× faster than a browser per document`,
    '≤ 1.25× floor; ≥ 5× naive',
  ]);
}

if (only.has('letters')) {
  const letters = await step('letters', () => runLettersBench({ quick }));
  sections.push(lettersTable(letters));
  summary.push(['letters --letter auto', letters.rows[0][1], `${letters.speedUp.toFixed(1)}× one PDF per letter`, '≥ 20×']);
}

if (only.has('export')) {
  const exp = await step('export', () => runExportBench({ quick }));
  sections.push(exportTable(exp));
  summary.push(['export (end to end, JSON)', `${exp.policiesPerSecond.toFixed(0)} policies/s`, '', '']);
}

clearInterval(sampler);
writeReport();

function writeReport(partial) {
  const sortedLoads = [...loads, loadavg()[0]].sort((a, b) => a - b);
  const median = sortedLoads[Math.floor(sortedLoads.length / 2)];
  const load = `load average (1 minute, sampled every 10 s) ${sortedLoads[0].toFixed(1)}–${sortedLoads[sortedLoads.length - 1].toFixed(1)}, median ${median.toFixed(1)}`;
  const minutes = ((Date.now() - started) / 60_000).toFixed(0);
  const header = [
    `# Benchmark results${quick ? ' (quick)' : ''}${partial ? ` (incomplete: ${partial})` : ''}`,
    '',
    ...(leftOut.length
      ? [`Only part of the benchmark was run (\`--only ${[...only].join(',')}\`); not measured in this run: ${leftOut.join(', ')}.`, '']
      : []),
    `Run on ${new Date().toISOString().slice(0, 10)}: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${load} over the ${minutes} minutes of the run${median > availableParallelism() ? ' (a busy machine: other work was running, so times are slow and vary; the ratios are steadier, because each baseline ran alongside what it is compared with)' : ''}. Each figure is the median of several runs (min–max in brackets); every baseline ran in the same process (or, for start-up, the same run) as the thing it is compared with.`,
    '',
    '| what | throughput | against its baseline | goal |',
    '|---|---|---|---|',
    ...summary.map((r) => `| ${r.join(' | ')} |`),
  ];
  // Figures from before the latest round of work, kept by hand in bench/before.md, for comparison.
  const beforeFile = new URL('./before.md', import.meta.url);
  const before = existsSync(beforeFile) ? readFileSync(beforeFile, 'utf8').trim() : '';
  const report = `${[header.join('\n'), ...sections, ...(before ? [before] : [])].join('\n\n')}\n`;
  const resultsFile = resultsFileFor(process.argv);
  writeFileSync(new URL(resultsFile, import.meta.url), report);
  if (!partial) {
    console.log(report);
    console.log(`Written to bench/${resultsFile}.`);
  }
}
