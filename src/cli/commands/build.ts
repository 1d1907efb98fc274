import path from 'node:path';
import type { Command } from 'commander';
import { describeDraft } from '../../core/draft.js';
import { parseAsOf } from './lint.js';
import { UserError } from '../../core/diagnostics.js';
import { collectPolicyFiles, displayPath } from '../../core/files.js';
import type { BuildOptions, BuildResult } from '../../render/build-policies.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../../render/output-formats.js';
import { EXIT, formatDiagnosticLine, sortDiagnostics, type CliIO, useColor } from '../io.js';
import type { SetExit } from './index.js';

interface BuildCommandOptions {
  out: string;
  formats: string;
  watch?: boolean;
  strict?: boolean;
  asOf?: string;
}

export function registerBuildCommand(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('build')
    .description('Make the parent-facing policy documents: an accessible PDF, a web page (HTML) and a Word file.')
    .argument('<path...>', 'policy files or folders of policies')
    .option('--out <dir>', 'folder for the documents', 'out')
    .option('--formats <list>', 'which documents to make, separated by commas: pdf, html, docx', OUTPUT_FORMATS.join(','))
    .option('--watch', 'keep running and rebuild a policy each time it is saved (stop with Ctrl+C)')
    .option('--strict', 'refuse to build a policy that has lint errors')
    .option('--as-of <date>', 'lint against the rules in force on this date (YYYY-MM-DD; default today)')
    .addHelpText(
      'after',
      `
Each policy is written to <out>/<school-name>/policy.pdf, policy.html and policy.docx.
A federation's document covers all its schools. A trust base that other policies extend
is not built on its own.

Exit codes: 0 every document built, 1 some could not be built, 2 could not run.

Examples:
  $ policywright build policies/
  $ policywright build policies/schools/oakfield-primary.yaml --formats pdf --out site/policies
  $ policywright build policies/ --watch`,
    )
    .action(async (paths: string[], opts: BuildCommandOptions) => setExit(await runBuild(paths, opts, io)));
}

export async function runBuild(paths: string[], opts: BuildCommandOptions, io: CliIO): Promise<number> {
  const formats = parseFormats(opts.formats);
  const { findChromium } = await import('../../render/chromium.js');
  // Find the browser before any work, so a missing Chromium is one clear message.
  if (formats.includes('pdf')) findChromium();
  const files = collectPolicyFiles(paths);
  if (files.length === 0) {
    io.err('No policy files (.yaml or .yml) found in the paths given.');
    return EXIT.cannotRun;
  }
  const { pathsProjectRoot } = await import('../../core/project-root.js');
  const showProgress = io.isTTY && files.length > 1 && Boolean(process.stderr.isTTY);
  const options: BuildOptions = {
    outDir: opts.out,
    formats,
    strict: Boolean(opts.strict),
    asOf: parseAsOf(opts.asOf),
    projectRoot: pathsProjectRoot(paths),
    onProgress: showProgress
      ? ({ done, total, file }) =>
          process.stderr.write(`\r\x1b[K[${done}/${total}] ${displayPath(file)}${done === total ? '\r\x1b[K' : ''}`)
      : undefined,
  };

  if (opts.watch) {
    const { watchPolicies } = await import('../../render/watch.js');
    const { configurationNote } = await import('../../lint/config-used.js');
    const stop = new AbortController();
    io.out('Watching for changes. Press Ctrl+C to stop.');
    await watchPolicies(paths, {
      ...options,
      signal: stop.signal,
      onBuild: (result, changed) => {
        if (changed.length) io.out(`\n${new Date().toLocaleTimeString('en-GB')}: ${changed.map(displayPath).join(', ')} changed.`);
        report(result, io, (files) => configurationNote(files, undefined, options.projectRoot));
      },
    });
    return EXIT.ok;
  }

  const started = Date.now();
  // Start Chromium first: it starts up on its own while the rest of the code loads and the policies
  // are checked and rendered (buildPolicies closes it).
  if (formats.includes('pdf')) options.opening = (await import('../../render/browser.js')).openBrowser();
  options.opening?.catch(() => undefined);
  let result: BuildResult;
  try {
    const { buildPolicies } = await import('../../render/build-policies.js');
    result = await buildPolicies(paths, options);
  } catch (e) {
    await (await options.opening?.catch(() => undefined))?.close();
    throw e;
  }
  const { configurationNote } = await import('../../lint/config-used.js');
  report(result, io, (files) => configurationNote(files, undefined, options.projectRoot), Date.now() - started);
  return result.failed.length ? EXIT.findings : EXIT.ok;
}

function parseFormats(list: string): OutputFormat[] {
  const asked = list
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const unknown = asked.filter((f) => !OUTPUT_FORMATS.includes(f as OutputFormat));
  if (unknown.length || asked.length === 0) {
    throw new UserError(
      `--formats ${list}: choose one or more of ${OUTPUT_FORMATS.join(', ')}, separated by commas (for example --formats pdf,html).`,
    );
  }
  return [...new Set(asked)] as OutputFormat[];
}

function report(result: BuildResult, io: CliIO, configurationNote: (files: string[]) => string, ms?: number): void {
  for (const d of result.built) {
    const parts = d.outputs.map((o) => `${path.basename(o.path)}${o.pages ? ` (${o.pages} page${o.pages === 1 ? '' : 's'})` : ''}`);
    io.out(`✓ ${displayPath(d.file)} → ${d.outputs[0] ? displayPath(path.dirname(d.outputs[0].path)) : d.slug}: ${parts.join(', ')}`);
    for (const w of d.warnings) io.out(`    ! ${w}`);
    if (d.draft.length) io.out(`    ! printed as a DRAFT (a mark on every page), because ${describeDraft(d.draft)}.`);
    if (d.lintErrors.length) {
      io.out(
        `    ! built with ${d.lintErrors.length} lint error${d.lintErrors.length === 1 ? '' : 's'} (run \`policywright lint ${displayPath(d.file)}\`; --strict refuses to build):`,
      );
      for (const e of sortDiagnostics(d.lintErrors).slice(0, 5)) io.out(`      ${formatDiagnosticLine(e, useColor(io)).split('\n')[0]}`);
    }
  }
  for (const s of result.skipped) io.out(`- ${displayPath(s.file)} skipped: ${s.reason}`);
  for (const f of result.failed) {
    for (const d of sortDiagnostics(f.diagnostics)) io.out(formatDiagnosticLine(d, useColor(io)));
  }
  const total = result.built.length + result.failed.length;
  const time = ms === undefined ? '' : ` in ${(ms / 1000).toFixed(1)} s`;
  const checked = [...result.built, ...result.failed].map((d) => d.file);
  if (checked.length) io.out(configurationNote(checked));
  io.out(`\nBuilt ${result.built.length} of ${total} document${total === 1 ? '' : 's'}${time}.`);
  if (result.failed.length) {
    io.out('Not built:');
    for (const f of result.failed) io.out(`  ✗ ${displayPath(f.file)} ${f.message}`);
  }
}
