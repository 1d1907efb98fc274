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

  it('re-exports only named parts of its modules (no export * that would pass internals through)', () => {
    expect(readFileSync(path.join(ROOT, 'src/index.ts'), 'utf8')).not.toMatch(/export \*/);
  });
});
