import pc from 'picocolors';
import { compareDiagnostics, findingText, type Diagnostic } from '../core/diagnostics.js';
import { displayPath } from '../core/files.js';
import { terminalSafe, terminalSafeKeepingColour } from '../core/terminal-text.js';

/** Where the CLI writes; tests pass their own to capture output. */
export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  isTTY: boolean;
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  isTTY: Boolean(process.stdout.isTTY),
};

/**
 * Colour only on a terminal, and never when NO_COLOR is set to anything but an empty string
 * (https://no-color.org).
 */
export function useColor(io: CliIO, env: NodeJS.ProcessEnv = process.env): boolean {
  return io.isTTY && !(env.NO_COLOR !== undefined && env.NO_COLOR !== '');
}

/**
 * What the commands print, with every character a terminal would obey removed (escape sequences,
 * bidirectional overrides), whatever file it came from. Colour codes stay only where colour is on.
 */
export function cleanIO(io: CliIO): CliIO {
  const clean = io.isTTY ? terminalSafeKeepingColour : terminalSafe;
  return { out: (t) => io.out(clean(t)), err: (t) => io.err(clean(t)), isTTY: io.isTTY };
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, cannotRun: 2 } as const;

export function formatDiagnosticLine(d: Diagnostic, color: boolean): string {
  const c = color ? pc : { red: (s: string) => s, yellow: (s: string) => s, blue: (s: string) => s, dim: (s: string) => s };
  const sev = d.severity === 'error' ? c.red('error') : d.severity === 'warning' ? c.yellow('warning') : c.blue('info');
  const lines = [
    `${terminalSafe(displayPath(d.file))}:${d.line}:${d.column}  ${sev}  ${terminalSafe(findingText(d))}${d.ruleId && d.ruleId !== 'schema' && d.ruleId !== 'io' ? c.dim(`  ${d.ruleId}`) : ''}`,
  ];
  if (d.hint) lines.push(`    ${c.dim(`→ ${terminalSafe(d.hint)}`)}`);
  return lines.join('\n');
}

export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return [...ds].sort(compareDiagnostics);
}
