import { statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../core/diagnostics.js';
import { displayPath } from '../../core/files.js';
import type { Report } from '../../report/build-report.js';
import { EXIT, type CliIO } from '../io.js';
import type { SetExit } from './index.js';
import { parseAsOf } from './lint.js';

export interface ReportCliOptions {
  out?: string;
  asOf?: string;
}

export function registerReportCommand(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('report')
    .description(
      "Write the governors' compliance report (HTML and PDF): every rule checked, what it means, what was found, and a ratification block.",
    )
    .argument('<path...>', 'a policy file, or a trust folder for one report covering every school')
    .option('-o, --out <dir>', 'folder for report.html and report.pdf (default out/report/<name>/)')
    .option('--as-of <date>', 'check against the rules in force on this date (YYYY-MM-DD; default today)')
    .addHelpText(
      'after',
      `
A folder gives one trust report: a first page comparing the schools, then each school's report.
Exit codes: 0 written, 1 a policy has problems that stop it being checked, 2 could not run.

Examples:
  $ policywright report policies/schools/oakfield-primary.yaml
  $ policywright report --as-of 2026-09-01 policies/
  $ policywright report --out governors-pack policies/brook-and-meadow-federation.yaml`,
    )
    .action(async (paths: string[], opts: ReportCliOptions) => setExit(await runReport(paths, opts, io)));
}

async function buildReport(p: string, asOf: string): Promise<Report> {
  const { policyReport, trustReport } = await import('../../report/build-report.js');
  const { folderProjectRoot } = await import('../../core/project-root.js');
  let isDir: boolean;
  try {
    isDir = statSync(p).isDirectory();
  } catch {
    throw new UserError(`${p}: no such file or folder.`);
  }
  return isDir ? trustReport(p, asOf, { projectRoot: folderProjectRoot(p) }) : policyReport(p, asOf);
}

export async function runReport(paths: string[], opts: ReportCliOptions, io: CliIO): Promise<number> {
  const { ReportError } = await import('../../report/build-report.js');
  const { writeReportHtml, writeReportPdf } = await import('../../report/write-report.js');
  const asOf = parseAsOf(opts.asOf);
  let code: number = EXIT.ok;
  // Every HTML file first, so they exist even if the browser cannot be started.
  const pending: Array<{ html: string; dir: string; htmlFile: string }> = [];
  for (const p of paths) {
    let report: Report;
    try {
      report = await buildReport(p, asOf);
    } catch (e) {
      if (!(e instanceof ReportError)) throw e;
      io.err(`policywright: ${e.message}`);
      code = Math.max(code, e.unreadable ? EXIT.cannotRun : EXIT.findings);
      continue;
    }
    const dir = opts.out ? (paths.length > 1 ? path.join(opts.out, report.slug) : opts.out) : path.join('out', 'report', report.slug);
    const { file, html } = writeReportHtml(report, dir);
    pending.push({ html, dir, htmlFile: file });
  }
  if (!pending.length) return code;
  const { withBrowser } = await import('../../render/browser.js');
  await withBrowser(async (pool) => {
    for (const item of pending) {
      const pdf = await writeReportPdf(item.html, item.dir, pool);
      io.out(`Wrote ${displayPath(item.htmlFile)} and ${displayPath(pdf.file)} (${pdf.pages} page${pdf.pages === 1 ? '' : 's'})`);
    }
  });
  return code;
}
