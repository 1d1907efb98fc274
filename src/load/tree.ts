import type { LineCounter } from 'yaml';
import type { Position } from '../core/diagnostics.js';

/**
 * A YAML value together with where it was written. Loading turns each file into this tree,
 * `extends` merges trees, and `toPlain` turns the merged tree into plain data plus a map of origins.
 */
export type SourceNode = MapNode | SeqNode | ScalarNode;

interface NodeBase {
  /** Where the value was written; shared by every load that uses this tree, never changed. */
  span: Span;
  /** Values this one replaced when a file overrode its base (nearest base first). */
  overrode?: OverriddenValue[];
}
export interface MapNode extends NodeBase {
  kind: 'map';
  entries: Map<string, SourceNode>;
}
export interface SeqNode extends NodeBase {
  kind: 'seq';
  items: SourceNode[];
}
export interface ScalarNode extends NodeBase {
  kind: 'scalar';
  value: string | number | boolean | null;
  /** True when the scalar was written without quotes. */
  plain: boolean;
}
export interface OverriddenValue {
  origin: Position;
  value: unknown;
}

/**
 * Where a value was written, as offsets into its file (and its key's, when it has one). Lines and
 * columns are worked out when first asked for: lint asks for a few dozen of a policy's thousands.
 */
export interface Span {
  readonly file: string;
  readonly lines: LineCounter;
  readonly start: number;
  readonly end: number;
  /** The key's offsets, or -1 for a value with no key (the whole file, a list item). */
  readonly keyStart: number;
  readonly keyEnd: number;
  /** For a scalar: written without quotes. */
  readonly plain: boolean | undefined;
  /** The origin, once worked out. */
  placed: ValueOrigin | undefined;
}

/** Line and column of a range of offsets in a span's file. */
export function placeOffsets(span: Pick<Span, 'file' | 'lines'>, start: number, end: number): Position {
  const a = span.lines.linePos(start);
  const b = span.lines.linePos(end);
  return { file: span.file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

function placed(span: Span): ValueOrigin {
  if (!span.placed) {
    const origin: ValueOrigin = placeOffsets(span, span.start, span.end);
    if (span.keyStart >= 0) origin.key = placeOffsets(span, span.keyStart, span.keyEnd);
    if (span.plain !== undefined) origin.plain = span.plain;
    span.placed = origin;
  }
  return span.placed;
}

/** Where one value of the merged policy came from. */
export interface ValueOrigin extends Position {
  key?: Position;
  /** A date the source gave only as a month or season ("July 2026"): messages say that, not a day it did not give. */
  dateWords?: string;
  plain?: boolean;
  overrode?: OverriddenValue[];
}

export function pointerJoin(base: string, segment: string | number): string {
  const s = String(segment);
  // Most segments (ids, indexes, field names) have nothing to escape: skip the two replacements.
  return `${base}/${s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s}`;
}

/** The plain data of a tree (what the YAML says, without positions). */
export function toPlain(node: SourceNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toPlain);
  const out: Record<string, unknown> = {};
  for (const [k, entry] of node.entries) {
    const value = toPlain(entry);
    // A key named __proto__ is data like any other: defined, never assigned (which would set the prototype).
    if (k === '__proto__') Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
    else out[k] = value;
  }
  return out;
}

/**
 * Where each value of a tree was set, by JSON pointer. A lookup walks the tree, so loading a policy
 * does not make a pointer and an entry for each of its thousands of values when lint asks for a few
 * dozen; going through all of them (rare) lists them once.
 */
export class TreeOrigins implements ReadonlyMap<string, ValueOrigin> {
  constructor(private readonly root: SourceNode) {}

  get(pointer: string): ValueOrigin | undefined {
    let node: SourceNode | undefined = this.root;
    if (pointer !== '') {
      if (pointer[0] !== '/') return undefined;
      for (const raw of pointer.slice(1).split('/')) {
        const seg = raw.includes('~') ? raw.replace(/~1/g, '/').replace(/~0/g, '~') : raw;
        if (node.kind === 'map') node = node.entries.get(seg);
        else if (node.kind === 'seq' && /^(0|[1-9]\d*)$/.test(seg)) node = node.items[Number(seg)];
        else node = undefined;
        if (!node) return undefined;
      }
    }
    return originOfNode(node);
  }

  has(pointer: string): boolean {
    return this.get(pointer) !== undefined;
  }

  get size(): number {
    return this.all().size;
  }

  entries(): MapIterator<[string, ValueOrigin]> {
    return this.all().entries();
  }

  keys(): MapIterator<string> {
    return this.all().keys();
  }

  values(): MapIterator<ValueOrigin> {
    return this.all().values();
  }

  forEach(fn: (value: ValueOrigin, key: string, map: ReadonlyMap<string, ValueOrigin>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.all()) fn.call(thisArg, v, k, this);
  }

  [Symbol.iterator](): MapIterator<[string, ValueOrigin]> {
    return this.entries();
  }

  private listed: Map<string, ValueOrigin> | undefined;

  private all(): Map<string, ValueOrigin> {
    if (!this.listed) {
      const listed = new Map<string, ValueOrigin>();
      const list = (node: SourceNode, pointer: string): void => {
        listed.set(pointer, originOfNode(node));
        if (node.kind === 'seq') node.items.forEach((item, i) => list(item, pointerJoin(pointer, i)));
        else if (node.kind === 'map') for (const [k, entry] of node.entries) list(entry, pointerJoin(pointer, k));
      };
      list(this.root, '');
      this.listed = listed;
    }
    return this.listed;
  }
}

/** Where a node's value was written (worked out once per node); a value that overrode a base gets its own copy. */
export function originOfNode(node: SourceNode): ValueOrigin {
  const origin = placed(node.span);
  return node.overrode ? { ...origin, overrode: node.overrode } : origin;
}

/**
 * Merge an overriding tree onto a base tree (the base is not changed).
 * Maps merge key by key. Lists whose items all carry an `id` merge item by item on `id`
 * (base order first, new items appended); any other list replaces the base list.
 */
export function mergeNodes(base: SourceNode, over: SourceNode): SourceNode {
  if (base.kind === 'map' && over.kind === 'map') {
    const entries = new Map(base.entries);
    for (const [k, entry] of over.entries) {
      const previous = entries.get(k);
      entries.set(k, previous ? mergeNodes(previous, entry) : entry);
    }
    return { kind: 'map', entries, span: over.span };
  }
  if (base.kind === 'seq' && over.kind === 'seq' && allHaveIds(base) && allHaveIds(over)) {
    const items = [...base.items];
    for (const item of over.items) {
      const id = idOf(item);
      const at = items.findIndex((b) => idOf(b) === id);
      if (at >= 0) items[at] = mergeNodes(items[at]!, item);
      else items.push(item);
    }
    return { kind: 'seq', items, span: over.span };
  }
  const { file, line, column, endLine, endColumn } = placed(base.span);
  const origin = { file, line, column, endLine, endColumn };
  return { ...over, overrode: [{ origin, value: toPlain(base) }, ...(base.overrode ?? [])] };
}

function idOf(node: SourceNode): unknown {
  if (node.kind !== 'map') return undefined;
  const id = node.entries.get('id');
  return id?.kind === 'scalar' ? id.value : undefined;
}

function allHaveIds(seq: SeqNode): boolean {
  return seq.items.length > 0 && seq.items.every((item) => idOf(item) !== undefined);
}
