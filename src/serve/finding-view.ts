import type { FindingData, Severity } from '../core/diagnostics.js';

/**
 * One finding as the browser shows it: the server's words for it, the rule's explanation, and a fix
 * when there is a safe one. The server (src/serve/findings.ts) makes it and the browser (web/src)
 * reads it, both with this one type. Types only, importing nothing with a run-time effect, so the
 * browser's build can import it.
 */
export interface FindingView {
  key: string;
  ruleId: string;
  severity: Severity;
  /** The finding in words, with the sentence it quotes (made by the server, the formatter here). */
  message: string;
  hint?: string;
  /** Which of the rule's messages it is, and the values it was filled in with (the finding as data). */
  messageId?: string;
  data?: FindingData;
  /** The sentence of the policy's text it is about. */
  quote?: string;
  /** The value it is about, as the policy gives it. */
  value?: string | number | boolean;
  /** The school it concerns. */
  school?: string;
  /** The file and line where the value was written (may be the trust base). */
  where: string;
  inThisFile: boolean;
  /** For a finding in this file: the place of the value in the file's data (keys and list positions), as the form names its fields. */
  field?: Array<string | number>;
  title?: string;
  explanation?: string;
  governorQuestion?: string;
  excepted?: string;
  fix?: {
    /** What the fix would change, in words. */
    change: string;
    /** False when the value lives in another file (the trust base): that file must be opened to fix it. */
    here: boolean;
    otherFile?: string;
  };
}

/** Findings counted by severity; excepted ones apart. */
export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
  excepted: number;
}
