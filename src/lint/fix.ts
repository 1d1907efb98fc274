import { createHash } from 'node:crypto';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { Composer, CST, isMap, isScalar, isSeq, Lexer, Parser, parseDocument, Document, type Node as YamlNode, type Scalar } from 'yaml';
import { writeFileAtomic } from '../core/atomic-write.js';
import { UserError } from '../core/diagnostics.js';
import { displayPath } from '../core/files.js';
import type { Fix, FixKind, FoundDiagnostic } from './context.js';
import { checkFixedPolicies } from './fix-validate.js';
import { readPolicyText } from '../load/source.js';

export interface AppliedFix {
  file: string;
  line: number;
  ruleId: string;
  kind: FixKind;
  description: string;
  /** Keys from the top of the file to the changed value. */
  path: Array<string | number>;
}

export interface RefusedFix {
  file: string;
  line: number;
  ruleId: string;
  /** Why the change was not made, in words for the reader. */
  reason: string;
}

export interface FixResult {
  file: string;
  /** The text the findings were made on (the fixes are planned on it, never on a later read). */
  before: string;
  after: string;
  applied: AppliedFix[];
}

export interface FixPlan {
  results: FixResult[];
  refused: RefusedFix[];
}

export interface PlanOptions {
  /** Which kinds of change to make. Default: fixes only. */
  kinds?: FixKind[];
  /** The text each file had when it was checked (by absolute path). Files missing here are read now. */
  checked?: Map<string, string>;
}

type Path = Array<string | number>;

interface ValueNode {
  node: Scalar;
  path: Path;
  inFlow: boolean;
}

/** Where a change goes: a written value to set, or a key to add to the mapping at `map` (which lacks it). */
type Target = { path: Path; adds?: undefined } | { path: Path; adds: { map: Path; key: string } };

/**
 * Plan the changes the findings carry, by editing each file's concrete syntax tree: only the changed
 * scalars change (or a key is added to the mapping it belongs in); comments, key order, quoting,
 * blank lines and block indentation stay as they were.
 * Each change is tried on its own and kept only when the result parses, holds the intended value at
 * that place, leaves every other value and every comment as it was; each changed file must then still
 * give valid policies. Anything else is refused, with the reason, and that file is left as it was.
 */
