import { isDeepStrictEqual } from 'node:util';
import { Composer, CST, isScalar, isSeq, Lexer, parse, parseDocument, Parser, Scalar, type Document } from 'yaml';
import { RequestError } from './project.js';

type Path = Array<string | number>;
type Change =
  | { path: Path; kind: 'scalar'; value: string | number | boolean }
  | { path: Path; kind: 'set'; value: unknown }
  | { path: Path; kind: 'delete' };

/**
 * The text of a policy file after the form's edits: `desired` is what the file itself should hold
 * (not the merged policy). A changed value is rewritten in place in the concrete syntax tree, as
 * `lint --fix` does, so only its line changes and every comment, quote and blank line stays. Added
 * or removed fields go through the YAML document model, which keeps comments. The result is read
 * back and must hold exactly `desired` and every comment of the original, or nothing is written.
 */
export function applyFileData(text: string, desired: unknown): string {
  const old = parse(text, { version: '1.2' }) ?? {};
  const changes: Change[] = [];
  diff(old, desired, [], changes);
  if (!changes.length) return text;
  const want = parse(text, { version: '1.2' }) ?? {};
  const target = applyToPlain(want, changes);
  const inPlace = changes.every((c) => c.kind === 'scalar') ? editScalarsInPlace(text, changes) : undefined;
  if (inPlace !== undefined && readsBackAs(inPlace, target) && keepsComments(text, inPlace)) return inPlace;
  const viaDocument = editDocument(text, changes);
  if (!readsBackAs(viaDocument, target)) {
    throw new RequestError(
      422,
      'This change could not be written without altering other parts of the file, so the file was left as it was. Make the change in a text editor, or ask whoever looks after the policy files.',
    );
  }
  const lost = lostComments(text, viaDocument);
  if (lost.length) {
    throw new RequestError(
      422,
      `Saving would remove ${lost.length === 1 ? 'this comment' : 'these comments'} from the file: ${lost.map((c) => `"${c}"`).join(', ')}. The file was left as it was. Remove the comment in a text editor first if it is no longer needed.`,
    );
  }
  return viaDocument;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Nothing worth writing: a field the form created but the user left empty. */
function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  if (isPlainObject(v)) return Object.values(v).every(isEmpty);
  return false;
}

/** Drop what the form left empty inside a new value. */
export function prune(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(prune);
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (!isEmpty(x)) out[k] = prune(x);
    return out;
  }
  return v;
}

function diff(a: unknown, b: unknown, path: Path, out: Change[]): void {
  if (isPlainObject(a) && isPlainObject(b)) {
    for (const [k, v] of Object.entries(b)) {
      if (!(k in a)) {
        if (!isEmpty(v)) out.push({ path: [...path, k], kind: 'set', value: prune(v) });
      } else diff(a[k], v, [...path, k], out);
    }
    for (const k of Object.keys(a)) if (!(k in b) || b[k] === undefined) out.push({ path: [...path, k], kind: 'delete' });
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const common = Math.min(a.length, b.length);
    for (let i = 0; i < common; i++) diff(a[i], b[i], [...path, i], out);
    // Remove from the end so earlier indexes stay right.
    for (let i = a.length - 1; i >= b.length; i--) out.push({ path: [...path, i], kind: 'delete' });
    for (let i = common; i < b.length; i++) out.push({ path: [...path, i], kind: 'set', value: prune(b[i]) });
    return;
  }
  if (isDeepStrictEqual(a, b)) return;
  if (b === undefined || b === null || b === '') {
    if (a !== undefined && a !== null && a !== '') out.push({ path, kind: 'delete' });
    return;
  }
  const scalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  if (scalar(a) && scalar(b)) out.push({ path, kind: 'scalar', value: b as string | number | boolean });
  else out.push({ path, kind: 'set', value: prune(b) });
}

