import type { Diagnostic, Position, Severity } from '../core/diagnostics.js';
import type { LawText } from '../law/law-text.js';

export interface Citation {
  /** Instrument or guidance, e.g. "School Attendance (Pupil Registration) (England) Regulations 2024". */
  source: string;
  /** Regulation, section or paragraph. */
  paragraph?: string;
  url?: string;
}

export interface RuleMeta {
  id: string;
  level: 'must' | 'should' | 'info';
  severity: Severity;
  /** What the rule reads: the policy's data, its text (prose), both, or the letter templates. */
  where: 'data' | 'prose' | 'both' | 'templates';
  /**
   * The settings the rule checks: JSON-pointer patterns into the merged policy (`*` one key or list
   * item, `**` any number of them; see rule-settings.ts). The governors' report quotes the values
   * there as the evidence that the rule is met. A rule about the text alone lists none.
   */
  settings?: string[];
  /** What the rule asks, in a line; legal values in it are filled in at the date in use (see `ruleTitle`). */
  title: string | LawText;
  explanation: string;
  citations: Citation[];
  effectiveFrom: string;
  confidence: 'high' | 'medium' | 'low';
  confidenceNote?: string;
  /** Has changes with one legally right answer, made by `--fix`. */
  fixable: boolean;
  /** Has suggested changes that are the school's decision, made only with `--fix --fix-type suggestion`. */
  suggestions?: boolean;
  governorQuestion: string;
  /** The rule's messages by id; `{{name}}` is filled in from the finding's data (see messages.ts). */
  messages?: Record<string, string>;
  /**
   * The ids of the messages that say the policy lacks something ("The policy does not say …"): the
   * audit of a document that is only part of a policy cannot confirm them (see legacy/audit.ts).
   * Each is named by a topic in vocabulary/absence-topics.yaml, which says what it is about.
   */
  absence?: string[];
  /** What to do about each message, by the same ids (filled in the same way). */
  hints?: Record<string, string>;
}

export interface RuleExample {
  /** What the example shows. */
  title: string;
  /** A small policy (YAML). */
  yaml: string;
  asOf?: string;
  /** For a failing example: the exact text `lint --fix` makes of `yaml` (absent: --fix changes nothing). */
  output?: string;
  /** For a failing example: the exact text `lint --fix --fix-type suggestion` makes of `yaml`. */
  suggested?: string;
  /** For a failing example written in an examples file: exactly the findings the rule gives, in order. */
  errors?: ExpectedFinding[];
  /** For a rule about the templates: the template files (path in the folder → text) the example is checked against. */
  templates?: Record<string, string>;
}

/** A finding an example expects: which message, and where (line and column of the policy). */
export interface ExpectedFinding {
  messageId: string;
  line: number;
  column: number;
}

/**
 * A rule: what it checks and why (`meta`) and its examples. The check itself, and the context it
 * is given, are the package's own (left out of the published types): a caller chooses among the
 * rules (`allRules`, `findRule`, `LintOptions.rules`) but does not write them.
 */
export interface Rule {
  meta: RuleMeta;
  /** @internal */
  check(ctx: import('./context.js').RuleContext): void;
  examples: { pass: RuleExample[]; fail: RuleExample[] };
  /** @internal A rule about the templates: the same rule for another templates folder (the rule tester's examples). */
  forTemplates?(dir: string): Rule;
}

export type { Diagnostic, Position };
