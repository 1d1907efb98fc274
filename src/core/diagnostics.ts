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
  /** The policy files that inherit the value from the file that set it (set when findings are grouped by file). */
  inheritedBy?: string[];
  /** Which of the rule's messages this is (`meta.messages`), and the values it was filled in with. */
  messageId?: string;
  data?: FindingData;
  /** The sentence of the policy's text the finding is about (prose findings). */
  quote?: string;
  /** The headings the finding's place sits under, as a reader sees them ("5 Responsibilities > 5.2 Governors"); audit only. */
  heading?: string;
  /** The value the finding is about, as the policy gives it (data findings about one value). */
  value?: string | number | boolean;
  /** The id of the school the finding concerns, when it is about one school's values. */
  school?: string;
  /** The finding is about something the policy does not say (not about a sentence or value it has). */
  absence?: true;
  /** In an audit of a document: the finding points at no line, because the document says nothing about it. */
  foundNowhere?: true;
}

/**
 * The values a message is filled in with: numbers, words and ISO dates, never sentences made elsewhere.
 * A list (of ids, such as `missingParts`) is for programs reading the finding, not for the message.
 */
export type FindingData = Record<string, string | number | boolean | string[]>;

/** What an audit adds to a finding about a document that says nothing about its topic. */
export const FOUND_NOWHERE_NOTE = '(The audit found nothing about this in the document.)';

/**
 * The words of a finding for a reader: its message and, for a prose finding, the sentence it quotes
 * and under which heading (or, in an audit, that the document says nothing about it).
 */
export function findingText(d: Pick<Diagnostic, 'message' | 'quote' | 'foundNowhere' | 'heading'>): string {
  const under = d.heading ? ` (under ${d.heading})` : '';
  const said = d.quote === undefined ? `${d.message}${under}` : `${d.message} The text says${under}: “${d.quote}”`;
  return d.foundNowhere ? `${said} ${FOUND_NOWHERE_NOTE}` : said;
}

/** A user error that stops a command: printed without a stack trace, exit code 2. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly position?: Partial<Position>,
  ) {
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
