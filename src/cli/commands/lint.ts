import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../core/diagnostics.js';
import { collectPolicyFiles, displayPath } from '../../core/files.js';
import { today } from '../../core/today.js';
import type { LintedFile } from '../../lint/parallel.js';
import { FORMATS, type FormatName } from '../../lint/format/names.js';
import { EXIT, type CliIO, useColor } from '../io.js';
import type { FixKind } from '../../lint/context.js';
import { isIsoDate } from '../../core/today.js';
import type { SetExit } from './index.js';

export interface LintCliOptions {
  format: string;
  asOf?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  fixType?: string;
  maxWarnings?: string;
  config?: string;
  listRules?: boolean;
}

export function parseAsOf(value: string | undefined): string {
  if (!value) return today();
  if (!isIsoDate(value)) {
    throw new UserError(`--as-of must be a date written YYYY-MM-DD, for example 2024-09-01 (got "${value}").`);
  }
  return value;
}

const FIX_TYPES: FixKind[] = ['fix', 'suggestion'];

/** `--fix-type fix,suggestion` → the kinds of change to make (only with --fix or --fix-dry-run). */
export function parseFixType(opts: LintCliOptions): FixKind[] {
  if (opts.fixType === undefined) return ['fix'];
  if (!opts.fix && !opts.fixDryRun)
    throw new UserError('--fix-type says which changes to make: add --fix (to make them) or --fix-dry-run (to see them first).');
  const kinds = opts.fixType.split(',').map((k) => k.trim());
  const unknown = kinds.find((k) => !(FIX_TYPES as string[]).includes(k));
  if (unknown !== undefined || kinds.length === 0)
    throw new UserError(`Unknown --fix-type "${unknown ?? ''}". Use fix, suggestion, or fix,suggestion.`);
  return kinds as FixKind[];
}

export function registerLintCommand(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('lint')
    .description('Check policies against the DfE rules in force (2024 guidance, registration and penalty-notice regulations).')
    .argument('[path...]', 'policy files or folders')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'stylish')
    .option('--as-of <date>', 'check against the rules in force on this date (YYYY-MM-DD; default today)')
    .option(
      '--fix',
      'make the changes that have one legally right answer (amounts, retention years, code labels, citations, renamed terms); comments are kept',
    )
    .option('--fix-dry-run', 'show the changes --fix would make, without writing')
    .option(
      '--fix-type <types>',
      'which changes --fix makes: fix (the default), suggestion (changes that are the school\'s decision, shown as "→ suggestion"), or both: fix,suggestion',
    )
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('-c, --config <file>', 'config file (default: nearest policywright.config.yaml)')
    .option('--list-rules', 'list every rule')
    .addHelpText(
      'after',
      `
Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings, 2 could not run.

Examples:
  $ policywright lint policies/
  $ policywright lint --as-of 2024-06-01 policies/schools/oakfield-primary.yaml
  $ policywright lint --format sarif policies/ > policywright.sarif
  $ policywright lint --fix-dry-run policies/trust-base.yaml
  $ policywright explain register-retention-6-years`,
    )
    .action(async (paths: string[], opts: LintCliOptions) => setExit(await runLint(paths, opts, io)));
}

export async function runLint(paths: string[], opts: LintCliOptions, io: CliIO): Promise<number> {
  const { allRules } = await import('../../lint/registry.js');
  const { lintFiles } = await import('../../lint/parallel.js');
  const { countBySeverity } = await import('../../lint/engine.js');
  const { formatReports, groupByFile } = await import('../../lint/format/index.js');
  if (opts.listRules) {
    const { ruleTitle } = await import('../../lint/rule-title.js');
    const titlesAt = parseAsOf(opts.asOf);
    for (const r of allRules()) io.out(`${r.meta.id.padEnd(52)} ${r.meta.severity.padEnd(8)} ${ruleTitle(r.meta, titlesAt)}`);
    return EXIT.ok;
  }
  if (!paths.length) throw new UserError('Give one or more policy files or folders, for example `policywright lint policies/`.');
  if (!(FORMATS as readonly string[]).includes(opts.format))
    throw new UserError(`Unknown format "${opts.format}". Use one of: ${FORMATS.join(', ')}.`);
  const maxWarnings = opts.maxWarnings === undefined ? undefined : Number(opts.maxWarnings);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0))
    throw new UserError('--max-warnings must be a whole number, 0 or more.');
  const asOf = parseAsOf(opts.asOf);
  const kinds = parseFixType(opts);
  const files = collectPolicyFiles(paths);
  if (!files.length) throw new UserError('No policy files (.yaml or .yml) found in the paths given.');
  const lintAll = () => lintFiles(files, { asOf, ...(opts.config ? { configPath: opts.config } : {}) });
  let results: LintedFile[] = await lintAll();
  let refusedAny = false;
  const machine = opts.format !== 'stylish';
  const note = (t: string) => (machine ? io.err(t) : io.out(t));
  if (opts.fix || opts.fixDryRun) {
    const { removeStaleTemporaries } = await import('../../core/atomic-write.js');
    const { fixDiff, planFixes, writeFixes } = await import('../../lint/fix.js');
    if (opts.fix) for (const f of files) removeStaleTemporaries(path.dirname(path.resolve(f)), path.basename(f));
    const checked = new Map(results.flatMap((r) => Object.entries(r.checked ?? {})));
    const { results: plans, refused } = planFixes(
      results.flatMap((r) => r.diagnostics),
      { kinds, checked },
    );
    if (!plans.length && !refused.length) note(kinds.includes('fix') ? 'No automatic fixes to make.' : 'No suggestions to apply.');
    for (const p of plans) {
      if (opts.fixDryRun) note(fixDiff(p));
      for (const a of p.applied)
        note(
          `${opts.fixDryRun ? 'Would fix' : 'Fixed'} ${displayPath(a.file)}:${a.line}  ${a.description}  (${a.ruleId}${a.kind === 'suggestion' ? ', suggestion' : ''})`,
        );
    }
    for (const r of refused)
      io.err(
        `Not fixed: ${displayPath(r.file)}:${r.line} (${r.ruleId}): ${r.reason}. The file was left as it was; make this change by hand.`,
      );
    if (opts.fix && plans.length) {
      writeFixes(plans);
      results = await lintAll();
    }
    if (refused.length) refusedAny = true;
  }
  const all = results.flatMap((r) => r.diagnostics);
  // Said first, so the summary stays the last line.
  const { configurationNote } = await import('../../lint/config-used.js');
  note(configurationNote(files, opts.config));
  io.out(formatReports(opts.format as FormatName, groupByFile(all), { color: useColor(io), asOf, version: '0.1.0' }));
  if (results.some((r) => r.unreadable) || refusedAny) return EXIT.cannotRun;
  const n = countBySeverity(all);
  if (n.errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && n.warnings > maxWarnings) {
    note(`${n.warnings} warnings is more than --max-warnings ${maxWarnings}.`);
    return EXIT.findings;
  }
  return EXIT.ok;
}
