import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const INDEX = path.join(ROOT, 'dist/index.d.ts');

/** The package's declarations as a caller's compiler sees them. */
function api() {
  const program = ts.createProgram([INDEX], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: ['node'],
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(INDEX)!)!);
  const target = (s: ts.Symbol) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
  return { checker, exports, target };
}

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
  const visitSignature = (sig: ts.Signature, via: string) => {
    for (const p of sig.getParameters()) visit(checker.getTypeOfSymbol(p), `${via}(${p.getName()})`);
    visit(sig.getReturnType(), `${via}()`);
  };
  const visit = (type: ts.Type, via: string): void => {
    if (seen.has(type)) return;
    seen.add(type);
    if (type.isUnionOrIntersection()) return type.types.forEach((t) => visit(t, via));
    for (const a of type.aliasTypeArguments ?? []) visit(a, via);
    if (!(type.flags & ts.TypeFlags.Object)) return;
    if ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference)
      for (const a of checker.getTypeArguments(type as ts.TypeReference)) visit(a, via);
    const symbol = type.aliasSymbol ?? type.getSymbol();
    const file = symbol?.declarations?.[0]?.getSourceFile().fileName ?? '';
    if (!ownFile(file)) return;
    const name = symbol!.getName();
    const named = symbol!.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Class | ts.SymbolFlags.Enum);
    if (named && !exported.has(symbol!) && !leaks.has(name)) leaks.set(name, `${path.relative(ROOT, file)}, reached by ${via}`);
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

  it('re-exports only named parts of its modules (no export * that would pass internals through)', () => {
    expect(readFileSync(path.join(ROOT, 'src/index.ts'), 'utf8')).not.toMatch(/export \*/);
  });
});
