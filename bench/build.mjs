// Build benchmark: documents/s, pages/s and peak memory for `build` (PDF) of generated policies,
// with two baselines measured in the same run:
//   naive  – a fresh browser for every document (launch, render, print, close);
//   floor  – printing the finished HTML of the same documents (the very policy.html files build writes,
//            lint banner and all) with one browser and as many pages printing at once as build uses
//            (no loading, checking, templating or Markdown, nothing written). Both must print the same
//            number of pages, or the comparison is not like for like and the benchmark stops.
// Goals: at least 5× the naive pattern, at most 1.25× the floor.
// Run: npx tsc -p tsconfig.build.json && node bench/build.mjs [--quick] [--count N]
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { loadPolicy } from '../dist/load/load-policy.js';
import { chromiumLaunchOptions, openBrowser, poolSize } from '../dist/render/browser.js';
import { buildPolicies } from '../dist/render/build-policies.js';
import { renderPolicyHtml } from '../dist/render/html.js';
import { countPdfPages } from '../dist/render/pdf.js';
import { withContentSecurityPolicy } from '../dist/render/csp.js';
import { generateStandalone, generateTrust } from './generate.mjs';
import { memoryPeaks, resultTable } from './stats.mjs';

const PDF_OPTIONS = { format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, timeout: 120_000 };

async function timed(fn) {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

/** The pipeline as `policywright build --formats pdf` runs it: one browser, a pool of reused pages. */
async function measureBuild(dir, outDir) {
  let pid;
  const mem = memoryPeaks(() => pid);
  const { ms, value } = await timed(async () => {
    const pool = await openBrowser();
    pid = pool.pid;
    try {
      return await buildPolicies([dir], { outDir, formats: ['pdf'], pool });
    } finally {
      await pool.close();
    }
  });
  if (value.failed.length) throw new Error(`build failed: ${value.failed.map((f) => `${f.file} ${f.message}`).join('; ')}`);
  const each = value.built.map((d) => d.outputs[0]?.pages ?? 0);
  return { ms, docs: value.built.length, pages: each.reduce((a, b) => a + b, 0), each, peak: mem.stop() };
}

/**
 * The floor: one browser and as many pages as build prints on at once (like for like), each taking
 * the next finished HTML from a shared queue, setting it and printing it.
 */
async function measureFloor(htmls, pages = poolSize()) {
  let pid;
  const mem = memoryPeaks(() => pid);
  const profile = mkdtempSync(path.join('/tmp', 'pw-bench-'));
  const { ms, value: printed } = await timed(async () => {
    const browser = await puppeteer.launch(chromiumLaunchOptions(profile));
    pid = browser.process()?.pid;
    const queue = htmls.map((html, i) => ({ html, i }));
    const each = [];
    await Promise.all(
      Array.from({ length: Math.min(pages, queue.length) }, async () => {
        const page = await browser.newPage();
        for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
          await page.setContent(job.html, { waitUntil: 'load', timeout: 120_000 });
          each[job.i] = countPdfPages(await page.pdf(PDF_OPTIONS));
        }
      }),
    );
    await browser.close();
    return each;
  });
  rmSync(profile, { recursive: true, force: true });
  return { ms, docs: htmls.length, pages: printed.reduce((a, b) => a + b, 0), each: printed, peak: mem.stop() };
}

/**
 * The HTML that build prints, exactly: `build --formats html` of the same policies (checked and linted
 * as for PDF), in file order, with the content security policy the printer adds.
 */
async function finishedHtml(policies, outDir) {
  const result = await buildPolicies([policies], { outDir, formats: ['html'] });
  if (result.failed.length)
    throw new Error(`build --formats html failed: ${result.failed.map((f) => `${f.file} ${f.message}`).join('; ')}`);
  return result.built.map((d) => withContentSecurityPolicy(readFileSync(d.outputs[0].path, 'utf8')));
}

/** The naive pattern: for each document, render it, launch a browser, print, write, close. */
async function measureNaive(files, outDir) {
  let pid;
  const mem = memoryPeaks(() => pid);
  const { ms, value: pages } = await timed(async () => {
    let n = 0;
    for (const [i, file] of files.entries()) {
      const html = renderPolicyHtml(loadPolicy(file));
      const profile = mkdtempSync(path.join('/tmp', 'pw-bench-'));
      const browser = await puppeteer.launch(chromiumLaunchOptions(profile));
      pid = browser.process()?.pid;
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf(PDF_OPTIONS);
      writeFileSync(path.join(outDir, `naive-${i}.pdf`), pdf);
      n += countPdfPages(pdf);
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    }
    return n;
  });
  return { ms, docs: files.length, pages, peak: mem.stop() };
}

