import type { Command } from 'commander';
import { UserError } from '../../core/diagnostics.js';
import { today } from '../../core/today.js';
import { EXIT, type CliIO } from '../io.js';
import { parseAsOf } from './lint.js';
import type { SetExit } from './index.js';

function parseDate(flag: string, value: string): string {
  try {
    return parseAsOf(value);
  } catch {
    throw new UserError(`${flag} must be a date written YYYY-MM-DD, for example 2023-09-01 (got "${value}").`);
  }
}

export function registerLawCommand(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('law')
    .description('List every change of a legal value or cited guidance edition between two dates, with its source.')
    .requiredOption(
      '--since <date>',
      'list changes on or after this date (YYYY-MM-DD), for example the date governors last approved the policy',
    )
    .option('--until <date>', 'list changes on or before this date (YYYY-MM-DD; default today)')
    .option('-f, --format <format>', 'output format: text, json', 'text')
    .addHelpText(
      'after',
      `
Examples:
  $ policywright law --since 2023-09-01
  $ policywright law --since 2024-01-01 --until 2024-12-31 --format json`,
    )
    .action(async (opts: { since: string; until?: string; format: string }) => setExit(await runLaw(opts, io)));
}

export async function runLaw(opts: { since: string; until?: string; format: string }, io: CliIO): Promise<number> {
  const { lawChangesBetween, lawFreshness } = await import('../../law/index.js');
  const { formatLawChanges } = await import('./law-text.js');
  if (opts.format !== 'text' && opts.format !== 'json') throw new UserError(`Unknown format "${opts.format}". Use text or json.`);
  const since = parseDate('--since', opts.since);
  const until = opts.until === undefined ? today() : parseDate('--until', opts.until);
  if (until < since) throw new UserError(`--until (${until}) is before --since (${since}). Give the earlier date to --since.`);
  const changes = lawChangesBetween(since, until);
  const { lastChecked, checkedAgainst } = lawFreshness(until);
  if (opts.format === 'json') io.out(JSON.stringify({ since, until, lastChecked, checkedAgainst, changes }, null, 2));
  else io.out(formatLawChanges(changes, since, until, lastChecked));
  return EXIT.ok;
}
