/**
 * What a template may read at a point: the fields of the value in scope. Shapes come from the
 * policy schema, from a sample of a view model, or from a plain list of known names.
 */
export interface Shape {
  /** The shape of a field, or undefined when the value has no such field. */
  field(name: string): Shape | undefined;
  /** The shape of each item (inside #each). */
  item(): Shape;
  /** Some field names, for "did you mean" hints. */
  names(): string[];
}

/** Anything: used where the data cannot be known (values that are only sometimes set). */
export const ANY: Shape = { field: () => ANY, item: () => ANY, names: () => [] };

/** A string, number or true/false: nothing inside it. */
export const LEAF: Shape = { field: () => undefined, item: () => ANY, names: () => [] };

export function objectShape(fields: Record<string, Shape>): Shape {
  return {
    field: (name) => (Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : undefined),
    item: () => ANY,
    names: () => Object.keys(fields),
  };
}

export function listShape(item: Shape): Shape {
  return { field: (name) => (name === 'length' ? LEAF : /^\d+$/.test(name) ? item : undefined), item: () => item, names: () => ['length'] };
}

/** A shape with extra fields on top (hash arguments given to a partial). */
export function withFields(base: Shape, extra: Record<string, Shape>): Shape {
  return {
    field: (name) => (Object.prototype.hasOwnProperty.call(extra, name) ? extra[name] : base.field(name)),
    item: () => base.item(),
    names: () => [...Object.keys(extra), ...base.names()],
  };
}

/** Every field of a sample value; a key whose sample value is unset may hold anything. */
export function sampleShape(value: unknown): Shape {
  if (value === undefined || value === null) return ANY;
  if (Array.isArray(value)) return listShape(value.length ? unionShape(value.map(sampleShape)) : ANY);
  if (typeof value === 'object') return objectShape(Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sampleShape(v)])));
  return LEAF;
}

function unionShape(shapes: Shape[]): Shape {
  if (shapes.length === 1) return shapes[0]!;
  return {
    field: (name) => {
      const found = shapes.map((s) => s.field(name)).filter((s): s is Shape => Boolean(s));
      return found.length ? unionShape(found) : undefined;
    },
    item: () => unionShape(shapes.map((s) => s.item())),
    names: () => [...new Set(shapes.flatMap((s) => s.names()))],
  };
}

type SchemaNode = Record<string, unknown>;

/** The fields the JSON schema allows at a node (following $ref, items and additionalProperties). */
export function schemaShape(root: SchemaNode, node: SchemaNode = root): Shape {
  const resolved = deref(root, node);
  const props = resolved.properties as Record<string, SchemaNode> | undefined;
  if (resolved.type === 'array' || resolved.items) return listShape(resolved.items ? schemaShape(root, resolved.items as SchemaNode) : ANY);
  if (props || resolved.type === 'object') {
    const extra = resolved.additionalProperties;
    const other = (): Shape | undefined =>
      extra === undefined || extra === false ? undefined : extra === true ? ANY : schemaShape(root, extra as SchemaNode);
    return {
      field: (name) => (props && Object.prototype.hasOwnProperty.call(props, name) ? schemaShape(root, props[name]!) : other()),
      item: () => ANY,
      names: () => Object.keys(props ?? {}),
    };
  }
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    const options = resolved[key] as SchemaNode[] | undefined;
    if (options?.length) return unionShape(options.map((o) => schemaShape(root, o)));
  }
  return LEAF;
}

export function deref(root: SchemaNode, node: SchemaNode): SchemaNode {
  let cur = node;
  for (let i = 0; i < 20 && typeof cur.$ref === 'string'; i++) {
    const target = (cur.$ref as string)
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((o, k) => (o as SchemaNode | undefined)?.[k], root);
    if (!target || typeof target !== 'object') return {};
    cur = { ...(target as SchemaNode), ...Object.fromEntries(Object.entries(cur).filter(([k]) => k !== '$ref')) };
  }
  return cur;
}

/** A list of known names: any of them may appear at any depth (for templates whose data is not modelled here). */
export function vocabularyShape(known: ReadonlySet<string>): Shape {
  const shape: Shape = { field: (name) => (known.has(name) ? shape : undefined), item: () => shape, names: () => [...known] };
  return shape;
}