/**
 * Run the benchmark. `count` policies (10 with `quick`); the naive pattern is timed on the first
 * `naiveCount` of them (it takes about a second each) and compared per document.
 */
export async function runBuildBench({ quick = false, count = quick ? 10 : 100, naiveCount = Math.min(count, quick ? 5 : 20) } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-bench-build-'));
  try {
    const files = generateStandalone(path.join(dir, 'policies'), count);
    const htmls = await finishedHtml(path.join(dir, 'policies'), path.join(dir, 'html'));
    // Warm up: the first document in a fresh browser is several times slower than the rest.
    await measureFloor(htmls.slice(0, 2));

    const floor = await measureFloor(htmls);
    const ours = await measureBuild(path.join(dir, 'policies'), path.join(dir, 'out'));
    const naive = await measureNaive(files.slice(0, naiveCount), dir);

    if (floor.docs !== ours.docs || floor.pages !== ours.pages) {
      throw new Error(
        `The floor printed ${floor.docs} documents (${floor.pages} pages: ${floor.each.join(' ')}) but build ${ours.docs} (${ours.pages} pages: ${ours.each.join(' ')}): not like for like.`,
      );
    }
    const perDoc = (r) => r.ms / r.docs;
    const row = (name, r, ratio) => [
      name,
      `${(r.docs / (r.ms / 1000)).toFixed(2)} docs/s`,
      `${(r.pages / (r.ms / 1000)).toFixed(1)} pages/s`,
      `${(r.ms / 1000).toFixed(1)} s for ${r.docs} (${r.pages} pages)`,
      `Node ${r.peak.node.toFixed(0)} MiB, Chromium ${r.peak.chromium.toFixed(0)} MiB (${r.peak.chromiumPrivate.toFixed(0)} private)`,
      ratio,
    ];
    const speedUp = perDoc(naive) / perDoc(ours);
    const overFloor = perDoc(ours) / perDoc(floor);
    return {
      title: `build --formats pdf: ${count} generated policies`,
      rows: [
        row(`raw floor (1 browser, ${poolSize()} pages at once, finished HTML)`, floor, '1.00×'),
        row(`policywright build (1 browser, ${poolSize()} pages at once)`, ours, `${overFloor.toFixed(2)}× floor (goal ≤ 1.25)`),
        row('naive (a browser per document)', naive, `ours is ${speedUp.toFixed(1)}× faster (goal ≥ 5)`),
      ],
      notes: [
        `the floor prints the very HTML files build writes for the same ${count} policies (lint banner and all): ${floor.pages} pages, and build ${ours.pages}; both ${poolSize()} pages at once in one browser`,
        `naive timed on ${naiveCount} documents and compared per document`,
        "memory is peak RSS; Chromium's is summed over the browser's own processes (shared library pages count once per process; 'private' leaves them out)",
        `${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)} at the end of the run`,
      ],
      speedUp,
      overFloor,
      floor,
      ours,
      naive,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * How build cost grows with the size of a trust: a trust base and `count` schools extending it,
 * built as `policywright build DIR --formats pdf` does (one browser, a page pool sized to the cores).
 */
export async function runBuildScaling({ counts }) {
  const rows = [];
  for (const count of counts) {
    const dir = mkdtempSync(path.join(tmpdir(), 'pw-bench-build-trust-'));
    try {
      generateTrust(dir, count);
      const r = await measureBuild(dir, path.join(dir, 'out'));
      rows.push([
        String(count),
        `${(r.ms / 1000).toFixed(1)} s`,
        `${(r.ms / r.docs).toFixed(0)} ms`,
        `${(r.pages / (r.ms / 1000)).toFixed(1)}`,
        `Node ${r.peak.node.toFixed(0)} MiB, Chromium ${r.peak.chromium.toFixed(0)} MiB`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return [
    '### How build cost grows with the size of a trust (PDF, one browser, page pool of ' + availableParallelism() + ')',
    '',
    '| schools | whole trust | per school | pages/s | peak memory |',
    '|---:|---:|---:|---:|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

export const table = (result) => resultTable(result, ['measure', 'documents', 'pages', 'time', 'peak memory', 'ratio']);

if (import.meta.url === `file://${process.argv[1]}`) {
  const countAt = process.argv.indexOf('--count');
  const result = await runBuildBench({
    quick: process.argv.includes('--quick'),
    ...(countAt > 0 ? { count: Number(process.argv[countAt + 1]) } : {}),
  });
  console.log(table(result));
}
