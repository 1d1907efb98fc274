/** policywright as a library: everything the CLI does, as typed functions. */
// The policy and every part of it a caller can meet in a Policy value (generated from the schema).
export type {
  Policy,
  Document as PolicyDocument,
  Trust,
  School,
  SchoolDay,
  RegisterWindow,
  Group,
  Contacts,
  Person,
  AbsenceReporting,
  UnexplainedAbsence,
  Lateness,
  LeaveOfAbsence,
  Period,
  Illness,
  PartTimeTimetables,
  RemoteEducation,
  Thresholds,
  Escalation,
  Stage,
  Trigger,
  LegalMeasures,
  PenaltyAmounts,
  Rewards,
  Registers,
  CodeInUse,
  Deletions,
  LaReturns,
  Monitoring,
  Governance,
  Reference,
  Section,
} from './types/policy.js';
export type { Diagnostic, Position, Severity } from './core/diagnostics.js';
export { UserError } from './core/diagnostics.js';
export { loadPolicy, type LoadedPolicy, type LoadOptions } from './load/load-policy.js';
export { validatePolicy } from './validate/validate.js';
export { checkPolicyFile, type CheckedPolicy } from './validate/index.js';
export { lintFile, lintPolicy, countBySeverity, type LintOptions, type FileResult } from './lint/engine.js';
export { allRules, findRule } from './lint/registry.js';
export type { Rule, RuleMeta, RuleExample, Citation } from './lint/rule.js';
export { readConfig, findConfig, type LintConfig } from './lint/config.js';
export { planFixes, writeFixes, type FixResult } from './lint/fix.js';
export { formatReports, groupByFile, FORMATS, type FormatName } from './lint/format/index.js';
export {
  lawValue,
  lawHistory,
  staleValues,
  lawKeys,
  lawChangesBetween,
  lawFreshness,
  formatLawValue,
  codeTable,
  type LawValue,
  type LawKey,
  type LawChange,
  type LawFreshness,
} from './law/index.js';
export { effectiveDay, dayVariants } from './core/model.js';
export { resolveDataRef, findDataRefs } from './core/data-refs.js';
export { starterPolicy } from './init/starter.js';
export { explainField } from './explain/field.js';
export {
  renderPolicyHtml,
  renderPolicyDocx,
  buildPolicies,
  watchPolicies,
  withBrowser,
  type BuildOptions,
  type BuildResult,
} from './render/index.js';
export {
  exportRules,
  exportToJson,
  exportToYaml,
  exportToCsv,
  serialiseExport,
  policyContentHash,
  EXPORT_FORMATS,
  type ExportFormat,
} from './export/index.js';
export { generateLetters, planLetters, type LettersOptions, type LettersResult, type LettersPlan } from './letters/index.js';
export { compareFolder, buildMatrix, COMPARE_FORMATS, type CompareFormat } from './compare/index.js';
export { readLegacyDocument } from './legacy/read-legacy.js';
export { auditDocument } from './legacy/audit.js';
export { policyReport, trustReport, type Report } from './report/build-report.js';
export { writeReportHtml, writeReportPdf } from './report/write-report.js';
export {
  diffPolicies,
  diffPolicyFiles,
  diffSinceRevision,
  diffSinceRatified,
  loadPolicyAtRevision,
  formatDiff,
  DIFF_FORMATS,
  type PolicyDiff,
  type PolicyChange,
  type DiffFormat,
} from './diff/index.js';
export {
  ratifyPolicy,
  policyFingerprint,
  recordedApproval,
  type RatifyOptions,
  type RatifyResult,
  type RecordedApproval,
} from './ratify/index.js';
