import type { Command } from 'commander';
import { UserError } from '../../core/diagnostics.js';
import { displayPath } from '../../core/files.js';
import type { DiffFormat, PolicyDiff } from '../../diff/index.js';

// The formats, here rather than imported, so that --help loads no diff code (src/diff/format.ts has the same list).
const DIFF_FORMATS = ['text', 'markdown', 'html', 'json'] as const;
import { EXIT, type CliIO } from '../io.js';
import type { SetExit } from './index.js';

export interface DiffCliOptions {
  format: string;
  since?: string;
  sinceRatified?: boolean;
  out?: string;
}

export function registerDiffCommand(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('diff')
    .description(
      'Say in plain English what changed between two versions of a policy, topic by topic, with old and new values and the changed words of the text.',
    )
    .argument('<file...>', 'OLD NEW (two policy files), or one policy file with --since or --since-ratified')
    .option('--since <revision>', 'compare with the policy as it was at this git version (a commit, branch or tag)')
    .option('--since-ratified', 'compare with the version the governing board approved (recorded by ratify)')
    .option('-f, --format <format>', `output format: ${DIFF_FORMATS.join(', ')}`, 'text')
    .option('-o, --out <file>', 'write to this file instead of printing')
    .addHelpText(
      'after',
      `
Both versions are compared after taking in the trust base, so a change made there shows too.
Exit codes: 0 no changes, 1 changes listed, 2 could not run.

Examples:
  $ policywright diff last-year.yaml policies/schools/oakfield-primary.yaml
  $ policywright diff --since HEAD~1 policies/schools/oakfield-primary.yaml
  $ policywright diff --since-ratified --format html --out changes.html policies/schools/oakfield-primary.yaml`,
    )
    .action(async (files: string[], opts: DiffCliOptions) => setExit(await runDiff(files, opts, io)));
}

async function computeDiff(files: string[], opts: DiffCliOptions): Promise<PolicyDiff> {
  const { diffPolicyFiles, diffSinceRatified, diffSinceRevision } = await import('../../diff/index.js');
  const oneFile = opts.since !== undefined || opts.sinceRatified;
  if (opts.since !== undefined && opts.sinceRatified) throw new UserError('Use either --since or --since-ratified, not both.');
  if (oneFile && files.length !== 1)
    throw new UserError(`With ${opts.sinceRatified ? '--since-ratified' : '--since'}, give one policy file (got ${files.length}).`);
  if (!oneFile && files.length !== 2)
    throw new UserError('Give two policy files to compare (OLD NEW), or one file with --since REVISION or --since-ratified.');
  if (opts.sinceRatified) return diffSinceRatified(files[0]!);
  if (opts.since !== undefined) return diffSinceRevision(files[0]!, opts.since);
  return diffPolicyFiles(files[0]!, files[1]!);
}

export async function runDiff(files: string[], opts: DiffCliOptions, io: CliIO): Promise<number> {
  if (!(DIFF_FORMATS as readonly string[]).includes(opts.format))
    throw new UserError(`Unknown format "${opts.format}". Use one of: ${DIFF_FORMATS.join(', ')}.`);
  const diff = await computeDiff(files, opts);
  const { formatDiff } = await import('../../diff/index.js');
  const text = formatDiff(diff, opts.format as DiffFormat);
  if (opts.out) {
    const { writeOutput } = await import('../../export/write-output.js');
    writeOutput(opts.out, text);
    io.err(`Wrote ${displayPath(opts.out)} (${diff.count} change${diff.count === 1 ? '' : 's'})`);
  } else {
    io.out(text.replace(/\n$/, ''));
  }
  return diff.count ? EXIT.findings : EXIT.ok;
}
