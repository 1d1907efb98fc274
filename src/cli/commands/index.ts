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
import { registerServeCommand } from './serve.js';

export type SetExit = (code: number) => void;

/** Each feature registers its own commands here. */
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
  registerServeCommand(program, io, setExit);
}
