#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { formatPosition, UserError } from '../core/diagnostics.js';
import { registerCommands } from './commands/index.js';
import { cleanIO, EXIT, processIO, type CliIO } from './io.js';

/** Run the CLI with the given arguments (without `node` and the script). Returns the exit code. */
export async function main(argv: string[], rawIO: CliIO = processIO): Promise<number> {
  const io = cleanIO(rawIO);
  const program = new Command('policywright')
    .description('School attendance policies as code: validate, lint against the DfE 2024 rules, render, export.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  let code: number = EXIT.ok;
  registerCommands(program, io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT.ok : EXIT.cannotRun;
    }
    if (e instanceof UserError) {
      const where = e.position ? `${formatPosition(e.position)}: ` : '';
      io.err(`policywright: ${where}${e.message}`);
      return EXIT.cannotRun;
    }
    io.err(
      `policywright: an unexpected problem stopped the command: ${(e as Error).message}\nPlease report this, with the command you ran.`,
    );
    if (process.env.POLICYWRIGHT_DEBUG) io.err(String((e as Error).stack));
    return EXIT.cannotRun;
  }
  return code;
}

function isEntryPoint(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/** A reader that stops early (`policywright lint | head`) closes the pipe: stop quietly, not with a stack trace. */
function stopQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw e;
  });
}

if (isEntryPoint()) {
  stopQuietlyOnClosedPipe(process.stdout);
  stopQuietlyOnClosedPipe(process.stderr);
  // Node 22.1 and later can keep the compiled code of the modules a command loads between runs
  // (in the system's temporary folder); Node 20 has no such cache, hence the check.
  (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
