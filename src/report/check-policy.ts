import { findConfig, readConfig, type LintConfig } from '../lint/config.js';
import type { FoundDiagnostic } from '../lint/context.js';
import { lintFile } from '../lint/engine.js';
import { allRules } from '../lint/registry.js';
import type { Rule } from '../lint/rule.js';
import type { LoadedPolicy } from '../load/load-policy.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { RuleApplicability } from '../lint/applicability.js';
import { ruleTitle } from '../lint/rule-title.js';
import { evidenceFor, publishedSentences, type Evidence, type PublishedSentence } from './evidence.js';
import { ruleStatus, STATUS_ORDER, type RuleStatus } from './rule-status.js';

export interface RuleResult {
  rule: Rule;
  status: RuleStatus;
  reason?: string;
  findings: FoundDiagnostic[];
  /** For a rule met (or met in the data only): the settings it checks and the sentences that explain them. */
  evidence?: Evidence;
  /** The schools of the policy the rule said it does not apply to, by id, with why (see `ctx.notApplicable`). */
  notFor?: Record<string, string>;
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
    const notFor = notForSchools(applicability);
    if (status !== 'met') return { rule, status, ...(reason ? { reason } : {}), findings, notFor };
    const evidence = evidenceFor(rule.meta, loaded, (published ??= publishedSentences(loaded)), ruleTitle(rule.meta, asOf));
    return { rule, status: evidence.dataOnly ? 'data-only' : 'met', findings, evidence, notFor };
  });
  const catalogue = new Map(rules.map((r, i) => [r, i]));
  results.sort(
    (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || catalogue.get(a.rule)! - catalogue.get(b.rule)!,
  );
  return { ok: true, file, loaded, results };
}

/** The schools a rule that applies to the policy said it does not apply to, with why. */
function notForSchools(a: RuleApplicability | undefined): Record<string, string> {
  if (!a?.applies) return {};
  return Object.fromEntries(Object.entries(a?.schools ?? {}).flatMap(([id, s]) => (s.applies ? [] : [[id, s.reason ?? '']])));
}
