import path from 'node:path';
import type { Command } from 'commander';
import { removeStaleTemporaries } from '../../core/atomic-write.js';
import { UserError } from '../../core/diagnostics.js';
import { collectPolicyFiles, displayPath } from '../../core/files.js';
import { countBySeverity, today } from '../../lint/engine.js';
import { lintFiles, type LintedFile } from '../../lint/parallel.js';
import { fixDiff, planFixes, writeFixes } from '../../lint/fix.js';
import { FORMATS, formatReports, groupByFile, type FormatName } from '../../lint/format/index.js';
import { allRules } from '../../lint/registry.js';
import { configurationNote } from '../../lint/config-used.js';
import { EXIT, type CliIO } from '../io.js';
import type { SetExit } from './index.js';

export interface LintCliOptions {
  format: string;
  asOf?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  maxWarnings?: string;
  config?: string;
  listRules?: boolean;
}

export function parseAsOf(value: string | undefined): string {
  if (!value) return today();
  const d = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new UserError(`--as-of must be a date written YYYY-MM-DD, for example 2024-09-01 (got "${value}").`);
  }
  return value;
}

export function registerLintCommand(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('lint')
    .description('Check policies against the DfE rules in force (2024 guidance, registration and penalty-notice regulations).')
    .argument('[path...]', 'policy files or folders')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'stylish')
    .option('--as-of <date>', 'check against the rules in force on this date (YYYY-MM-DD; default today)')
    .option('--fix', 'apply mechanical fixes (amounts, retention years, code labels, citations); comments are kept')
    .option('--fix-dry-run', 'show the changes --fix would make, without writing')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('-c, --config <file>', 'config file (default: nearest policywright.config.yaml)')
    .option('--list-rules', 'list every rule')
    .addHelpText('after', `
Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings, 2 could not run.

Examples:
  $ policywright lint policies/
  $ policywright lint --as-of 2024-06-01 policies/schools/oakfield-primary.yaml
  $ policywright lint --format sarif policies/ > policywright.sarif
  $ policywright lint --fix-dry-run policies/trust-base.yaml
  $ policywright explain register-retention-6-years`)
    .action(async (paths: string[], opts: LintCliOptions) => setExit(await runLint(paths, opts, io)));
}

export async function runLint(paths: string[], opts: LintCliOptions, io: CliIO): Promise<number> {
  if (opts.listRules) {
    for (const r of allRules()) io.out(`${r.meta.id.padEnd(52)} ${r.meta.severity.padEnd(8)} ${r.meta.title}`);
    return EXIT.ok;
  }
  if (!paths.length) throw new UserError('Give one or more policy files or folders, for example `policywright lint policies/`.');
  if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UserError(`Unknown format "${opts.format}". Use one of: ${FORMATS.join(', ')}.`);
  const maxWarnings = opts.maxWarnings === undefined ? undefined : Number(opts.maxWarnings);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) throw new UserError('--max-warnings must be a whole number, 0 or more.');
  const asOf = parseAsOf(opts.asOf);
  const files = collectPolicyFiles(paths);
  if (!files.length) throw new UserError('No policy files (.yaml or .yml) found in the paths given.');
  const lintAll = () => lintFiles(files, { asOf, ...(opts.config ? { configPath: opts.config } : {}) });
  let results: LintedFile[] = await lintAll();
  const machine = opts.format !== 'stylish';
  const note = (t: string) => (machine ? io.err(t) : io.out(t));
  if (opts.fix) for (const f of files) removeStaleTemporaries(path.dirname(path.resolve(f)), path.basename(f));
  if (opts.fix || opts.fixDryRun) {
    const plans = planFixes(results.flatMap((r) => r.diagnostics));
    if (!plans.length) note('No automatic fixes to make.');
    for (const p of plans) {
      if (opts.fixDryRun) note(fixDiff(p));
      for (const a of p.applied) note(`${opts.fixDryRun ? 'Would fix' : 'Fixed'} ${displayPath(a.file)}:${a.line}  ${a.description}  (${a.ruleId})`);
    }
    if (opts.fix && plans.length) {
      writeFixes(plans);
      results = await lintAll();
    }
  }
  const all = results.flatMap((r) => r.diagnostics);
  // Said first, so the summary stays the last line.
  note(configurationNote(files, opts.config));
  io.out(formatReports(opts.format as FormatName, groupByFile(all), { color: io.isTTY, asOf, version: '0.1.0' }));
  if (results.some((r) => r.unreadable)) return EXIT.cannotRun;
  const n = countBySeverity(all);
  if (n.errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && n.warnings > maxWarnings) {
    note(`${n.warnings} warnings is more than --max-warnings ${maxWarnings}.`);
    return EXIT.findings;
  }
  return EXIT.ok;
}
