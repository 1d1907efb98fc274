import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { registerFoundationCommands } from './foundation.js';
import { registerLintCommand } from './lint.js';

export type SetExit = (code: number) => void;

/** Each feature registers its own commands here. */
export function registerCommands(program: Command, io: CliIO, setExit: SetExit): void {
  registerFoundationCommands(program, io, setExit);
  registerLintCommand(program, io, setExit);
}
