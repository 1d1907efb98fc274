import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const INDEX = path.join(ROOT, 'dist/index.d.ts');

/** The package's declarations as a caller's compiler sees them (made once: every test reads the same). */
let made: { program: ts.Program; checker: ts.TypeChecker; exports: ts.Symbol[]; target: (s: ts.Symbol) => ts.Symbol } | undefined;
function api() {
  if (made) return made;
  const program = ts.createProgram([INDEX], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    // The package's own .d.ts files are checked (see below); its dependencies' are theirs.
    skipLibCheck: false,
    types: ['node'],
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(INDEX)!)!);
  const target = (s: ts.Symbol) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
  return (made = { program, checker, exports, target });
}

/**
 * Every name dist/index.d.ts exports. A caller needs each: a function or constant of the library,
 * or a type that one of them takes or gives. A new export is added here on purpose; the package's
 * own machinery (parse caches, YAML trees, a rule's check and its context) is tagged internal in
 * its doc comment and so left out of the .d.ts files (tsconfig.build.json: stripInternal).
 */
const PUBLIC_NAMES = [
  'AbsenceReporting',
  'allRules',
  'AppliedFix',
  'auditDocument',
  'AuditOptions',
  'AuditResult',
  'BrowserOptions',
  'BrowserPool',
  'buildMatrix',
  'BuildOptions',
  'buildPolicies',
  'BuildResult',
  'BuiltDocument',
  'Cell',
  'CheckedPolicy',
  'checkPolicyFile',
  'Citation',
  'CodeCategory',
  'CodeInUse',
  'codeTable',
  'CodeTable',
  'COMPARE_FORMATS',
  'compareFolder',
  'CompareFormat',
  'CompareMatrix',
  'Completeness',
  'Confidence',
  'Contacts',
  'ContactView',
  'CouldNotCheck',
  'countBySeverity',
  'DataRef',
  'DayVariant',
  'dayVariants',
  'Deletions',
  'Diagnostic',
  'DIFF_FORMATS',
  'DiffFormat',
  'diffPolicies',
  'diffPolicyFiles',
  'diffSinceRatified',
  'diffSinceRevision',
  'DraftPolicy',
  'DraftReason',
  'EffectiveDay',
  'effectiveDay',
  'Escalation',
  'EvidenceItem',
  'ExpectedFinding',
  'explainField',
  'EXPORT_FORMATS',
  'ExportCode',
  'ExportContacts',
  'ExportDay',
  'ExportFormat',
  'ExportGroup',
  'ExportLateness',
  'ExportLeave',
  'ExportOptions',
  'ExportPenaltyAmounts',
  'ExportPenaltyNotices',
  'ExportRegister',
  'exportRules',
  'ExportSchool',
  'ExportStage',
  'ExportThresholds',
  'exportToCsv',
  'exportToJson',
  'exportToYaml',
  'ExportTrigger',
  'Fact',
  'FailedDocument',
  'FieldExplanation',
  'FileReport',
  'FileResult',
  'findConfig',
  'findDataRefs',
  'FindingData',
  'FindingView',
  'findRule',
  'Fix',
  'FixKind',
  'FixPlan',
  'FixResult',
  'folderProjectRoot',
  'formatDiff',
  'formatLawValue',
  'FormatName',
  'formatReports',
  'FORMATS',
  'FoundDiagnostic',
  'generateLetters',
  'Governance',
  'Group',
  'groupByFile',
  'Illness',
  'LaReturns',
  'Lateness',
  'LawChange',
  'lawChangesBetween',
  'lawFreshness',
  'LawFreshness',
  'lawHistory',
  'LawHistoryEntry',
  'LawKey',
  'lawKeys',
  'LawReference',
  'LawText',
  'LawUnit',
  'LawValue',
  'lawValue',
  'LeaveOfAbsence',
  'LegacyBlock',
  'LegacyDocument',
  'LegacyFormat',
  'LegacyNode',
  'LegalMeasures',
  'LetterheadView',
  'LetterKind',
  'LetterPlanOptions',
  'LettersOptions',
  'LettersPlan',
  'LettersResult',
  'LetterView',
  'LintConfig',
  'lintFile',
  'LintOptions',
  'lintPolicy',
  'LoadedPolicy',
  'LoadOptions',
  'loadPolicy',
  'loadPolicyAtRevision',
  'LocalVariation',
  'MatrixRow',
  'Monitoring',
  'Note',
  'OpenBrowser',
  'OutputFormat',
  'OverriddenValue',
  'PartTimeTimetables',
  'PenaltyAmounts',
  'Period',
  'Person',
  'planFixes',
  'planLetters',
  'PlannedLetter',
  'PlanOptions',
  'PlanRow',
  'Policy',
  'PolicyChange',
  'policyContentHash',
  'PolicyDiff',
  'PolicyDocument',
  'policyFingerprint',
  'policyReport',
  'PolicyReportView',
  'Position',
  'PrintedPdf',
  'PrintOptions',
  'ProjectRootOption',
  'PupilView',
  'RatifyOptions',
  'ratifyPolicy',
  'RatifyResult',
  'readConfig',
  'readLegacyDocument',
  'RecordedApproval',
  'recordedApproval',
  'Reference',
  'RefusedFix',
  'Registers',
  'RegisterWindow',
  'RemoteEducation',
  'renderPolicyDocx',
  'renderPolicyHtml',
  'Report',
  'resolveDataRef',
  'Rewards',
  'RowProblem',
  'Rule',
  'RuleApplicability',
  'RuleExample',
  'RuleException',
  'RuleMeta',
  'RulesExport',
  'RuleStatus',
  'RuleView',
  'School',
  'SchoolApplicability',
  'SchoolDay',
  'Section',
  'serialiseExport',
  'Severity',
  'ShortList',
  'Stage',
  'StageView',
  'staleValues',
  'StarterOptions',
  'starterPolicy',
  'Subject',
  'Subjects',
  'Summary',
  'TextRun',
  'Thresholds',
  'Trigger',
  'Trust',
  'trustReport',
  'TrustView',
  'UnexplainedAbsence',
  'UserError',
  'validatePolicy',
  'ValueOrigin',
  'WatchOptions',
  'watchPolicies',
  'withBrowser',
  'WordPart',
  'writeFixes',
  'writeReportHtml',
  'writeReportPdf',
  'WrittenPdf',
];

