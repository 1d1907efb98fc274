import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { registerFoundationCommands } from './foundation.js';
import { registerBuildCommand } from './build.js';
import { registerLintCommand } from './lint.js';
import { registerAuditCommand } from './audit.js';
import { registerImportCommand } from './import.js';
import { registerExportCommand } from './export.js';
import { registerReportCommand } from './report.js';
import { registerCompareCommand } from './compare.js';
import { registerLettersCommand } from './letters.js';
import { registerLawCommand } from './law.js';
import { registerDiffCommand } from './diff.js';
import { registerRatifyCommand } from './ratify.js';
import { registerServeCommand } from './serve.js';

export type SetExit = (code: number) => void;

/**
 * Each feature registers its own commands here.
 *
 * Start-up is kept cheap: registering a command (its name, options and help) must load nothing
 * heavy, because every run registers every command. A command file imports statically only
 * commander's types, ../io.js, core/diagnostics.js, core/files.js and small constant modules (such
 * as lint/format/names.js); its action imports the code that does the work when it runs:
 *
 *   .action(async (paths, opts) => setExit(await runThing(paths, opts, io)));
 *   export async function runThing(...) {
 *     const { doThing } = await import('../../thing/do-thing.js');
 *
 * (Types may be imported statically with `import type`: they cost nothing at run time.)
 * test/cli/startup.test.ts checks that `--help` loads none of the heavy libraries.
 */
export function registerCommands(program: Command, io: CliIO, setExit: SetExit): void {
  registerFoundationCommands(program, io, setExit);
  registerBuildCommand(program, io, setExit);
  registerLintCommand(program, io, setExit);
  registerAuditCommand(program, io, setExit);
  registerImportCommand(program, io, setExit);
  registerExportCommand(program, io, setExit);
  registerReportCommand(program, io, setExit);
  registerCompareCommand(program, io, setExit);
  registerLettersCommand(program, io, setExit);
  registerLawCommand(program, io, setExit);
  registerDiffCommand(program, io, setExit);
  registerRatifyCommand(program, io, setExit);
  registerServeCommand(program, io, setExit);
}