export function planFixes(diagnostics: FoundDiagnostic[], options: PlanOptions = {}): FixPlan {
  const kinds = new Set(options.kinds ?? ['fix']);
  const byFile = new Map<string, Array<{ d: FoundDiagnostic; fix: Fix; kind: FixKind }>>();
  for (const d of diagnostics) {
    if (d.excepted || !d.fixAt) continue;
    const change =
      d.fix && kinds.has('fix')
        ? { fix: d.fix, kind: 'fix' as const }
        : d.suggestion && kinds.has('suggestion')
          ? { fix: d.suggestion, kind: 'suggestion' as const }
          : undefined;
    if (!change) continue;
    const file = path.resolve(d.fixAt.file);
    byFile.set(file, [...(byFile.get(file) ?? []), { d, ...change }]);
  }
  const results: FixResult[] = [];
  const refused: RefusedFix[] = [];
  const policiesOf = new Map<string, Set<string>>();
  for (const [file, changes] of byFile) {
    const before = options.checked?.get(file) ?? decodedText(file);
    const original = parseDocument(before, { keepSourceTokens: false });
    if (original.errors.length) continue;
    const { values, maps } = nodesOf(before);
    let text = before;
    let expected = original.toJS() as unknown;
    const applied: AppliedFix[] = [];
    const done = new Set<string>();
    for (const { d, fix, kind } of changes) {
      const refuse = (reason: string) => refused.push({ file, line: d.fixAt!.line, ruleId: d.ruleId, reason });
      const offset = offsetOf(before, d.fixAt!.line, d.fixAt!.column);
      const target = targetAt(values.get(offset), maps.get(offset), fix, original.toJS() as unknown);
      if (!target) continue; // neither a single written value nor a mapping to add the key to: reported, not changed
      const key = `${JSON.stringify(target.path)}|${JSON.stringify('value' in fix ? fix.value : fix.replace)}`;
      if (done.has(key)) continue; // the same change reached through several schools
      const current = getIn(expected, target.path);
      let next: unknown;
      if ('value' in fix) next = fix.value;
      else if (typeof current === 'string' && current.includes(fix.replace.from))
        next = current.split(fix.replace.from).join(fix.replace.to);
      else continue; // already changed by an earlier fix in this run
      if (Object.is(next, current)) continue;
      const tried = target.adds ? withKeyAdded(text, target.adds.map, target.adds.key, next) : candidates(text, target.path, next, fix);
      if (!Array.isArray(tried)) {
        refuse(tried.reason);
        continue;
      }
      const wanted = setIn(expected, target.path, next);
      const checked = tried.map((t) => ({ t, problem: checkResult(text, t, wanted) }));
      const good = checked.find((c) => !c.problem);
      if (!good) {
        refuse(checked[checked.length - 1]!.problem!);
        continue;
      }
      text = good.t;
      expected = wanted;
      done.add(key);
      applied.push({ file, line: d.fixAt!.line, ruleId: d.ruleId, kind, description: fix.description ?? describe(fix), path: target.path });
      policiesOf.set(file, new Set([...(policiesOf.get(file) ?? []), d.policyFile]));
    }
    if (applied.length && text !== before) results.push({ file, before, after: text, applied });
  }
  // Every policy that reads a changed file must still be valid with all the changes made.
  const invalid = checkFixedPolicies(results, policiesOf);
  for (const [file, reason] of invalid) {
    const r = results.find((x) => x.file === file)!;
    for (const a of r.applied) refused.push({ file, line: a.line, ruleId: a.ruleId, reason });
  }
  return { results: results.filter((r) => !invalid.has(r.file)), refused };
}

function describe(fix: Fix): string {
  return 'value' in fix ? `→ ${String(fix.value)}` : `“${fix.replace.from}” → “${fix.replace.to}”`;
}

/**
 * What a fix placed at an offset changes: the value written there, or, for a fix that sets a key
 * written nowhere, the mapping that starts there, which gets the key.
 */
function targetAt(value: ValueNode | undefined, map: Path | undefined, fix: Fix, data: unknown): Target | undefined {
  if (value) return { path: value.path };
  if (!map || !('value' in fix)) return undefined;
  const key = lastKey(fix.pointer);
  const into = getIn(data, map);
  // A key written with no value starts where its mapping does: that is not a key to add.
  if (into && typeof into === 'object' && Object.hasOwn(into, key)) return undefined;
  return { path: [...map, key], adds: { map, key } };
}

/** The last key of a JSON pointer, unescaped. */
function lastKey(pointer: string): string {
  return pointer
    .slice(pointer.lastIndexOf('/') + 1)
    .replace(/~1/g, '/')
    .replace(/~0/g, '~');
}

/** Every scalar that is a value (not a key), by its start offset, with its path in this file. */
function valueNodes(text: string): Map<number, ValueNode> {
  return nodesOf(text).values;
}

/** Every value scalar and every mapping of the file, by start offset, with its path in this file. */
function nodesOf(text: string): { values: Map<number, ValueNode>; maps: Map<number, Path> } {
  const tokens = [...new Parser().parse(text)];
  const doc = [...new Composer({ keepSourceTokens: true }).compose(tokens)][0];
  const out = new Map<number, ValueNode>();
  const maps = new Map<number, Path>();
  const walk = (node: unknown, at: Path, inFlow: boolean) => {
    if (isScalar(node)) {
      if (node.range) out.set(node.range[0], { node, path: at, inFlow });
    } else if (isMap(node)) {
      if (node.range) maps.set(node.range[0], at);
      for (const pair of node.items) {
        const k = isScalar(pair.key) ? pair.key.value : pair.key;
        if (typeof k === 'string' || typeof k === 'number') walk(pair.value, [...at, String(k)], inFlow || Boolean(node.flow));
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...at, i], inFlow || Boolean(node.flow)));
    }
  };
  if (doc) walk(doc.contents, [], false);
  return { values: out, maps };
}