/** A type declared by the package itself (not by Node, TypeScript or a dependency). */
const ownFile = (file: string) => file.startsWith(path.join(ROOT, 'dist')) && file.endsWith('.d.ts');

/**
 * The package's own named types that the exports' signatures reach (parameters, results, properties,
 * class members, type arguments, all the way down) but that index.d.ts does not export, each with
 * the path by which it is reached: a caller meets them and cannot name them.
 */
function internalTypesReached(checker: ts.TypeChecker, exports: ts.Symbol[], target: (s: ts.Symbol) => ts.Symbol): string[] {
  const exported = new Set(exports.map(target));
  const leaks = new Map<string, string>();
  const seen = new Set<ts.Type>();
  /** Note a type of the package's own that is not exported; false for a type that is not the package's. */
  const note = (symbol: ts.Symbol, via: string): boolean => {
    const file = symbol.declarations?.[0]?.getSourceFile().fileName ?? '';
    if (!ownFile(file)) return false;
    const name = symbol.getName();
    const named = symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Class | ts.SymbolFlags.Enum);
    if (named && !exported.has(symbol) && !leaks.has(name)) leaks.set(name, `${path.relative(ROOT, file)}, reached by ${via}`);
    return true;
  };
  const visitSignature = (sig: ts.Signature, via: string) => {
    for (const p of sig.getParameters()) visit(checker.getTypeOfSymbol(p), `${via}(${p.getName()})`);
    visit(sig.getReturnType(), `${via}()`);
  };
  const visit = (type: ts.Type, via: string): void => {
    if (seen.has(type)) return;
    seen.add(type);
    // A named union (`type Fix = A | B`) is a name a caller meets, as an interface is.
    if (type.aliasSymbol) note(type.aliasSymbol, via);
    if (type.isUnionOrIntersection()) return type.types.forEach((t) => visit(t, via));
    for (const a of type.aliasTypeArguments ?? []) visit(a, via);
    if (!(type.flags & ts.TypeFlags.Object)) return;
    if ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference)
      for (const a of checker.getTypeArguments(type as ts.TypeReference)) visit(a, via);
    const symbol = type.aliasSymbol ?? type.getSymbol();
    if (!symbol || !note(symbol, via)) return;
    for (const sig of [...type.getCallSignatures(), ...type.getConstructSignatures()]) visitSignature(sig, via);
    for (const p of type.getProperties()) {
      const decl = p.valueDeclaration ?? p.declarations?.[0];
      // Private and protected members are not part of what a caller can use.
      if (decl && ts.getCombinedModifierFlags(decl) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
      visit(checker.getTypeOfSymbol(p), `${via}.${p.getName()}`);
    }
  };
  for (const e of exports) {
    const s = target(e);
    if (s.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) visit(checker.getDeclaredTypeOfSymbol(s), e.getName());
    if (s.flags & ts.SymbolFlags.Class) {
      visit(checker.getDeclaredTypeOfSymbol(s), e.getName());
      visit(checker.getTypeOfSymbol(s), e.getName());
    } else if (s.flags & ts.SymbolFlags.Value) visit(checker.getTypeOfSymbol(s), e.getName());
  }
  return [...leaks].map(([name, where]) => `${name} (${where})`);
}

