import type { Position } from '../core/diagnostics.js';
import type { ParsedSource } from './source.js';

/**
 * Map an offset inside a parsed string value back to a line and column of the YAML file.
 * Works line by line: finds the value's line within the scalar's source lines (block scalars keep
 * lines intact; for folded or quoted scalars the snippet search still lands on the right line).
 */
export function positionInScalar(source: ParsedSource | undefined, scalar: Position, value: string, offset: number, length = 0): Position {
  if (!source) return scalar;
  const lineStart = value.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = value.indexOf('\n', offset);
  const valueLine = value.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  const valueLineNo = value.slice(0, lineStart).split('\n').length - 1;
  const srcLines = linesOf(source);
  const column = offset - lineStart;
  // Search from the line the value's line number suggests, then the whole scalar: for the text
  // around the offset, then (where a folded scalar joined source lines inside that text) for the
  // text from the offset on, then for its first word.
  const from = Math.max(0, column - 20);
  const own = valueLine.slice(column, column + Math.max(length, 1));
  const word = /^\S+/.exec(own)?.[0];
  const probes: Array<[probe: string, lead: number]> = [
    [valueLine.slice(from, column + Math.max(length, 20)), column - from],
    [own, 0],
  ];
  if (word && word !== own) probes.push([word, 0]);
  const candidates = [scalar.line + 1 + valueLineNo, scalar.line + valueLineNo];
  for (let l = scalar.line; l <= scalar.endLine; l++) candidates.push(l);
  for (const [probe, lead] of probes) {
    for (const l of candidates) {
      const text = srcLines[l - 1];
      if (text === undefined || !probe) continue;
      const at = text.indexOf(probe);
      if (at >= 0) {
        const col = at + lead + 1;
        return { file: scalar.file, line: l, column: col, endLine: l, endColumn: col + length };
      }
    }
  }
  return scalar;
}

const lines = new WeakMap<ParsedSource, string[]>();

/** The lines of a source file, split once however many findings are placed in it. */
function linesOf(source: ParsedSource): string[] {
  let l = lines.get(source);
  if (!l) lines.set(source, (l = source.text.split('\n')));
  return l;
}
