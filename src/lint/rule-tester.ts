import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { FixKind, FoundDiagnostic } from './context.js';
import { lintFile } from './engine.js';
import { planFixes } from './fix.js';
import type { ExpectedFinding, Rule, RuleExample } from './rule.js';

/** The date examples are checked against when they give none. */
export const EXAMPLE_DATE = '2026-11-26';

export interface ExampleRun {
  /** True when the example is not a valid policy (schema errors stopped the rules). */
  invalid: boolean;
  findings: FoundDiagnostic[];
  /** The findings as an example writes them. */
  actual: ExpectedFinding[];
}

export interface FixRun {
  /** The text after the changes (the example's own text when nothing changed). */
  after: string;
  /** Changes the fixer refused to make, with why. */
  refused: string[];
  /** What YAML found wrong with the changed text (none when it parses). */
  yamlErrors: string[];
  /** The changed policy, checked again: whether it is valid, and what this rule would still change. */
  again?: { invalid: boolean; stillChanges: number; schemaErrors: string[] };
}

/**
 * Runs one rule alone on its examples, as ESLint's RuleTester does: each example is written to a
 * file of its own and linted with only that rule; a fixed output is parsed and linted again.
 */
export class RuleTester {
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'pw-rule-tester-'));
  private n = 0;

  private write(yaml: string): string {
    const file = path.join(this.dir, `example-${this.n++}.yaml`);
    writeFileSync(file, yaml);
    return file;
  }

  /** The rule as the example needs it: for an example with templates of its own, checking those. */
  private ruleFor(rule: Rule, ex: RuleExample): Rule {
    if (!ex.templates) return rule;
    if (!rule.forTemplates) throw new Error(`${rule.meta.id}: an example gives templates, but the rule does not check templates.`);
    const dir = path.join(this.dir, `templates-${this.n++}`);
    for (const [name, text] of Object.entries(ex.templates)) {
      const file = path.join(dir, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    return rule.forTemplates(dir);
  }

  run(rule: Rule, ex: RuleExample, yaml = ex.yaml): ExampleRun {
    const result = lintFile(this.write(yaml), { asOf: ex.asOf ?? EXAMPLE_DATE, rules: [this.ruleFor(rule, ex)] });
    const findings = result.diagnostics;
    return {
      invalid: result.invalid,
      findings,
      actual: findings.map((d) => ({ messageId: d.messageId ?? `(message) ${d.message}`, line: d.line, column: d.column })),
    };
  }

  fix(rule: Rule, ex: RuleExample, kind: FixKind): FixRun {
    const fixed = this.applied(rule, ex, kind, ex.yaml);
    const out: FixRun = { after: fixed.after, refused: fixed.refused, yamlErrors: parseDocument(fixed.after).errors.map((e) => e.message) };
    if (fixed.after !== ex.yaml) {
      const again = this.applied(rule, ex, kind, fixed.after);
      out.again = { invalid: again.invalid, stillChanges: again.changes, schemaErrors: again.invalid ? again.messages : [] };
    }
    return out;
  }

  private applied(rule: Rule, ex: RuleExample, kind: FixKind, yaml: string) {
    const file = this.write(yaml);
    const result = lintFile(file, { asOf: ex.asOf ?? EXAMPLE_DATE, rules: [this.ruleFor(rule, ex)] });
    const plan = planFixes(result.diagnostics, { kinds: [kind], checked: new Map([[file, yaml]]) });
    return {
      after: plan.results[0]?.after ?? yaml,
      refused: plan.refused.map((r) => r.reason),
      changes: plan.results.reduce((n, r) => n + r.applied.length, 0),
      invalid: result.invalid,
      messages: result.diagnostics.map((d) => d.message),
    };
  }
}
