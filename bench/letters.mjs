// Letters benchmark: letters/s and peak memory for `letters --letter auto` on generated pupils, with a
// baseline measured in the same run: one PDF per letter, a new browser page for each (the same
// locked-down page and print options, one browser). The baseline is timed on a sample of the same
// letters and extrapolated per letter. Goal: at least 20× the baseline.
// Run: npx tsc -p tsconfig.build.json && node bench/letters.mjs [--quick] [--pupils N]
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { memoryPeaks, resultTable } from './stats.mjs';
import puppeteer from 'puppeteer-core';
import { generateLetters } from '../dist/letters/generate.js';
import { letterTemplates } from '../dist/letters/letter-templates.js';
import { planLetters } from '../dist/letters/plan.js';
import { chromiumLaunchOptions, openBrowser } from '../dist/render/browser.js';
import { openLockedPage, printOnPage } from '../dist/render/pdf.js';

const POLICY = new URL('../policies/schools/hillcrest-secondary.yaml', import.meta.url).pathname;
const DATE = '2026-12-01';

/** A small seeded generator, so every run draws the same pupils. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fictional pupils spread over every stage of the trust base (and some who need no letter). */
export function writePupils(file, count) {
  const next = random(42);
  const lines = [
    'pupil_id,first_name,last_name,year_group,parent_name,address_1,town,postcode,sessions_possible,sessions_attended,unauthorised_sessions_10wk,support_given',
  ];
  for (let i = 0; i < count; i++) {
    const possible = 280 + Math.floor(next() * 40);
    const attendance = [0.99, 0.95, 0.91, 0.85, 0.45][Math.floor(next() * 5)] + next() * 0.02;
    const attended = Math.min(possible, Math.round(possible * attendance));
    // Unauthorised sessions in the last 10 weeks are some of the sessions missed, never more.
    const unauthorised = Math.min(possible - attended, next() < 0.15 ? 10 + Math.floor(next() * 6) : Math.floor(next() * 6));
    lines.push(
      `B${100000 + i},Pupil${i},Example,${7 + (i % 7)},Parent Example ${i},${i + 1} Example Street,Bradford,BD99 ${1 + (i % 9)}ZZ,${possible},${attended},${unauthorised},Phone call; Attendance meeting; Support plan`,
    );
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/** The command as `letters --letter auto` runs it: one browser, one print per letter type. */
async function openCombined(warmUpPupils, outDir) {
  const pool = await openBrowser();
  // Warm up on a few pupils: the first document in a fresh browser is several times slower.
  await generateLetters({ policyFile: POLICY, pupilsFile: warmUpPupils, date: DATE, out: path.join(outDir, 'warm-up'), browser: pool });
  const mem = memoryPeaks(() => pool.pid);
  let n = 0;
  return {
    async run(pupils) {
      const t0 = performance.now();
      const result = await generateLetters({
        policyFile: POLICY,
        pupilsFile: pupils,
        letter: 'auto',
        date: DATE,
        out: path.join(outDir, `run-${n++}`),
        browser: pool,
      });
      return { ms: performance.now() - t0, result };
    },
    async close() {
      await pool.close();
      return mem.stop();
    },
  };
}

/** The baseline: the same letters, one PDF each, a new page for every letter. */
async function openBaseline(pupils, outDir) {
  const plan = planLetters({ policyFile: POLICY, pupilsFile: pupils, letter: 'auto', date: DATE });
  const templates = letterTemplates();
  const profile = mkdtempSync(path.join(tmpdir(), 'pw-bench-letters-'));
  const browser = await puppeteer.launch(chromiumLaunchOptions(profile));
  mkdirSync(outDir, { recursive: true });
  const render = async (l, name) => {
    const page = await openLockedPage(browser);
    const html = templates.document({ title: l.kind.title, letters: [templates.letter(l.template, l.view)] });
    const pdf = await printOnPage(page, html);
    writeFileSync(path.join(outDir, `letter-${name}.pdf`), pdf.data);
    await page.close();
  };
  await render(plan.letters[0], 'warm-up');
  const mem = memoryPeaks(() => browser.process()?.pid);
  let next = 0;
  return {
    /** Print the next `count` letters; returns the time taken. */
    async run(count) {
      const t0 = performance.now();
      for (let i = 0; i < count; i++, next++) await render(plan.letters[next % plan.letters.length], next);
      return performance.now() - t0;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
      return mem.stop();
    },
  };
}

/**
 * Run the benchmark: `pupils` generated pupils (200 with `quick`), the baseline on `sample` letters
 * in all. The machine may be shared, so the two are interleaved: each run of the command is followed
 * by its share of the baseline sample, and both see the same background load.
 */
export async function runLettersBench({ quick = false, pupils = quick ? 200 : 1000, sample = quick ? 12 : 51, runs = 3 } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-bench-letters-'));
  try {
    const csv = path.join(dir, 'pupils.csv');
    const warmUp = path.join(dir, 'warm-up.csv');
    writePupils(csv, pupils);
    writePupils(warmUp, 20);
    const combined = await openCombined(warmUp, path.join(dir, 'out'));
    const baseline = await openBaseline(csv, path.join(dir, 'baseline'));
    const times = [];
    let baseMs = 0;
    let result;
    for (let i = 0; i < runs; i++) {
      const r = await combined.run(csv);
      times.push(r.ms);
      result = r.result;
      baseMs += await baseline.run(Math.ceil(sample / runs));
    }
    const baseLetters = Math.ceil(sample / runs) * runs;
    const oursPeak = await combined.close();
    const basePeak = await baseline.close();
    times.sort((a, b) => a - b);
    const ours = {
      ms: times[Math.floor(times.length / 2)],
      min: times[0],
      max: times.at(-1),
      letters: result.counts.written,
      files: result.pdfs.length,
      pages: result.pdfs.reduce((n, p) => n + p.pages, 0),
    };
    const oursRate = ours.letters / (ours.ms / 1000);
    const baseRate = baseLetters / (baseMs / 1000);
    const speedUp = oursRate / baseRate;
    const mem = (p) => `Node ${p.node.toFixed(0)} MiB, Chromium ${p.chromium.toFixed(0)} MiB`;
    return {
      title: `letters --letter auto: ${pupils} generated pupils, ${ours.letters} letters`,
      rows: [
        [
          'letters (1 browser, one print per letter type)',
          `${oursRate.toFixed(1)} letters/s`,
          `${(ours.ms / 1000).toFixed(2)} s median (${(ours.min / 1000).toFixed(2)}–${(ours.max / 1000).toFixed(2)}), ${ours.files} PDFs, ${ours.pages} pages`,
          mem(oursPeak),
          `${speedUp.toFixed(1)}× the baseline (goal ≥ 20)`,
        ],
        [
          'baseline (one PDF per letter, new page each)',
          `${baseRate.toFixed(1)} letters/s`,
          `${(baseMs / 1000).toFixed(2)} s for a sample of ${baseLetters}; ≈ ${(ours.letters / baseRate).toFixed(0)} s for ${ours.letters} (extrapolated)`,
          mem(basePeak),
          '1.00×',
        ],
      ],
      notes: [
        `ours: median of ${runs} runs of the whole command (read, choose, template, print, write, log); baseline: printing and writing only, ${baseLetters} letters timed in ${runs} parts, each after one of our runs, and extrapolated per letter`,
        'memory is peak RSS after warm-up; Chromium summed over each browser’s own processes (Node is this whole process)',
      ],
      speedUp,
      ours,
      base: { ms: baseMs, letters: baseLetters },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const table = (result) => resultTable(result, ['measure', 'throughput', 'time', 'peak memory', 'ratio']);

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--pupils');
  const result = await runLettersBench({
    quick: process.argv.includes('--quick'),
    ...(at > 0 ? { pupils: Number(process.argv[at + 1]) } : {}),
  });
  console.log(table(result));
}
