// Timing helpers for benchmarks: median of several runs with min and max, and peak memory.
import { readdirSync, readFileSync } from 'node:fs';

export async function measure(runs, fn) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn(i);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1], runs };
}

/** Peak resident memory of this Node process so far (MiB). */
export function nodePeakMiB() {
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * Resident memory (MiB) of a process and all its descendants: our Chromium only, not anyone else's.
 * `rss` is the plain sum (shared library pages are counted once per process); `private` counts
 * only each process's own memory.
 */
export function treeRssMiB(rootPid) {
  if (!rootPid) return { rss: 0, private: 0 };
  const parent = new Map();
  for (const p of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      parent.set(Number(p), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended while we looked
    }
  }
  let rss = 0;
  let anon = 0;
  for (const pid of parent.keys()) {
    let up = pid;
    while (up && up !== rootPid) up = parent.get(up);
    if (up !== rootPid) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      rss += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      anon += Number(/RssAnon:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // ended
    }
  }
  return { rss: rss / 1024, private: anon / 1024 };
}

/** Sample peak memory of Node and of the browser whose pid `browserPid()` returns, every 50 ms. */
export function memoryPeaks(browserPid) {
  const peak = { node: 0, chromium: 0, chromiumPrivate: 0 };
  const sample = () => {
    peak.node = Math.max(peak.node, process.memoryUsage.rss() / 1024 / 1024);
    const c = treeRssMiB(browserPid());
    peak.chromium = Math.max(peak.chromium, c.rss);
    peak.chromiumPrivate = Math.max(peak.chromiumPrivate, c.private);
  };
  const timer = setInterval(sample, 50);
  return { stop: () => (clearInterval(timer), sample(), peak) };
}

export function fmt(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

/** A benchmark's result as a Markdown section: its title, a table with these column headings, then its notes. */
export function resultTable(result, headings) {
  return [
    `### ${result.title}`,
    '',
    `| ${headings.join(' | ')} |`,
    `|${headings.map(() => '---').join('|')}|`,
    ...result.rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    ...result.notes.map((n) => `- ${n}`),
  ].join('\n');
}
