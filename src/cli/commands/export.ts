import type { Command } from 'commander';
import { UserError } from '../../core/diagnostics.js';
import { displayPath } from '../../core/files.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/formats.js';
import { EXIT, type CliIO } from '../io.js';
import type { SetExit } from './index.js';
import { parseAsOf } from './lint.js';

export interface ExportCliOptions {
  format: string;
  out?: string;
  asOf?: string;
  includeContacts?: boolean;
}

export function registerExportCommand(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('export')
    .description(
      'Export the rules of a policy (times, thresholds, stages, leave, penalty notices, codes) for MIS, trackers and dashboards.',
    )
    .argument('<file>', 'policy file')
    .option('-f, --format <format>', `output format: ${EXPORT_FORMATS.join(', ')}`, 'json')
    .option('-o, --out <file>', 'write to this file instead of printing')
    .option('--as-of <date>', 'use the national values in force on this date (YYYY-MM-DD; default today)')
    .option('--include-contacts', 'include names, emails and phone numbers (left out by default)')
    .addHelpText(
      'after',
      `
The output follows schemas/rules-export.schema.json; the same files and --as-of always give the same bytes.
Exit codes: 0 exported, 1 the policy has problems (nothing exported), 2 could not run.

Examples:
  $ policywright export policies/schools/oakfield-primary.yaml
  $ policywright export --format csv --out oakfield-rules.csv policies/schools/oakfield-primary.yaml
  $ policywright export --format yaml --as-of 2025-09-01 policies/brook-and-meadow-federation.yaml`,
    )
    .action(async (file: string, opts: ExportCliOptions) => setExit(await runExport(file, opts, io)));
}

export async function runExport(file: string, opts: ExportCliOptions, io: CliIO): Promise<number> {
  const { exportRules, serialiseExport } = await import('../../export/index.js');
  const { invalidPolicyMessage, loadValidPolicy } = await import('../../validate/load-valid.js');
  const { writeOutput } = await import('../../export/write-output.js');
  if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format))
    throw new UserError(`Unknown format "${opts.format}". Use one of: ${EXPORT_FORMATS.join(', ')}.`);
  const asOf = parseAsOf(opts.asOf);
  const checked = loadValidPolicy(file);
  if (!checked.ok) {
    io.err(`policywright: ${invalidPolicyMessage(file, checked.diagnostics)}`);
    return checked.unreadable ? EXIT.cannotRun : EXIT.findings;
  }
  const text = serialiseExport(
    exportRules(checked.loaded, { asOf, includeContacts: opts.includeContacts ?? false }),
    opts.format as ExportFormat,
  );
  if (!opts.out) {
    io.out(text);
    return EXIT.ok;
  }
  writeOutput(opts.out, text);
  io.err(`Wrote ${displayPath(opts.out)}`);
  return EXIT.ok;
}
