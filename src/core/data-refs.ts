import type { Policy, School } from '../types/policy.js';
import { effectiveDay } from './model.js';

/**
 * Prose can show a value from the data with `{{path.to.value}}`. These are resolved by this module,
 * never by a template engine: only plain data paths, own properties only, nothing executable.
 * `school.` means the school being rendered (with its effective times).
 */
export const DATA_REF = /(?<!\{)\{\{\s*([A-Za-z_][\w-]*(?:\.[\w-]+)*)\s*\}\}(?!\})/g;

export interface DataRef {
  path: string;
  index: number;
  length: number;
}

export function findDataRefs(text: string): DataRef[] {
  return [...text.matchAll(DATA_REF)].map((m) => ({ path: m[1]!, index: m.index!, length: m[0].length }));
}

/** Resolve a dotted path. List items are found by `id` or by position. */
export function resolveDataRef(policy: Policy, path: string, school?: School): unknown {
  const segments = path.split('.');
  let cur: unknown;
  if (segments[0] === 'school') {
    const s = school ?? policy.schools?.[0];
    if (!s) return undefined;
    segments.shift();
    const next: string | undefined = segments[0];
    // Only the school day is the school's own merged with the policy's; other values are the school's.
    cur = next === undefined || next === 'school_day' ? { ...s, school_day: effectiveDay(policy, s) } : s;
  } else {
    cur = policy;
  }
  for (const seg of segments) {
    if (Array.isArray(cur)) {
      cur = /^\d+$/.test(seg)
        ? cur[Number(seg)]
        : cur.find((item) => item && typeof item === 'object' && (item as { id?: unknown }).id === seg);
    } else if (cur && typeof cur === 'object' && Object.prototype.hasOwnProperty.call(cur, seg)) {
      cur = (cur as Record<string, unknown>)[seg];
    } else {
      return undefined;
    }
  }
  return cur;
}
