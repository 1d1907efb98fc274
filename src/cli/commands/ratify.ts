import type { Command } from 'commander';
import { displayPath } from '../../core/files.js';
import { EXIT, type CliIO } from '../io.js';
import type { SetExit } from './index.js';
import { parseAsOf } from './lint.js';

export interface RatifyCliOptions {
  by: string;
  minute: string;
  date?: string;
}

export function registerRatifyCommand(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('ratify')
    .description(
      "Record the governing board's approval in the policy file: status approved, the date, who approved it, the minute reference and a fingerprint of what was approved.",
    )
    .argument('<file>', 'the policy file the board approved')
    .requiredOption('--by <body>', 'who approved it, for example "Full governing board"')
    .requiredOption('--minute <reference>', 'the minute reference of the decision')
    .option('--date <date>', 'the date of the decision (YYYY-MM-DD; default today)')
    .addHelpText(
      'after',
      `
Only the document section of the file changes, and every comment is kept. If the policy (or the
trust base it builds on) changes afterwards, lint warns that it changed since it was ratified, and
policywright diff --since-ratified shows what changed.

Examples:
  $ policywright ratify policies/schools/oakfield-primary.yaml --by "Full governing board" --minute "FGB 2026-09-22 item 7" --date 2026-09-22`,
    )
    .action(async (file: string, opts: RatifyCliOptions) => setExit(await runRatify(file, opts, io)));
}

export async function runRatify(file: string, opts: RatifyCliOptions, io: CliIO): Promise<number> {
  const { ratifyPolicy } = await import('../../ratify/index.js');
  const { longDate } = await import('../../core/dates.js');
  const { roleInSentence } = await import('../../lint/in-sentence.js');
  const date = opts.date === undefined ? parseAsOf(undefined) : opts.date;
  const result = ratifyPolicy(file, { by: opts.by, minute: opts.minute, date });
  io.out(
    `Recorded the approval in ${displayPath(result.file)}: approved by ${roleInSentence(opts.by)} on ${longDate(date)} (minute ${opts.minute.trim()}).`,
  );
  if (result.unchangedSinceLastApproval) io.out('The content is the same as at the last recorded approval.');
  return EXIT.ok;
}