describe('the public API (dist/index.d.ts)', () => {
  it('exports every part of the policy a Policy value can hold, each under one name', () => {
    const { checker, exports, target } = api();
    const exported = new Set(exports.map(target));
    const policy = exports.find((s) => s.getName() === 'Policy')!;
    const missing = new Set<string>();
    const seen = new Set<ts.Type>();
    const visit = (type: ts.Type): void => {
      if (seen.has(type)) return;
      seen.add(type);
      if (type.isUnionOrIntersection()) return type.types.forEach(visit);
      if (!(type.flags & ts.TypeFlags.Object)) return;
      if (checker.isArrayType(type)) return checker.getTypeArguments(type as ts.TypeReference).forEach(visit);
      const symbol = type.aliasSymbol ?? type.getSymbol();
      const declared = symbol?.declarations?.[0]?.getSourceFile().fileName ?? '';
      if (!declared.endsWith('types/policy.d.ts')) return;
      if (!symbol!.getName().startsWith('__') && !exported.has(symbol!)) missing.add(symbol!.getName());
      for (const p of type.getProperties()) visit(checker.getNonNullableType(checker.getTypeOfSymbol(p)));
    };
    visit(checker.getDeclaredTypeOfSymbol(target(policy)));
    expect(seen.size).toBeGreaterThan(30);
    expect([...missing]).toEqual([]);
  });

  it('has no numbered copies of a policy type (Person1, SchoolDay2, …)', () => {
    const policyTypes = readFileSync(path.join(ROOT, 'src/types/policy.ts'), 'utf8');
    expect(policyTypes.match(/^export (?:interface|type) \w+\d\b/gm) ?? []).toEqual([]);
    const names = api().exports.map((s) => s.getName());
    expect(names).toEqual(expect.arrayContaining(['Policy', 'School', 'SchoolDay', 'Person', 'Contacts', 'Stage', 'PenaltyAmounts']));
    expect(names.filter((n) => /\D\d+$/.test(n))).toEqual([]);
  });

  it('every type its signatures use is exported too: no internal type reaches a caller unnamed', () => {
    const { checker, exports, target } = api();
    expect(internalTypesReached(checker, exports, target)).toEqual([]);
  });

  it('its declarations compile as a caller gets them: nothing they name was left out', () => {
    const { program } = api();
    // A doc comment tagged internal removes its whole declaration from the .d.ts: a type still in use must not lose it.
    const own = program.getSourceFiles().filter((f) => ownFile(f.fileName));
    expect(own.length).toBeGreaterThan(50);
    const problems = own.flatMap((f) =>
      program
        .getSemanticDiagnostics(f)
        .map((d) => `${path.relative(ROOT, f.fileName)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`),
    );
    expect(problems).toEqual([]);
  });

  it('exports exactly the names a caller needs, and no internals', () => {
    const names = new Set(api().exports.map((s) => s.getName()));
    const added = [...names].filter((n) => !PUBLIC_NAMES.includes(n));
    const gone = PUBLIC_NAMES.filter((n) => !names.has(n));
    expect(added, 'exported but not in PUBLIC_NAMES: a caller needs it (add it there) or it is internal (do not export it)').toEqual([]);
    expect(gone, 'in PUBLIC_NAMES but no longer exported').toEqual([]);
    // The machinery a rule and the loader work with stays inside.
    for (const internal of [
      'RuleContext',
      'SectionCache',
      'LintCache',
      'ParsedSection',
      'ParsedSource',
      'MapNode',
      'ScalarNode',
      'SeqNode',
      'ProseBlock',
      'MdNode',
    ])
      expect(names.has(internal), internal).toBe(false);
  });

  it('re-exports only named parts of its modules (no export * that would pass internals through)', () => {
    expect(readFileSync(path.join(ROOT, 'src/index.ts'), 'utf8')).not.toMatch(/export \*/);
  });
});