/**
 * The text with `key: value` added as the last entry of the mapping at `at`, written by the yaml
 * package's Document, at the mapping's own indentation (or inside its braces); nothing else moves.
 */
function withKeyAdded(text: string, at: Path, key: string, value: unknown): string[] | { reason: string } {
  const doc = parseDocument(text);
  const map = at.length ? doc.getIn(at, true) : doc.contents;
  if (!isMap(map) || !map.range) return { reason: 'the place to add the setting is not a mapping in the file' };
  if (map.has(key)) return { reason: `${key} is already written there` };
  const [start, end] = map.range;
  if (map.flow) {
    const pair = flowPair(key, value);
    const last = map.items.at(-1);
    const after = (last?.value ?? last?.key) as YamlNode | null | undefined;
    if (after?.range) return [`${text.slice(0, after.range[1])}, ${pair}${text.slice(after.range[1])}`];
    if (map.items.length || text.slice(start + 1, end - 1).trim() !== '')
      return { reason: 'the mapping to add the setting to holds something other than settings' };
    return [`${text.slice(0, start)}{ ${pair} }${text.slice(end)}`];
  }
  const indent = start - (text.lastIndexOf('\n', start - 1) + 1);
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = new Document({ [key]: value }).toString({ lineWidth: 0 }).trimEnd().split('\n');
  const entry = lines.map((l) => (l ? ' '.repeat(indent) + l : l)).join(nl);
  // On a line of its own after the mapping's last line (a comment ending that line stays on it).
  const lineEnd = text[end - 1] === '\n' ? end : text.indexOf('\n', end) + 1;
  if (lineEnd === 0) return [`${text}${nl}${entry}`];
  return [`${text.slice(0, lineEnd)}${entry}${nl}${text.slice(lineEnd)}`];
}

/** `key: value` as it goes inside a flow mapping's braces, on one line. */
function flowPair(key: string, value: unknown): string {
  const written = (options: object) =>
    new Document({ [key]: value })
      .toString({ lineWidth: 0, collectionStyle: 'flow', ...options })
      .trim()
      .slice(1, -1) // the braces the yaml package writes around it
      .trim();
  const plain = written({});
  return plain.includes('\n') ? written({ defaultStringType: 'QUOTE_DOUBLE', blockQuote: false }) : plain;
}

/**
 * Ways to set the scalar at `at` to `value` in `text`, editing only that scalar's source, best first.
 * The caller keeps the first that checks out.
 */
