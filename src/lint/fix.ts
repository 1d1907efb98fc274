import { createTwoFilesPatch } from 'diff';
import { Composer, CST, isScalar, LineCounter, Parser, visit, type Scalar } from 'yaml';
import { writeFileAtomic } from '../core/atomic-write.js';
import { displayPath } from '../core/files.js';
import type { FoundDiagnostic } from './context.js';
import { readPolicyText } from '../load/source.js';
import { UserError } from '../core/diagnostics.js';

export interface AppliedFix {
  file: string;
  line: number;
  ruleId: string;
  description: string;
}

export interface FixResult {
  file: string;
  before: string;
  after: string;
  applied: AppliedFix[];
}

/**
 * Apply mechanical fixes by editing the YAML's concrete syntax tree: only the fixed scalars change;
 * comments, key order, quoting, blank lines and everything else stay byte for byte.
 */
export function planFixes(diagnostics: FoundDiagnostic[]): FixResult[] {
  const byFile = new Map<string, FoundDiagnostic[]>();
  for (const d of diagnostics) if (d.fix && d.fixAt && !d.excepted) byFile.set(d.fixAt.file, [...(byFile.get(d.fixAt.file) ?? []), d]);
  const results: FixResult[] = [];
  for (const [file, ds] of byFile) {
    // Decoded as the checker read it (a Windows-1252 file is written back as UTF-8, never as U+FFFD).
    const before = readPolicyText(file);
    if (typeof before !== 'string') throw new UserError(`${file}: ${before.message}`, before);
    const lineCounter = new LineCounter();
    const tokens = [...new Parser(lineCounter.addNewLine).parse(before)];
    const docs = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
    const doc = docs[0];
    if (!doc) continue;
    const scalarsAt = new Map<number, Scalar>();
    visit(doc, {
      Scalar(_k, node) {
        if (node.range) scalarsAt.set(node.range[0], node);
      },
    });
    const applied: AppliedFix[] = [];
    // Value set so far per scalar: several text fixes can land in one prose section.
    const pending = new Map<number, string>();
    for (const d of ds) {
      const offset = offsetOf(before, d.fixAt!.line, d.fixAt!.column);
      const node = scalarsAt.get(offset);
      const fix = d.fix!;
      if (!node || !isScalar(node) || !node.srcToken) continue;
      const token = node.srcToken as CST.FlowScalar | CST.BlockScalar;
      if ('value' in fix) {
        if (pending.has(offset)) continue;
        const text = typeof fix.value === 'string' && typeof node.value !== 'string' ? JSON.stringify(fix.value) : String(fix.value);
        CST.setScalarValue(token, text);
        pending.set(offset, text);
        applied.push({ file, line: d.fixAt!.line, ruleId: d.ruleId, description: `${String(node.value)} → ${String(fix.value)}` });
      } else {
        const current = pending.get(offset) ?? String(node.value);
        if (!current.includes(fix.replace.from)) continue;
        const next = current.split(fix.replace.from).join(fix.replace.to);
        CST.setScalarValue(token, next);
        pending.set(offset, next);
        applied.push({ file, line: d.fixAt!.line, ruleId: d.ruleId, description: `“${fix.replace.from}” → “${fix.replace.to}”` });
      }
    }
    const after = tokens.map((t) => CST.stringify(t)).join('');
    if (applied.length && after !== before) results.push({ file, before, after, applied });
  }
  return results;
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return -1;
    offset = next + 1;
  }
  return offset + column - 1;
}

/** Write fixed files (each atomically: the old file or the whole new one, never half). */
export function writeFixes(results: FixResult[]): void {
  for (const r of results) writeFileAtomic(r.file, r.after);
}

export function fixDiff(r: FixResult): string {
  const name = displayPath(r.file);
  return createTwoFilesPatch(name, name, r.before, r.after, 'before', 'after --fix');
}
