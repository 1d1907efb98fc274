import { findConfig, readConfig, type LintConfig } from '../lint/config.js';
import { parseSections, type FoundDiagnostic } from '../lint/context.js';
import { lintFile } from '../lint/engine.js';
import { allRules } from '../lint/registry.js';
import type { Rule } from '../lint/rule.js';
import type { LoadedPolicy } from '../load/load-policy.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { settingsRead } from './settings-read.js';
import { ruleTitle } from '../lint/rule-title.js';
import { evidenceFor, publishedSentences, type Evidence, type PublishedSentence } from './evidence.js';
import { ruleStatus, STATUS_ORDER, type RuleStatus } from './rule-status.js';

export interface RuleResult {
  rule: Rule;
  status: RuleStatus;
  reason?: string;
  findings: FoundDiagnostic[];
  /** For a rule met (or met in the data only): the settings it read and the sentences that explain them. */
  evidence?: Evidence;
}

export type PolicyCheck =
  | { ok: true; file: string; loaded: LoadedPolicy; results: RuleResult[] }
  | { ok: false; file: string; unreadable: boolean; diagnostics: Diagnostic[] };

/** Lint one policy (with its config and exceptions) and give every rule a status, most serious first. */
export function checkPolicy(file: string, asOf: string, config?: LintConfig, projectRoot?: string): PolicyCheck {
  const cfg = config ?? readConfig(findConfig(file, projectRoot));
  const linted = lintFile(file, { asOf, config: cfg, ...(projectRoot ? { projectRoot } : {}) });
  if (linted.invalid) return { ok: false, file, unreadable: linted.unreadable, diagnostics: linted.diagnostics };
  const loaded = linted.loaded;
  let sections: ReturnType<typeof parseSections> | undefined;
  // Checks of the letter templates are for whoever maintains them, not for the board.
  const rules = allRules().filter((r) => r.meta.where !== 'templates');
  let published: PublishedSentence[] | undefined;
  const results = rules.map((rule): RuleResult => {
    const findings = linted.diagnostics.filter((d) => d.ruleId === rule.meta.id);
    const applicability = linted.applicability.get(rule.meta.id);
    const { status, reason } = ruleStatus({
      meta: rule.meta,
      findings,
      asOf,
      turnedOff: cfg.severity.get(rule.meta.id) === 'off',
      ...(applicability ? { applicability } : {}),
    });
    if (status !== 'met') return { rule, status, ...(reason ? { reason } : {}), findings };
    const evidence = evidenceFor(
      settingsRead(rule, loaded, asOf, (sections ??= parseSections(loaded))),
      loaded,
      (published ??= publishedSentences(loaded)),
      rule.meta.where === 'prose',
      ruleTitle(rule.meta, asOf),
    );
    return { rule, status: evidence.dataOnly ? 'data-only' : 'met', findings, evidence };
  });
  const catalogue = new Map(rules.map((r, i) => [r, i]));
  results.sort(
    (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || catalogue.get(a.rule)! - catalogue.get(b.rule)!,
  );
  return { ok: true, file, loaded, results };
}
