/**
 * Flatten nested data into dotted keys: `schools.0.day.registers.morning.opens`.
 * Array items are numbered from 0. An empty list or object becomes one row with an empty value,
 * so every field the schema defines appears.
 */
export function flatten(value: unknown, prefix = ''): Array<[string, unknown]> {
  if (Array.isArray(value)) {
    if (value.length === 0) return prefix ? [[prefix, null]] : [];
    return value.flatMap((v, i) => flatten(v, join(prefix, String(i))));
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return prefix ? [[prefix, null]] : [];
    return entries.flatMap(([k, v]) => flatten(v, join(prefix, k)));
  }
  return [[prefix, value]];
}

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}
