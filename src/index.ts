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
export { folderProjectRoot, type ProjectRootOption } from './core/project-root.js';
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

// The types the functions above take and give, exported so that a caller can name them (a test fails
// when a signature reaches a type that is not exported). The package's own machinery (parse caches,
// the YAML trees, a rule's check and its context) is tagged internal in its doc comment and left out of the .d.ts (stripInternal).
export type { Cell, CompareMatrix, MatrixRow } from './compare/matrix.js';
export type { Subject, Subjects } from './compare/subjects.js';
export type { DataRef } from './core/data-refs.js';
export type { FindingData } from './core/diagnostics.js';
export type { DraftReason } from './core/draft.js';
export type { DayVariant, EffectiveDay } from './core/model.js';
export type { WordPart } from './diff/prose-diff.js';
export type { FieldExplanation } from './explain/field.js';
export type {
  CodeCategory,
  ExportCode,
  ExportContacts,
  ExportDay,
  ExportGroup,
  ExportLateness,
  ExportLeave,
  ExportOptions,
  ExportPenaltyAmounts,
  ExportPenaltyNotices,
  ExportRegister,
  ExportSchool,
  ExportStage,
  ExportThresholds,
  ExportTrigger,
  RulesExport,
} from './export/types.js';
export type { StarterOptions } from './init/starter.js';
export type { CodeTable } from './law/codes.js';
export type { Confidence, LawReference, LawUnit } from './law/data.js';
export type { LawText } from './law/law-text.js';
export type { LawHistoryEntry } from './law/law.js';
export type { AuditOptions, AuditResult, CouldNotCheck } from './legacy/audit.js';
export type { Completeness } from './legacy/completeness.js';
export type { LegacyDocument, LegacyFormat, LegacyNode, TextRun } from './legacy/document.js';
export type { Fact, Note } from './legacy/extract/fact.js';
export type { DraftPolicy } from './legacy/policy-from-facts.js';
export type { LegacyBlock } from './legacy/prose-blocks.js';
export type { LetterKind } from './letters/catalogue.js';
export type { PlanRow } from './letters/plan.js';
export type { RowProblem } from './letters/read-pupils.js';
export type { PlannedLetter, WrittenPdf } from './letters/render-letters.js';
export type { ContactView, LetterheadView } from './letters/school.js';
export type { LetterView, PupilView, StageView } from './letters/view.js';
export type { RuleApplicability, SchoolApplicability } from './lint/applicability.js';
export type { RuleException } from './lint/config.js';
export type { Fix, FixKind, FoundDiagnostic } from './lint/context.js';
export type { AppliedFix, FixPlan, PlanOptions, RefusedFix } from './lint/fix.js';
export type { FileReport } from './lint/format/group.js';
export type { ExpectedFinding } from './lint/rule.js';
export type { OverriddenValue, ValueOrigin } from './load/tree.js';
export type { BrowserOptions, BrowserPool, OpenBrowser } from './render/browser.js';
export type { BuiltDocument, FailedDocument } from './render/build-policies.js';
export type { PrintOptions, PrintedPdf } from './render/pdf.js';
export type { OutputFormat } from './render/output-formats.js';
export type { WatchOptions } from './render/watch.js';
export type { EvidenceItem } from './report/evidence.js';
export type { FindingView } from './report/finding-view.js';
export type { PolicyReportView, RuleView, ShortList, Summary } from './report/policy-view.js';
export type { RuleStatus } from './report/rule-status.js';
export type { TrustView } from './report/trust-view.js';
export type { LocalVariation } from './report/variations.js';
export type { PlanOptions as LetterPlanOptions } from './letters/plan.js';
