import { statSync } from 'node:fs';
import { FileAccessError, readUserFile } from '../core/files.js';
import { decodeText } from '../core/text-encoding.js';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode, Scalar } from 'yaml';
import type { Diagnostic, Position } from '../core/diagnostics.js';
import { originOfNode, placeOffsets, type MapNode, type SourceNode, type Span } from './tree.js';

/** Largest policy file read, in bytes. A real policy with all its prose is under 200 KB. */
export const MAX_POLICY_BYTES = 2 * 1024 * 1024;
/** Most YAML values one file may expand to (a full policy has about 2,000; this guards against alias "bombs"). */
export const MAX_NODES = 20_000;

export interface ParsedSource {
  file: string;
  text: string;
  lineCounter: LineCounter;
  root: SourceNode | undefined;
  diagnostics: Diagnostic[];
}

/** `io` marks a file that could not be read at all (exit code 2); `schema` a file that was read but is not a valid policy. */
function fileDiagnostic(
  file: string,
  message: string,
  hint?: string,
  line = 1,
  column = 1,
  ruleId: 'schema' | 'io' = 'schema',
): Diagnostic {
  return { ruleId, severity: 'error', file, line, column, endLine: line, endColumn: column, message, ...(hint ? { hint } : {}) };
}

/** Read a policy file; problems reading it come back as diagnostics, never as exceptions.
 * With `within`, the real file (after symbolic links) must be inside that folder. */
export function readPolicySource(file: string, within?: string): ParsedSource | Diagnostic {
  const text = readPolicyText(file, within);
  return typeof text === 'string' ? parsePolicyText(file, text) : text;
}

/** The text of a policy file, decoded (UTF-8, UTF-16 or a certain Windows-1252), or why it cannot be used. */
export function readPolicyText(file: string, within?: string): string | Diagnostic {
  let bytes: Buffer;
  try {
    bytes = readUserFile(file, { maxBytes: MAX_POLICY_BYTES, ...(within !== undefined ? { within } : {}) });
  } catch (e) {
    if (!(e instanceof FileAccessError)) throw e;
    switch (e.reason) {
      case 'missing':
        return fileDiagnostic(file, 'File not found.', 'Check the path and the spelling of the file name.', 1, 1, 'io');
      case 'not-a-file':
        return fileDiagnostic(
          file,
          /folder/.test(e.problem)
            ? 'This is a folder, not a policy file.'
            : 'This is not an ordinary file (it is a device, pipe or socket), so it was not read.',
          undefined,
          1,
          1,
          'io',
        );
      case 'too-large': {
        let size = MAX_POLICY_BYTES + 1;
        try {
          size = statSync(file).size;
        } catch {
          // keep the limit
        }
        return fileDiagnostic(
          file,
          size > MAX_POLICY_BYTES
            ? `The file is ${(size / 1024 / 1024).toFixed(1)} MB; a policy file can be at most ${MAX_POLICY_BYTES / 1024 / 1024} MB.`
            : `The file is larger than ${MAX_POLICY_BYTES / 1024 / 1024} MB, the most a policy file can be.`,
          'Check that this is the right file. Large images or pasted documents belong in separate files.',
        );
      }
      case 'outside':
        return fileDiagnostic(
          file,
          `The file ${e.problem}`,
          'Keep policy files inside the project folder; a link to a file elsewhere is not followed.',
        );
      default:
        return fileDiagnostic(file, `The file ${e.problem}`, undefined, 1, 1, 'io');
    }
  }
  const decoded = decodeText(bytes);
  if ('problem' in decoded) {
    return fileDiagnostic(
      file,
      decoded.problem,
      'Open the file in your editor and save it again choosing the encoding "UTF-8".',
      decoded.line,
      decoded.column,
    );
  }
  return decoded.text;
}

export function parsePolicyText(file: string, text: string): ParsedSource {
  const lineCounter = new LineCounter();
  const result: ParsedSource = { file, text, lineCounter, root: undefined, diagnostics: [] };
  if (text.includes('\u0000')) {
    result.diagnostics.push(
      fileDiagnostic(file, 'This is not a text file (it contains binary data).', 'A policy is a YAML text file ending in .yaml.'),
    );
    return result;
  }
  if (onlyCommentsOrBlank(text)) {
    result.diagnostics.push(fileDiagnostic(file, 'The file is empty.', 'Start from `policywright init` to get a complete starter policy.'));
    return result;
  }
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2', keepSourceTokens: false });
  for (const err of doc.errors) {
    const [start, end] = err.pos;
    const a = lineCounter.linePos(start);
    const b = lineCounter.linePos(end);
    result.diagnostics.push({
      ruleId: 'schema',
      severity: 'error',
      file,
      line: a.line,
      column: a.col,
      endLine: b.line,
      endColumn: b.col,
      ...yamlErrorMessage(err.code, err.message),
    });
  }
  if (result.diagnostics.length > 0) return result;
  const ctx: BuildContext = { file, lineCounter, doc, count: 0 };
  try {
    result.root = doc.contents ? build(doc.contents as YamlNode, ctx, 0) : undefined;
  } catch (e) {
    if (e instanceof TooLarge) {
      result.diagnostics.push(
        fileDiagnostic(file, e.message, 'Remove the repeated aliases (*name) or deeply nested lists.', e.line, e.column),
      );
      return result;
    }
    throw e;
  }
  if (!result.root || result.root.kind !== 'map') {
    result.diagnostics.push(
      fileDiagnostic(
        file,
        'A policy must be a set of `name: value` fields at the top level.',
        'Start from `policywright init` to see the expected shape.',
        result.root ? originOfNode(result.root).line : 1,
        result.root ? originOfNode(result.root).column : 1,
      ),
    );
    result.root = undefined;
  }
  return result;
}