function applyToPlain(root: unknown, changes: Change[]): unknown {
  let top = root;
  for (const c of changes) {
    if (c.path.length === 0) {
      top = c.kind === 'delete' ? {} : c.value;
      continue;
    }
    let parent = top as Record<string | number, unknown>;
    for (const seg of c.path.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
    const last = c.path[c.path.length - 1]!;
    if (c.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else parent[last] = c.value;
  }
  return top;
}

/** A string that a plain (unquoted) YAML scalar would read back as something else needs quotes. */
function needsQuotes(value: string): boolean {
  try {
    return parse(value, { version: '1.2' }) !== value || /[#:]\s|^\s|\s$|\n/.test(value);
  } catch {
    return true;
  }
}

function editScalarsInPlace(text: string, changes: Change[]): string | undefined {
  const tokens = [...new Parser().parse(text)];
  const doc = [...new Composer({ keepSourceTokens: true }).compose(tokens)][0] as Document.Parsed | undefined;
  if (!doc) return undefined;
  for (const c of changes) {
    if (c.kind !== 'scalar') return undefined;
    const node = doc.getIn(c.path, true);
    if (!isScalar(node) || !node.srcToken) return undefined;
    const token = node.srcToken as CST.FlowScalar | CST.BlockScalar;
    const value = c.value;
    if (typeof value === 'string') {
      const plain = node.type === Scalar.PLAIN;
      CST.setScalarValue(token, value, plain && needsQuotes(value) ? { type: 'QUOTE_DOUBLE' } : {});
    } else {
      CST.setScalarValue(token, String(value), { type: 'PLAIN' });
    }
  }
  return tokens.map((t) => CST.stringify(t)).join('');
}

function editDocument(text: string, changes: Change[]): string {
  const doc = parseDocument(text, { version: '1.2' });
  for (const c of changes) {
    if (c.kind === 'delete') {
      doc.deleteIn(c.path);
      continue;
    }
    const node = doc.getIn(c.path, true);
    if (c.kind === 'scalar' && isScalar(node)) {
      node.value = c.value;
      if (typeof c.value === 'string' && node.type === Scalar.PLAIN && needsQuotes(c.value)) node.type = Scalar.QUOTE_DOUBLE;
      continue;
    }
    const created = doc.createNode(c.value);
    quoteLookalikes(created);
    const parentPath = c.path.slice(0, -1);
    const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
    if (isSeq(parent) && Number(c.path[c.path.length - 1]) >= parent.items.length) parent.items.push(created);
    else doc.setIn(c.path, created);
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** New text such as "09:40" or "2026-09-01" is written in quotes, as the bundled policies do. */
function quoteLookalikes(node: unknown): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string' && (needsQuotes(node.value) || /^\d/.test(node.value))) node.type = Scalar.QUOTE_DOUBLE;
    return;
  }
  const items = (node as { items?: unknown[] } | undefined)?.items;
  for (const item of items ?? []) {
    if (item && typeof item === 'object' && 'value' in item && 'key' in item) quoteLookalikes((item as { value: unknown }).value);
    else quoteLookalikes(item);
  }
}

function readsBackAs(text: string, target: unknown): boolean {
  try {
    const doc = parseDocument(text, { version: '1.2', uniqueKeys: true });
    return doc.errors.length === 0 && isDeepStrictEqual(JSON.parse(JSON.stringify(doc.toJS() ?? {})), JSON.parse(JSON.stringify(target)));
  } catch {
    return false;
  }
}

function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((t) => t.startsWith('#')).map((t) => t.trimEnd());
}

/** Comments of the original that are missing afterwards (a removed field takes its own comment with it). */
function lostComments(before: string, after: string): string[] {
  const left = comments(after);
  const lost: string[] = [];
  for (const c of comments(before)) {
    const i = left.indexOf(c);
    if (i === -1) lost.push(c);
    else left.splice(i, 1);
  }
  return lost;
}

function keepsComments(before: string, after: string): boolean {
  return lostComments(before, after).length === 0;
}
