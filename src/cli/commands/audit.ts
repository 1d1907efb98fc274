import type { Command } from 'commander';
import { UserError } from '../../core/diagnostics.js';
import type { FoundDiagnostic } from '../../lint/context.js';
import { FORMATS, type FormatName } from '../../lint/format/names.js';
import { MAX_DOCX_BYTES, MAX_TEXT_BYTES } from '../../legacy/limits.js';
import { EXIT, type CliIO, useColor } from '../io.js';
import type { SetExit } from './index.js';
import { parseAsOf } from './lint.js';

export interface AuditCliOptions {
  format: string;
  asOf?: string;
  config?: string;
  excerpt?: boolean;
}

export function registerAuditCommand(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('audit')
    .description('Check an existing Word, Markdown, HTML or plain-text policy against the DfE rules, before importing it.')
    .argument('<legacy...>', 'policy documents (.docx, .md, .html, .txt)')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'stylish')
    .option('--as-of <date>', 'check against the rules in force on this date (YYYY-MM-DD; default today)')
    .option('-c, --config <file>', 'config file (default: nearest policywright.config.yaml)')
    .option('--excerpt', 'the document is only part of a policy: report nothing about what it does not say')
    .addHelpText(
      'after',
      `
Every prose rule reads the whole document; facts found in it (times, penalty amounts, retention,
thresholds, codes, citations, review dates, contacts) are also checked by the data rules. Each
finding quotes the sentence it is about; for Word documents the line is the paragraph number.
A document that does not look like a whole policy (it lacks most of the usual parts, or ends with
"[…]" or in the middle of a sentence) is read as an excerpt: what it does not say is listed as
"could not check", not reported as a problem. --excerpt forces this. On a whole policy, "the policy
does not say X" is reported only when nothing in it speaks of X; otherwise X is listed as "could
not check", with the line that speaks of it. The list is in every format (JSON: "couldNotCheck").
Documents are read up to ${MAX_TEXT_BYTES / 1024 / 1024} MB (text formats) or ${MAX_DOCX_BYTES / 1024 / 1024} MB (.docx).

Exit codes: 0 no errors, 1 findings, 2 could not run.

Examples:
  $ policywright audit old-policy.docx
  $ policywright audit --as-of 2026-11-26 --format markdown attendance-2023.txt > audit.md`,
    )
    .action(async (files: string[], opts: AuditCliOptions) => setExit(await runAudit(files, opts, io)));
}

export async function runAudit(files: string[], opts: AuditCliOptions, io: CliIO): Promise<number> {
  const { findConfig, readConfig } = await import('../../lint/config.js');
  const { countBySeverity } = await import('../../lint/engine.js');
  const { formatReports, groupByFile } = await import('../../lint/format/index.js');
  const { auditDocument } = await import('../../legacy/audit.js');
  const { readLegacyDocument } = await import('../../legacy/read-legacy.js');
  const notesOf = await import('../../legacy/could-not-check.js');
  if (!(FORMATS as readonly string[]).includes(opts.format))
    throw new UserError(`Unknown format "${opts.format}". Use one of: ${FORMATS.join(', ')}.`);
  const asOf = parseAsOf(opts.asOf);
  const all: FoundDiagnostic[] = [];
  const notes: Array<NonNullable<ReturnType<typeof notesOf.couldNotCheckList>>> = [];
  let unreadable = false;
  for (const file of files) {
    try {
      const doc = await readLegacyDocument(file);
      const configPath = opts.config ?? findConfig(file);
      const result = auditDocument(doc, { asOf, config: readConfig(configPath), ...(opts.excerpt ? { excerpt: true } : {}) });
      all.push(...result.diagnostics);
      const note = notesOf.couldNotCheckList(doc.file, result, opts.excerpt === true);
      if (note) notes.push(note);
    } catch (e) {
      // One unreadable document does not stop the others; it makes the exit code 2.
      if (!(e instanceof UserError) || files.length === 1) throw e;
      io.err(`policywright: ${e.message}`);
      unreadable = true;
    }
  }
  const report = formatReports(opts.format as FormatName, groupByFile(all), { color: useColor(io), asOf, version: '0.1.0' });
  if (opts.format === 'json') io.out(withCouldNotCheck(report, notes));
  else io.out(report);
  for (const note of notes) {
    if (opts.format === 'stylish') io.out(notesOf.couldNotCheckText(note));
    else if (opts.format === 'markdown') io.out(`\n${notesOf.couldNotCheckMarkdown(note)}`);
    // SARIF and GitHub annotations have no place for it: it goes to standard error.
    else if (opts.format !== 'json') io.err(notesOf.couldNotCheckText(note));
  }
  if (unreadable) return EXIT.cannotRun;
  return countBySeverity(all).errors > 0 ? EXIT.findings : EXIT.ok;
}

/** The JSON report with each document's "could not check" list beside its messages (an additive field). */
function withCouldNotCheck(report: string, notes: Array<{ file: string; why: string; items: unknown[] }>): string {
  if (!notes.length) return report;
  const files = JSON.parse(report) as Array<{ filePath: string; [k: string]: unknown }>;
  for (const n of notes) {
    const entry = files.find((f) => f.filePath === n.file);
    const couldNotCheck = { why: n.why, items: n.items };
    if (entry) entry.couldNotCheck = couldNotCheck;
    else files.push({ filePath: n.file, messages: [], errorCount: 0, warningCount: 0, infoCount: 0, exceptedCount: 0, couldNotCheck });
  }
  return JSON.stringify(files, null, 2);
}
