import { pointerJoin } from '../load/tree.js';
import { schemaKindAt } from './value-format.js';

/** One value of the policy data, keyed so the same setting matches across two versions. */
export interface Leaf {
  /** Stable key: list items by id ("schools[oakfield].school_day.starts"). */
  key: string;
  /** Field names from the top, list ids replaced by the item's name (for labels). */
  path: Array<{ key: string; item?: string }>;
  /** JSON pointer into this version's data (list items by position), for origins. */
  pointer: string;
  /** Schema definition name of the value ("time", "money"...). */
  kind: string | null;
  value: unknown;
}

const SKIP_TOP = new Set(['$schema', 'extends', 'sections']);
const SKIP_DOCUMENT = new Set(['approved_fingerprint']);

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const itemName = (v: Record<string, unknown>): string => String(v.short_name ?? v.name ?? v.title ?? v.label ?? v.id);

/**
 * Every value of the policy as a leaf. Lists whose items have ids are followed item by item (so a
 * stage or school is matched by id, not position); other lists are one value, as a reader sees them.
 */
export function leaves(data: unknown): Leaf[] {
  const out: Leaf[] = [];
  const walk = (value: unknown, key: string, path: Leaf['path'], pointer: string, schemaKeys: Array<string | number>): void => {
    if (isObject(value)) {
      for (const [k, v] of Object.entries(value)) {
        if (path.length === 0 && SKIP_TOP.has(k)) continue;
        if (path.length === 1 && path[0]!.key === 'document' && SKIP_DOCUMENT.has(k)) continue;
        walk(v, key ? `${key}.${k}` : k, [...path, { key: k }], pointerJoin(pointer, k), [...schemaKeys, k]);
      }
      return;
    }
    if (Array.isArray(value) && value.length && value.every((v) => isObject(v) && typeof v.id === 'string')) {
      value.forEach((v, i) => {
        const item = v as Record<string, unknown>;
        const last = path[path.length - 1]!;
        walk(item, `${key}[${String(item.id)}]`, [...path.slice(0, -1), { key: last.key, item: itemName(item) }], pointerJoin(pointer, i), [
          ...schemaKeys,
          0,
        ]);
      });
      return;
    }
    out.push({ key, path, pointer, kind: schemaKindAt(schemaKeys), value });
  };
  walk(data, '', [], '', []);
  // An id is a key, not something a reader needs to see change.
  return out.filter((l) => l.path[l.path.length - 1]?.key !== 'id');
}