const BLANK_OR_COMMENT = /^\s*(#.*)?$/;

/** True when every line is blank or a comment; stops at the first line that is not (without splitting a large file into lines). */
function onlyCommentsOrBlank(text: string): boolean {
  for (let start = 0; start <= text.length;) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? undefined : end);
    if (!BLANK_OR_COMMENT.test(line)) return false;
    if (end === -1) break;
    start = end + 1;
  }
  return true;
}

function yamlErrorMessage(code: string, raw: string): { message: string; hint?: string } {
  const first = raw.split('\n')[0] ?? raw;
  switch (code) {
    case 'TAB_AS_INDENT':
      return {
        message: 'A tab is used for indentation; YAML only allows spaces.',
        hint: 'Replace the tab with spaces (two per level). Most editors can "convert indentation to spaces".',
      };
    case 'DUPLICATE_KEY':
      return {
        message: `${first.replace(/^Map keys must be unique/, 'The same field appears twice in one block')}.`,
        hint: 'Keep one of the two lines and delete the other.',
      };
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        message: `The YAML cannot be read here: ${first}.`,
        hint: 'Check the indentation and that each field is written `name: value`.',
      };
    default:
      return { message: `The YAML cannot be read here: ${first}.` };
  }
}

class TooLarge extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

interface BuildContext {
  file: string;
  lineCounter: LineCounter;
  doc: Document.Parsed;
  count: number;
}

function positionOf(node: YamlNode | undefined, ctx: BuildContext): Position {
  const range = node?.range ?? [0, 0, 0];
  return placeOffsets({ file: ctx.file, lines: ctx.lineCounter }, range[0], range[1]);
}

type Range = readonly [number, number, ...number[]];

/** Where a value was written (and its key), as offsets: lines and columns are worked out only when asked for. */
function spanOf(node: YamlNode, ctx: BuildContext, key: Range | undefined, plain: boolean | undefined): Span {
  const range = node.range ?? [0, 0, 0];
  // One shape for every span (no optional fields), so the many made per file stay cheap to make and read.
  return {
    file: ctx.file,
    lines: ctx.lineCounter,
    start: range[0],
    end: range[1],
    keyStart: key ? key[0] : -1,
    keyEnd: key ? key[1] : -1,
    plain,
    placed: undefined,
  };
}

const MAX_DEPTH = 64;

function build(node: YamlNode, ctx: BuildContext, depth: number, key?: Range, via?: YamlNode): SourceNode {
  if (++ctx.count > MAX_NODES || depth > MAX_DEPTH) {
    const at = positionOf(via ?? node, ctx);
    throw new TooLarge(
      depth > MAX_DEPTH
        ? `The YAML is nested more than ${MAX_DEPTH} levels deep.`
        : `The YAML expands to more than ${MAX_NODES.toLocaleString('en-GB')} values (usually aliases repeated inside aliases).`,
      at.line,
      at.column,
    );
  }
  if (isAlias(node)) {
    const target = node.resolve(ctx.doc);
    if (!target) return { kind: 'scalar', value: null, plain: true, span: spanOf(via ?? node, ctx, key, true) };
    return build(target as YamlNode, ctx, depth + 1, key, via ?? node);
  }
  if (isMap(node)) {
    const entries: MapNode['entries'] = new Map();
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode | null;
      // YAML 1.1 merge keys (<<) are not part of YAML 1.2: such a key is an ordinary (unknown) field.
      const name = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      const valueNode = pair.value as YamlNode | null;
      const keyRange: Range = keyNode?.range ?? [0, 0, 0];
      entries.set(
        name,
        valueNode
          ? build(valueNode, ctx, depth + 1, keyRange)
          : // A key with no value: the value is null, placed at the key.
            {
              kind: 'scalar',
              value: null,
              plain: true,
              span: { ...spanOf(node, ctx, keyRange, true), start: keyRange[0], end: keyRange[1] },
            },
      );
    }
    return { kind: 'map', entries, span: spanOf(via ?? node, ctx, key, undefined) };
  }
  if (isSeq(node)) {
    const span = spanOf(via ?? node, ctx, key, undefined);
    return { kind: 'seq', items: node.items.map((item) => build(item as YamlNode, ctx, depth + 1)), span };
  }
  if (isScalar(node)) {
    const v = node.value;
    const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v);
    const plain = node.type === Scalar.PLAIN;
    return { kind: 'scalar', value, plain, span: spanOf(via ?? node, ctx, key, plain) };
  }
  return { kind: 'scalar', value: null, plain: true, span: spanOf(via ?? node, ctx, key, true) };
}
