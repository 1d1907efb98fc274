import type { Command } from 'commander';
import { UserError } from '../../core/diagnostics.js';
import { displayPath } from '../../core/files.js';
import { ROW_LIMIT } from '../../letters/columns.js';
import { groupedNumber } from '../../text/numbers.js';
import { EXIT, formatDiagnosticLine, sortDiagnostics, type CliIO } from '../io.js';
import type { SetExit } from './index.js';

export interface LettersCliOptions {
  policy?: string;
  pupils?: string;
  letter: string;
  school?: string;
  out?: string;
  dryRun?: boolean;
  split?: boolean;
  map?: string;
  date?: string;
  verbose?: boolean;
  allowErrors?: boolean;
}

export function registerLettersCommand(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('letters')
    .description('Write letters to parents from a pupil CSV, chosen by the policy’s escalation stages, as print-ready PDFs.')
    .requiredOption('--policy <file>', 'the school’s policy file')
    .requiredOption('--pupils <csv>', `pupil file (CSV, at most ${groupedNumber(ROW_LIMIT)} rows; columns in docs/letters.md)`)
    .option('--letter <id>', 'a letter id, a stage id, "leave-decision", or "auto" to choose by the escalation triggers', 'auto')
    .option('--school <id>', 'the school, when the policy covers several')
    .option('--out <dir>', 'output folder (default out/letters/<school>/<date>/)')
    .option('--dry-run', 'show which letter each pupil would get, and write nothing')
    .option('--split', 'also write one PDF per pupil')
    .option('--map <file>', 'YAML mapping our column names to your export’s headers (see templates/letters/mappings/)')
    .option('--date <date>', 'date on the letters, YYYY-MM-DD (default today)')
    .option('--verbose', 'name the pupils in what is printed (by default only counts are printed)')
    .option('--allow-errors', 'print letters even though the policy has lint errors; every page is marked DRAFT')
    .addHelpText(
      'after',
      `
Letters hold personal data: they are written only under the output folder, and errors name the row, never its contents.
The policy is checked first: if it has lint errors, no letters are written (exit 1) unless --allow-errors,
and then every page says "DRAFT: the policy this letter is based on has errors".
A letter is never sent about nothing: a pupil with no late marks gets no lateness letter, one with no absence
no persistent-absence letter, even when --letter names it; the summary and the log say who was skipped and why.
Exit codes: 0 every row done, 1 some rows skipped (see the messages), or the policy is not valid or has lint errors, 2 could not run.

Examples:
  $ policywright letters --policy policies/schools/hillcrest-secondary.yaml --pupils pupils.csv --dry-run
  $ policywright letters --policy policies/schools/hillcrest-secondary.yaml --pupils pupils.csv --letter auto
  $ policywright letters --policy policies/schools/hillcrest-secondary.yaml --pupils arbor.csv --map templates/letters/mappings/arbor.yaml --dry-run
  $ policywright letters --policy policies/schools/hillcrest-secondary.yaml --pupils leave-requests.csv --letter leave-decision`,
    )
    .action(async (opts: LettersCliOptions) => setExit(await runLetters(opts, io)));
}

const n = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function parseLetterDate(value: string | undefined, { localToday, parseDate }: typeof import('../../letters/dates.js')): string {
  if (!value) return localToday();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDate(value) : undefined;
  if (!date) throw new UserError(`--date must be a date written YYYY-MM-DD, for example 2025-03-14 (got "${value}").`);
  return date;
}

export async function runLetters(opts: LettersCliOptions, io: CliIO): Promise<number> {
  const { generateLetters } = await import('../../letters/generate.js');
  const { InvalidPolicyError, PolicyHasErrorsError } = await import('../../letters/plan.js');
  const { dryRunTable, letterCounts, problemLine, skipReasons, withheldLines } = await import('../../letters/run-summary.js');
  const date = parseLetterDate(opts.date, await import('../../letters/dates.js'));
  let result;
  try {
    result = await generateLetters({
      policyFile: opts.policy!,
      pupilsFile: opts.pupils!,
      letter: opts.letter,
      school: opts.school,
      mapFile: opts.map,
      date,
      out: opts.out,
      dryRun: opts.dryRun,
      split: opts.split,
      allowErrors: opts.allowErrors,
    });
  } catch (e) {
    if (e instanceof PolicyHasErrorsError) {
      for (const d of sortDiagnostics(e.diagnostics)) io.err(formatDiagnosticLine(d, io.isTTY));
      io.err(`policywright: ${e.message}`);
      return EXIT.findings;
    }
    if (e instanceof InvalidPolicyError) {
      io.err(`policywright: ${e.message}`);
      return EXIT.findings;
    }
    throw e;
  }
  const { plan, counts } = result;
  for (const note of plan.notes) io.err(`Note: ${note}`);
  for (const row of plan.rows) for (const p of row.problems) io.err(problemLine(p));
  if (opts.dryRun) {
    io.out(dryRunTable(plan, opts.verbose ?? false));
    io.out(
      `\nDry run: ${n(counts.written, 'letter')} would be written${counts.written ? ` (${letterCounts(plan)})` : ''}, ${n(counts.noLetter, 'pupil')} would get no letter, ${n(counts.skipped, 'row')} skipped. Nothing was written.`,
    );
    for (const line of withheldLines(plan.rows, true)) io.out(line);
  } else {
    if (opts.verbose) for (const l of plan.letters) io.out(`row ${l.view.pupil.row}: ${l.view.pupil.full_name} → ${l.kind.id}`);
    const files = result.pdfs.filter((p) => !p.file.startsWith('split/'));
    const split = result.pdfs.length - files.length;
    io.out(
      `Wrote ${n(counts.written, 'letter')}${counts.written ? ` (${letterCounts(plan)})` : ''} in ${n(files.length, 'PDF')}${split ? ` and ${n(split, 'single-letter PDF')}` : ''} to ${displayPath(result.outDir!)}.`,
    );
    io.out(`${n(counts.noLetter, 'pupil')} needed no letter. ${n(counts.skipped, 'row')} skipped.`);
    for (const line of withheldLines(plan.rows)) io.out(line);
    io.out(`Log: ${displayPath(result.logFile!)}`);
  }
  if (counts.skipped) {
    io.err(
      `Skipped rows, by reason:\n${skipReasons(plan.rows)
        .map((r) => `  ${r}`)
        .join('\n')}`,
    );
    return EXIT.findings;
  }
  return EXIT.ok;
}
