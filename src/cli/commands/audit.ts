import type { Command } from 'commander';
import { UserError } from '../../core/diagnostics.js';
import type { FoundDiagnostic } from '../../lint/context.js';
import { FORMATS, type FormatName } from '../../lint/format/names.js';
import { MAX_DOCX_BYTES, MAX_TEXT_BYTES } from '../../legacy/limits.js';
import { EXIT, type CliIO } from '../io.js';
import type { SetExit } from './index.js';
import { parseAsOf } from './lint.js';

export interface AuditCliOptions {
  format: string;
  asOf?: string;
  config?: string;
}

export function registerAuditCommand(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('audit')
    .description('Check an existing Word, Markdown, HTML or plain-text policy against the DfE rules, before importing it.')
    .argument('<legacy...>', 'policy documents (.docx, .md, .html, .txt)')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'stylish')
    .option('--as-of <date>', 'check against the rules in force on this date (YYYY-MM-DD; default today)')
    .option('-c, --config <file>', 'config file (default: nearest policywright.config.yaml)')
    .addHelpText('after', `
Every prose rule reads the whole document; facts found in it (times, penalty amounts, retention,
thresholds, codes, citations, review dates, contacts) are also checked by the data rules. Each
finding quotes the sentence it is about; for Word documents the line is the paragraph number.
Documents are read up to ${MAX_TEXT_BYTES / 1024 / 1024} MB (text formats) or ${MAX_DOCX_BYTES / 1024 / 1024} MB (.docx).

Exit codes: 0 no errors, 1 findings, 2 could not run.

Examples:
  $ policywright audit old-policy.docx
  $ policywright audit --as-of 2026-11-26 --format markdown attendance-2023.txt > audit.md`)
    .action(async (files: string[], opts: AuditCliOptions) => setExit(await runAudit(files, opts, io)));
}

export async function runAudit(files: string[], opts: AuditCliOptions, io: CliIO): Promise<number> {
  const { findConfig, readConfig } = await import('../../lint/config.js');
  const { countBySeverity } = await import('../../lint/engine.js');
  const { formatReports, groupByFile } = await import('../../lint/format/index.js');
  const { auditDocument } = await import('../../legacy/audit.js');
  const { readLegacyDocument } = await import('../../legacy/read-legacy.js');
  if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UserError(`Unknown format "${opts.format}". Use one of: ${FORMATS.join(', ')}.`);
  const asOf = parseAsOf(opts.asOf);
  const all: FoundDiagnostic[] = [];
  let unreadable = false;
  for (const file of files) {
    try {
      const doc = await readLegacyDocument(file);
      const configPath = opts.config ?? findConfig(file);
      all.push(...auditDocument(doc, { asOf, config: readConfig(configPath) }).diagnostics);
    } catch (e) {
      // One unreadable document does not stop the others; it makes the exit code 2.
      if (!(e instanceof UserError) || files.length === 1) throw e;
      io.err(`policywright: ${e.message}`);
      unreadable = true;
    }
  }
  io.out(formatReports(opts.format as FormatName, groupByFile(all), { color: io.isTTY, asOf, version: '0.1.0' }));
  if (unreadable) return EXIT.cannotRun;
  return countBySeverity(all).errors > 0 ? EXIT.findings : EXIT.ok;
}
