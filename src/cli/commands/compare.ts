import { statSync } from 'node:fs';
import type { Command } from 'commander';
import { UserError } from '../../core/diagnostics.js';
import { displayPath } from '../../core/files.js';
import { COMPARE_FORMATS, type CompareFormat } from '../../compare/formats.js';
import { EXIT, type CliIO } from '../io.js';
import type { SetExit } from './index.js';

export interface CompareCliOptions {
  format: string;
  out?: string;
}

export function registerCompareCommand(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('compare')
    .description(
      'Compare the key settings of every school in a trust folder, marking where a school differs from the trust base or from most schools.',
    )
    .argument('<dir>', 'trust folder (a trust base and the school files that extend it; a federation gives one column per school)')
    .option('-f, --format <format>', `output format: ${COMPARE_FORMATS.join(', ')}`, 'markdown')
    .option('-o, --out <file>', 'write to this file instead of printing')
    .addHelpText(
      'after',
      `
Rows where a school stands out come first. Each value says which file and line set it.
Exit codes: 0 compared, 1 some files have problems and were left out, 2 could not run.

Examples:
  $ policywright compare policies/
  $ policywright compare --format html --out trust-comparison.html policies/
  $ policywright compare --format csv policies/ > settings.csv`,
    )
    .action(async (dir: string, opts: CompareCliOptions) => setExit(await runCompare(dir, opts, io)));
}

export async function runCompare(dir: string, opts: CompareCliOptions, io: CliIO): Promise<number> {
  const { compareFolder } = await import('../../compare/index.js');
  const { writeOutput } = await import('../../export/write-output.js');
  const { folderProjectRoot } = await import('../../core/project-root.js');
  if (!(COMPARE_FORMATS as readonly string[]).includes(opts.format))
    throw new UserError(`Unknown format "${opts.format}". Use one of: ${COMPARE_FORMATS.join(', ')}.`);
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new UserError(`${dir}: no such folder.`);
  }
  if (!isDir) throw new UserError(`${dir} is a file; compare needs a trust folder, for example \`policywright compare policies/\`.`);
  const title = `Key settings across ${displayPath(dir).replace(/\/$/, '')}`;
  const { text, matrix } = compareFolder(dir, opts.format as CompareFormat, title, { projectRoot: folderProjectRoot(dir) });
  if (!matrix.columns.length)
    throw new UserError(`${displayPath(dir)} holds no policy that covers a school, so there is nothing to compare.`);
  for (const s of matrix.skipped) io.err(`policywright: ${s}`);
  if (opts.out) {
    writeOutput(opts.out, text);
    io.err(`Wrote ${displayPath(opts.out)}`);
  } else {
    io.out(text);
  }
  return matrix.skipped.some((s) => /cannot be used/.test(s)) ? EXIT.findings : EXIT.ok;
}
