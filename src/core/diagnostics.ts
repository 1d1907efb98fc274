/** A place in a source file. Lines and columns start at 1. */
export interface Position {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** One finding: a schema error, a lint finding or a problem reading a file. */
export interface Diagnostic extends Position {
  ruleId: string;
  severity: Severity;
  message: string;
  /** What to do about it, in plain English. */
  hint?: string;
  /** Set when the finding is covered by an active, justified exception. */
  excepted?: { reason: string; approvedBy: string; until: string };
  /** Set when the value was inherited: the file that reported it is not the one that set it. */
  inheritedBy?: string;
}

/** A user error that stops a command: printed without a stack trace, exit code 2. */
export class UserError extends Error {
  constructor(message: string, readonly position?: Partial<Position>) {
    super(message);
    this.name = 'UserError';
  }
}

export function formatPosition(p: Partial<Position>): string {
  if (!p.file) return '';
  if (!p.line) return p.file;
  return `${p.file}:${p.line}:${p.column ?? 1}`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
