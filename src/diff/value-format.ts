import { loadPolicySchema } from '../core/schema-files.js';
import { formatDate, formatMoney, formatPercent, formatPeriod, formatTime, joinWords } from '../render/format.js';

type SchemaNode = Record<string, unknown>;

function resolve(node: SchemaNode | undefined, root: SchemaNode): { node: SchemaNode | undefined; ref: string | null } {
  let ref: string | null = null;
  let n = node;
  for (let i = 0; n && typeof n.$ref === 'string' && i < 10; i++) {
    ref = n.$ref.replace('#/$defs/', '');
    n = (root.$defs as Record<string, SchemaNode>)[ref];
  }
  return { node: n, ref };
}

/** The schema's definition name ("time", "money", ...) for a value at these keys (list items by position). */
export function schemaKindAt(keys: Array<string | number>): string | null {
  const root = loadPolicySchema() as SchemaNode;
  let { node, ref } = resolve(root, root);
  for (const key of keys) {
    if (!node) return null;
    const next =
      typeof key === 'number'
        ? (node.items as SchemaNode | undefined)
        : ((node.properties as Record<string, SchemaNode> | undefined)?.[key] ??
          (typeof node.additionalProperties === 'object' ? (node.additionalProperties as SchemaNode) : undefined));
    ({ node, ref } = resolve(next, root));
  }
  return ref;
}

/** A value as the rendered policy writes it: "£80", "9:00am", "5 December 2024", "96%", "2 school weeks". */
export function formatValue(value: unknown, kind: string | null): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value))
    return value.every((v) => v === null || typeof v !== 'object')
      ? joinWords(value.map((v) => formatValue(v, kind)))
      : value.map((v) => formatValue(v, null)).join('; ');
  if (typeof value === 'object') {
    if (kind === 'period' || ('amount' in value && 'unit' in value)) return formatPeriod(value as { amount: number; unit: string });
    return Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${words(k)}: ${formatValue(v, null)}`)
      .join(', ');
  }
  switch (kind) {
    case 'time':
      return formatTime(value);
    case 'date':
      return formatDate(value);
    case 'money':
      return formatMoney(value);
    case 'percent':
      return formatPercent(value);
    default:
      if (typeof value === 'string') return /^[a-z0-9]+(_[a-z0-9]+)+$/.test(value) ? words(value) : value;
      return String(value);
  }
}

/** A data word as plain words: "school_day" → "school day". */
export function words(key: string): string {
  return key.replace(/_pct$/, ' (%)').replace(/_/g, ' ');
}
