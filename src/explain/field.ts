import type { LoadedPolicy } from '../load/load-policy.js';
import { pointerJoin, type ValueOrigin } from '../load/tree.js';

export interface FieldExplanation {
  path: string;
  pointer: string;
  value: unknown;
  origin: ValueOrigin;
  /** When the value sits inside a list that replaced a base list as a whole: that list's path and origin. */
  replacedWith?: { path: string; origin: ValueOrigin };
}

/** Find a dotted field path (list items by `id` or position) in a merged policy. */
export function explainField(policy: LoadedPolicy, dotted: string): FieldExplanation | undefined {
  let cur: unknown = policy.data;
  let pointer = '';
  for (const seg of dotted.split('.').filter(Boolean)) {
    if (Array.isArray(cur)) {
      const index = /^\d+$/.test(seg) ? Number(seg) : cur.findIndex((item) => (item as { id?: unknown } | null)?.id === seg);
      if (index < 0 || index >= cur.length) return undefined;
      cur = cur[index];
      pointer = pointerJoin(pointer, index);
    } else if (cur && typeof cur === 'object' && Object.prototype.hasOwnProperty.call(cur, seg)) {
      cur = (cur as Record<string, unknown>)[seg];
      pointer = pointerJoin(pointer, seg);
    } else {
      return undefined;
    }
  }
  const origin = policy.origins.get(pointer);
  if (!origin) return undefined;
  const result: FieldExplanation = { path: dotted, pointer, value: cur, origin };
  if (!origin.overrode?.length) {
    const segments = dotted.split('.').filter(Boolean);
    const pointerSegments = pointer.split('/').slice(1);
    for (let n = pointerSegments.length - 1; n > 0; n--) {
      const ancestor = policy.origins.get(`/${pointerSegments.slice(0, n).join('/')}`);
      if (ancestor?.overrode?.length) {
        result.replacedWith = { path: segments.slice(0, n).join('.'), origin: ancestor };
        break;
      }
    }
  }
  return result;
}

/** Field paths that exist in the policy, for "did you mean". */
export function fieldPaths(data: unknown, prefix = '', out: string[] = []): string[] {
  if (data && typeof data === 'object') {
    const entries = Array.isArray(data)
      ? data.map((v, i) => [typeof (v as { id?: unknown })?.id === 'string' ? (v as { id: string }).id : String(i), v] as const)
      : Object.entries(data);
    for (const [k, v] of entries) {
      const p = prefix ? `${prefix}.${k}` : k;
      out.push(p);
      fieldPaths(v, p, out);
    }
  }
  return out;
}
