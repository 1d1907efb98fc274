// Start-up benchmark: what one person feels running one command on one policy. Each command runs as a
// whole process (`node dist/cli/main.js ...`), interleaved with a bare `node -e 0` in the same run, so
// the ratio holds on a busy machine; for `build` the floor is Chromium printing the same finished
// HTML from its own command line (`chromium --headless --print-to-pdf`).
// Run: npm run build && node bench/startup.mjs [--quick] [--runs N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAUNCH_ARGS } from '../dist/render/browser.js';
import { findChromium } from '../dist/render/chromium.js';
import { countPdfPages } from '../dist/render/pdf.js';
import { resultTable } from './stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'dist/cli/main.js');
const POLICY = 'policies/schools/oakfield-primary.yaml';

/** Run a command to completion; its wall time in ms. A command that fails stops the benchmark. */
function wall(cmd, args, { okCodes = [0, 1] } = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error || !okCodes.includes(r.status))
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.error?.message ?? r.stderr.slice(0, 500)}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stat = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

/**
 * Time `fn` and `baseline` alternately `runs` times (after one warm-up of each): medians of each and
 * the median of the paired ratios, which is steadier than a ratio of medians when the load shifts.
 */
function paired(runs, fn, baseline) {
  fn();
  baseline();
  const a = [];
  const b = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    const y = baseline();
    const x = fn();
    a.push(x);
    b.push(y);
    ratios.push(x / y);
  }
  return { ours: stat(a), base: stat(b), ratio: median(ratios) };
}

export async function runStartupBench({ quick = false, runs = quick ? 5 : 11 } = {}) {
  const work = mkdtempSync(path.join(tmpdir(), 'pw-bench-startup-'));
  try {
    const node = () => wall(process.execPath, ['-e', '0']);
    const cli =
      (...args) =>
      () =>
        wall(process.execPath, [CLI, ...args]);
    const rows = [];
    const results = {};
    const add = (key, label, r, floorLabel, goal) => {
      results[key] = r;
      rows.push([
        label,
        `${r.ours.median.toFixed(0)} ms (${r.ours.min.toFixed(0)}–${r.ours.max.toFixed(0)})`,
        `${floorLabel} ${r.base.median.toFixed(0)} ms`,
        `${r.ratio.toFixed(1)}×`,
        goal,
      ]);
    };
    add('help', '`policywright --help`', paired(runs, cli('--help'), node), '`node -e 0`', '≤ 3×');
    add('validate', `\`policywright validate\` one policy`, paired(runs, cli('validate', POLICY), node), '`node -e 0`', '≤ 5×');
    add(
      'lint',
      `\`policywright lint\` one policy`,
      paired(runs, cli('lint', '--as-of', '2026-11-26', POLICY), node),
      '`node -e 0`',
      '≤ 8×',
    );

    // The floor for build: Chromium printing the HTML that build makes of the same policy.
    wall(process.execPath, [CLI, 'build', POLICY, '--formats', 'html', '--out', path.join(work, 'html')]);
    const [htmlDir] = readdirSync(path.join(work, 'html'));
    const htmlFile = path.join(work, 'html', htmlDir, 'policy.html');
    const chromium = findChromium();
    let floorPages = 0;
    const chromiumPrint = () => {
      const profile = mkdtempSync(path.join('/tmp', 'pw-bench-cr-'));
      const pdf = path.join(profile, 'out.pdf');
      try {
        const ms = wall(chromium, [
          '--headless',
          ...LAUNCH_ARGS,
          `--user-data-dir=${profile}`,
          '--no-pdf-header-footer',
          `--print-to-pdf=${pdf}`,
          `file://${htmlFile}`,
        ]);
        floorPages = countPdfPages(readFileSync(pdf));
        return ms;
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    };
    const buildOut = path.join(work, 'pdf');
    let buildPages = 0;
    const build = () => {
      const ms = wall(process.execPath, [CLI, 'build', '--as-of', '2026-11-26', POLICY, '--formats', 'pdf', '--out', buildOut]);
      const [slug] = readdirSync(buildOut);
      buildPages = countPdfPages(readFileSync(path.join(buildOut, slug, 'policy.pdf')));
      return ms;
    };
    add(
      'build',
      '`policywright build --formats pdf` one policy',
      paired(quick ? 3 : Math.max(5, Math.ceil(runs / 2)), build, chromiumPrint),
      'Chromium CLI print of its HTML',
      '≤ 1.5×',
    );
    return {
      title: `start-up: one command on one policy (${POLICY}), as whole processes`,
      rows,
      notes: [
        `each command and its floor run alternately, ${runs} times (build ${quick ? 3 : Math.max(5, Math.ceil(runs / 2))}) after a warm-up; the ratio is the median of the paired ratios`,
        `build printed ${buildPages} pages; Chromium's own print of the same HTML ${floorPages} pages`,
      ],
      results,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const table = (result) =>
  resultTable(result, ['command', 'wall time, median (min–max)', 'floor, median', '× floor (paired)', 'goal']);

if (import.meta.url === `file://${process.argv[1]}`) {
  const runsAt = process.argv.indexOf('--runs');
  const result = await runStartupBench({
    quick: process.argv.includes('--quick'),
    ...(runsAt > 0 ? { runs: Number(process.argv[runsAt + 1]) } : {}),
  });
  console.log(table(result));
}