function candidates(text: string, at: Path, value: unknown, fix: Fix): string[] | { reason: string } {
  const tokens = [...new Parser().parse(text)];
  const doc = [...new Composer({ keepSourceTokens: true }).compose(tokens)][0] as Document | undefined;
  const node = doc?.getIn(at, true) as YamlNode | undefined;
  if (!isScalar(node) || !node.srcToken) return { reason: 'the value to change is not a single value in the file' };
  const token = node.srcToken as CST.FlowScalar | CST.BlockScalar;
  const inFlow = valueNodes(text).get(node.range![0])?.inFlow ?? false;
  const asText = typeof value === 'string' ? value : String(value);
  const out: string[] = [];
  // Text replaced where it stands in the source keeps the layout (and a folded block's line breaks).
  if ('replace' in fix) {
    const [start, end] = node.range!;
    const pattern = new RegExp(fix.replace.from.split(/\s+/).map(escapeRegExp).join('(?:[ \\t]+|[ \\t]*\\n[ \\t]*)'), 'g');
    out.push(text.slice(0, start) + text.slice(start, end).replace(pattern, () => fix.replace.to) + text.slice(end));
  }
  if (token.type === 'block-scalar') {
    if (typeof value !== 'string') return { reason: 'a block of text cannot be replaced by a number or yes/no value' };
    // Otherwise the whole block is written again at its own indentation (the yaml package would use the key's + 2).
    const saved = token.indent;
    token.indent = blockIndent(token.source);
    try {
      CST.setScalarValue(token, asText, { inFlow });
    } finally {
      token.indent = saved;
    }
    out.push(tokens.map((t) => CST.stringify(t)).join(''));
    return out;
  }
  // Numbers and yes/no are written plain; text keeps its quoting, or is double-quoted where plain would read as something else.
  const type = typeof value !== 'string' ? 'PLAIN' : token.type === 'scalar' && plainWouldChange(asText) ? 'QUOTE_DOUBLE' : undefined;
  CST.setScalarValue(token, asText, { afterKey: true, inFlow, ...(type ? { type } : {}) });
  out.push(tokens.map((t) => CST.stringify(t)).join(''));
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Columns of indentation of a block scalar's content (its first non-blank line). */
function blockIndent(source: string): number {
  const line = source.split('\n').find((l) => l.trim() !== '');
  return line ? line.length - line.trimStart().length : 2;
}

/** True when the string written plain would not read back as the same string. */
function plainWouldChange(value: string): boolean {
  const doc = parseDocument(`k: ${value}\n`);
  return doc.errors.length > 0 || doc.get('k') !== value || value !== value.trim();
}

/** Why `after` cannot replace `before`, or undefined when it can. */
function checkResult(before: string, after: string, wanted: unknown): string | undefined {
  const doc = parseDocument(after);
  if (doc.errors.length) return `the changed file would not be valid YAML (${doc.errors[0]!.message.split('\n')[0]})`;
  if (JSON.stringify(doc.toJS()) !== JSON.stringify(wanted)) return 'the change would alter other values in the file';
  if (comments(after).join('\n') !== comments(before).join('\n')) return 'the change would lose or move a comment';
  return undefined;
}

function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((t) => t.startsWith('#'));
}

function getIn(data: unknown, at: Path): unknown {
  return at.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k as string] : undefined), data);
}

/** A copy of `data` with the value at `at` replaced. */
function setIn(data: unknown, at: Path, value: unknown): unknown {
  if (at.length === 0) return value;
  const [k, ...rest] = at;
  const copy = Array.isArray(data) ? [...data] : { ...(data as Record<string, unknown>) };
  (copy as Record<string, unknown>)[k as string] = setIn((data as Record<string, unknown>)[k as string], rest, value);
  return copy;
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

/** The file's text as the checker read it (a Windows-1252 file decoded, never turned into U+FFFD). */
function decodedText(file: string): string {
  const text = readPolicyText(file);
  if (typeof text !== 'string') throw new UserError(`${file}: ${text.message}`, text);
  return text;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Write fixed files, each atomically. A file whose content changed since it was checked (an editor
 * saved it meanwhile) is not written: the fixes were planned on the old text.
 */
export function writeFixes(results: FixResult[]): void {
  const changed: string[] = [];
  for (const r of results) {
    const read = readPolicyText(r.file);
    const now = typeof read === 'string' ? read : '';
    if (contentHash(now) !== contentHash(r.before)) {
      changed.push(r.file);
      continue;
    }
    writeFileAtomic(r.file, r.after);
  }
  if (changed.length) {
    throw new UserError(
      `${changed.map(displayPath).join(', ')} changed after it was checked (another program or an editor saved it), so --fix did not write to it. Nothing in it was changed. Run the command again to check the file as it is now.`,
    );
  }
}

export function fixDiff(r: FixResult): string {
  const name = displayPath(r.file);
  return createTwoFilesPatch(name, name, r.before, r.after, 'before', 'after --fix');
}
