/** policywright as a library: everything the CLI does, as typed functions. */
export type { Policy } from './types/policy.js';
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
export { lawValue, lawHistory, codeTable } from './lint/law.js';
export { effectiveDay, dayVariants } from './core/model.js';
export { resolveDataRef, findDataRefs } from './core/data-refs.js';
export { starterPolicy } from './init/starter.js';
export { explainField } from './explain/field.js';
