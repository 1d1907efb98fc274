/**
 * The same data with every object's keys in sorted order (arrays keep their order, which is
 * meaningful: stages mildest first, codes as the policy lists them). Sorted keys make the output
 * byte-for-byte stable and easy to diff.
 */
export function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort(compareKeys)) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out as T;
  }
  return value;
}

/** Code-unit order, not locale order, so every machine sorts alike. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
