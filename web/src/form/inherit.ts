export type Path = Array<string | number>;

/** The value under `key` of a map or list, or undefined when there is none. */
function child(value: unknown, key: string | number): unknown {
  return value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined;
}

const idOf = (value: unknown): unknown => child(value, 'id');

/**
 * The trust base's value for a place in this file's own data. Lists merged by `id` (sections,
 * stages, schools, groups) are matched by id; a list without ids replaces the base list as a whole.
 */
export function baseValueAt(own: unknown, base: unknown, path: Path): unknown {
  let o = own;
  let b = base;
  for (const seg of path) {
    if (typeof seg === 'number') {
      const item: unknown = Array.isArray(o) ? o[seg] : undefined;
      const id = idOf(item);
      if (typeof id !== 'string' || !Array.isArray(b)) return undefined;
      o = item;
      b = b.find((x: unknown) => idOf(x) === id);
    } else {
      o = child(o, seg);
      b = Array.isArray(b) ? undefined : child(b, seg);
    }
    if (b === undefined) return undefined;
  }
  return b;
}

export function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const seg of path) v = child(v, seg);
  return v;
}

/** A copy of `root` with `value` at `path` (undefined removes it), creating maps on the way. */
export function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const fresh: unknown[] | object = Array.isArray(root)
    ? [...root]
    : root && typeof root === 'object'
      ? { ...root }
      : typeof head === 'number'
        ? []
        : {};
  const copy = fresh as Record<string | number, unknown>;
  const next = setAt(copy[head!], rest, value);
  if (next === undefined && !Array.isArray(copy)) delete copy[head!];
  else copy[head!] = next;
  return copy;
}

export function show(v: unknown): string {
  if (v === undefined || v === null) return 'not set';
  if (typeof v === 'string') return v.length > 120 ? `${v.slice(0, 117)}…` : v;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (Array.isArray(v)) return `${v.length} item${v.length === 1 ? '' : 's'}`;
  if (typeof v === 'object') return 'a group of settings';
  return String(v);
}
