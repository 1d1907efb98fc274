// Every regular-expression literal in src/, with where it is. Shared by the ReDoS check script and its test.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** @returns {Array<{ file: string, line: number, source: string, flags: string, key: string }>} */
export function regexInventory(root) {
  const src = path.join(root, 'src');
  const found = [];
  for (const rel of readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const file = path.join('src', rel);
    const sf = ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const end = text.lastIndexOf('/');
        const source = text.slice(1, end);
        const flags = text.slice(end + 1);
        found.push({
          file: file.split(path.sep).join('/'),
          line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
          source,
          flags,
          key: regexKey(source, flags),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

export const regexKey = (source, flags) => `/${source}/${[...flags].sort().join('')}`;

/**
 * How long recheck may analyse one pattern. At 4 s, four patterns that do backtrack were left
 * "undecided"; most patterns finish in under 5 s on a busy machine, a few need longer.
 */
export const ANALYSIS_SECONDS = 20;

/** recheck's automaton verdict: "safe (...)", "vulnerable (...)" or "undecided (...)". */
export async function regexVerdict(source, flags) {
  process.env.RECHECK_BACKEND ??= 'native';
  const { check } = await import('recheck');
  const v = await check(source, flags, { checker: 'automaton', timeout: ANALYSIS_SECONDS * 1000 });
  if (v.status === 'safe') return `safe (${v.complexity?.type ?? 'linear'})`;
  if (v.status === 'vulnerable') return `vulnerable (${v.complexity?.summary ?? 'backtracking'})`;
  const kind = v.error?.kind ?? 'unknown';
  return kind === 'timeout' ? `undecided (timeout after ${ANALYSIS_SECONDS} s)` : `undecided (${kind})`;
}

/** A stored verdict made with a shorter analysis than now, to be made again. */
export const analysedTooShort = (verdict) =>
  /^undecided \(timeout/.test(verdict) && verdict !== `undecided (timeout after ${ANALYSIS_SECONDS} s)`;
