import type { Diagnostic } from '../core/diagnostics.js';
import { compareDiagnostics } from '../core/diagnostics.js';
import type { LoadedPolicy } from '../load/load-policy.js';
import type { ParsedSource } from '../load/source.js';
import type { ProseBlock } from '../prose/blocks.js';
import { checkPolicyFile } from '../validate/index.js';
import type { LintConfig } from './config.js';
import { parseSections, RuleContext, type FoundDiagnostic, type ParsedSection, type SectionCache } from './context.js';
import { SECTIONS_REMEMBERED, TextCache } from '../text/text-cache.js';
import { allRules } from './registry.js';
import { today } from '../core/today.js';
import type { Rule } from './rule.js';
import { applicabilityOf, type RuleApplicability } from './applicability.js';

export interface LintOptions {
  /** YYYY-MM-DD; the law in force on this date applies. Default: today. */
  asOf?: string;
  config?: LintConfig;
  /** Run only these rules (default: all that are not off). */
  rules?: Rule[];
  /** @internal Extra prose to check (used by `audit` for legacy documents). */
  extraProse?: ProseBlock[];
  /** @internal Share parsing between policies of one run (see `newLintCache`). */
  cache?: LintCache;
  /** For lintFile: the project folder the file is loaded in (default: its own, see projectRootOf). */
  projectRoot?: string;
}

export interface LintCache {
  sources: Map<string, ParsedSource>;
  sections: SectionCache;
  /** Keep the sections of the linted file itself too (one policy checked again and again, as in `serve`);
   * otherwise only sections from a file it extends are kept. */
  ownSections?: boolean;
}

/**
 * One per run: a trust base and its sections are parsed once, however many schools extend it. Only
 * extended files and their sections are kept, so a run over a thousand separate policies does not
 * hold every one.
 */
export function newLintCache(): LintCache {
  return { sources: new Map(), sections: new TextCache<string, ParsedSection>(SECTIONS_REMEMBERED) };
}

export { today } from '../core/today.js';

/** What one lint of a policy gives: the findings, and whether each rule that ran applied. */
export interface LintRun {
  diagnostics: FoundDiagnostic[];
  /** By rule id, for every rule that ran: applied or not, to the policy and to each of its schools. */
  applicability: Map<string, RuleApplicability>;
}

/** Lint an already loaded policy. Schema errors must be checked first (see `lintFile`). */
export function lintPolicy(loaded: LoadedPolicy, options: LintOptions = {}): FoundDiagnostic[] {
  return lintPolicyRun(loaded, options).diagnostics;
}

/** Lint an already loaded policy, noting which rules applied (see `ctx.notApplicable`). */
export function lintPolicyRun(loaded: LoadedPolicy, options: LintOptions = {}): LintRun {
  const asOf = options.asOf ?? today();
  const ctx = new RuleContext(loaded, asOf, parseSections(loaded, options.cache?.sections, options.cache?.ownSections), options.extraProse);
  const config = options.config;
  const schoolIds = (loaded.data.schools ?? []).map((s) => s.id);
  const applicability = new Map<string, RuleApplicability>();
  for (const rule of options.rules ?? allRules()) {
    const sev = config?.severity.get(rule.meta.id);
    if (sev === 'off') continue;
    const before = ctx.found.length;
    const saidBefore = ctx.notApplicableSaid.length;
    rule.check(ctx.forRule(rule.meta));
    if (sev) for (const d of ctx.found.slice(before)) d.severity = sev;
    // Only what this rule said can be about it.
    applicability.set(rule.meta.id, applicabilityOf(rule.meta.id, ctx.notApplicableSaid.slice(saidBefore), schoolIds));
  }
  if (config) applyExceptions(ctx.found, loaded, config, asOf);
  return { diagnostics: ctx.found.sort(compareDiagnostics), applicability };
}

/**
 * Whether an exception for `school` covers a finding: in a policy for that one school, every finding;
 * in a federation's policy, only findings about that school's own values (`/schools/N/…`), never the
 * shared ones, which are about the other schools too.
 */
export function coversSchool(d: FoundDiagnostic, school: string | undefined, schoolIds: string[]): boolean {
  if (!school) return true;
  const index = schoolIds.indexOf(school);
  if (index === -1) return false;
  if (schoolIds.length === 1) return true;
  return d.pointer === `/schools/${index}` || (d.pointer?.startsWith(`/schools/${index}/`) ?? false);
}

function applyExceptions(found: FoundDiagnostic[], loaded: LoadedPolicy, config: LintConfig, asOf: string): void {
  const schoolIds = (loaded.data.schools ?? []).map((s) => s.id);
  for (const ex of config.exceptions) {
    const applies = (d: FoundDiagnostic) => d.ruleId === ex.rule && coversSchool(d, ex.school, schoolIds);
    const matching = found.filter(applies);
    if (matching.length === 0) continue;
    if (ex.until >= asOf) {
      for (const d of matching) d.excepted = { reason: ex.reason, approvedBy: ex.approvedBy, until: ex.until };
    } else {
      found.push({
        ruleId: ex.rule,
        severity: 'error',
        message: `The exception for ${ex.rule} (approved by ${ex.approvedBy}) ended on ${ex.until}. Renew it with governors or fix the policy.`,
        ...ex.position,
        policyFile: loaded.file,
      });
    }
  }
}

export interface FileResult {
  file: string;
  diagnostics: FoundDiagnostic[];
  /** True when schema errors stopped the lint rules from running. */
  invalid: boolean;
  unreadable: boolean;
  loaded: LoadedPolicy;
  /** By rule id, for every rule that ran (empty when schema errors stopped the rules). */
  applicability: Map<string, RuleApplicability>;
}

/** Load, validate and lint one file. */
export function lintFile(file: string, options: LintOptions = {}): FileResult {
  const { policy, diagnostics, unreadable } = checkPolicyFile(file, {
    ...(options.cache ? { cache: options.cache.sources } : {}),
    ...(options.projectRoot ? { projectRoot: options.projectRoot } : {}),
  });
  if (diagnostics.length) {
    return {
      file,
      diagnostics: diagnostics.map((d) => ({ ...d, policyFile: file })),
      invalid: true,
      unreadable,
      loaded: policy,
      applicability: new Map(),
    };
  }
  const run = lintPolicyRun(policy, options);
  return { file, diagnostics: run.diagnostics, invalid: false, unreadable, loaded: policy, applicability: run.applicability };
}

/** Counts that decide the exit code; excepted findings do not count. */
export function countBySeverity(ds: Diagnostic[]): { errors: number; warnings: number; infos: number; excepted: number } {
  const c = { errors: 0, warnings: 0, infos: 0, excepted: 0 };
  for (const d of ds) {
    if (d.excepted) c.excepted++;
    else if (d.severity === 'error') c.errors++;
    else if (d.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  return c;
}
