import type { Policy } from '../types/policy.js';
import { resolveDataRef } from './data-refs.js';
import { loadPolicySchema } from './schema-files.js';
import { TEXTS_REMEMBERED, TextCache } from '../text/text-cache.js';

/**
 * What kind of value a data path holds, read from the policy schema (`$ref: #/$defs/money` and so
 * on), so that every place that shows a value (prose, tables, letters, the report) gives it the same
 * unit and format. A kind with a symbol (£, %) owns that symbol: the value is always shown with it.
 */
export type ValueKind = 'money' | 'percent' | 'time' | 'date' | 'period' | 'number' | 'text' | 'other';

/** The unit symbol a kind owns, and on which side of the number it is written. */
export const UNIT_SYMBOLS: Partial<Record<ValueKind, { symbol: string; side: 'before' | 'after' }>> = {
  money: { symbol: '£', side: 'before' },
  percent: { symbol: '%', side: 'after' },
};

/** Trigger metrics measured in percent; the others count sessions, absences, late marks or days. */
const PERCENT_METRICS = new Set(['attendance_pct', 'absence_pct']);

type SchemaNode = Record<string, unknown>;

const REF_KINDS: Record<string, ValueKind> = { money: 'money', percent: 'percent', time: 'time', date: 'date', period: 'period' };

/** The kind of the value a `{{path}}` names in this policy. */
export function valueKindAt(path: string, policy?: Policy): ValueKind {
  const segments = path.split('.');
  // A trigger's `value` is in the unit of its metric ("below 95%", "10 or more sessions").
  if (segments.at(-1) === 'value' && segments.includes('triggers')) {
    const metric = policy ? resolveDataRef(policy, [...segments.slice(0, -1), 'metric'].join('.')) : undefined;
    return typeof metric === 'string' && PERCENT_METRICS.has(metric) ? 'percent' : 'number';
  }
  return schemaKinds.remember(path, kindInSchema);
}

/** The kind the schema gives a path, found once per path (the same references recur in every policy). */
const schemaKinds = new TextCache<string, ValueKind>(TEXTS_REMEMBERED);

function kindInSchema(path: string): ValueKind {
  const segments = path.split('.');
  const schema = loadPolicySchema();
  const defs = (schema.$defs ?? {}) as Record<string, SchemaNode>;
  let node: SchemaNode | undefined = schema;
  if (segments[0] === 'school') {
    // `school.` is the school being rendered; its `school_day` has the shape of a school day.
    node = defs.school;
    segments.shift();
  }
  for (const seg of segments) {
    const resolved = deref(node, defs);
    if (!resolved) return 'other';
    // A list item is named by its id or position: the segment picks an item of the list.
    const props = (resolved.properties ?? {}) as Record<string, SchemaNode>;
    node = resolved.items ? (resolved.items as SchemaNode) : Object.prototype.hasOwnProperty.call(props, seg) ? props[seg] : undefined;
  }
  return kindOf(node, deref(node, defs), path);
}

/** Follow `$ref`s to the definition they name. */
function deref(node: SchemaNode | undefined, defs: Record<string, SchemaNode>): SchemaNode | undefined {
  let cur = node;
  for (let guard = 0; cur && typeof cur.$ref === 'string' && guard < 10; guard++) cur = defs[cur.$ref.replace('#/$defs/', '')];
  return cur;
}

function kindOf(node: SchemaNode | undefined, target: SchemaNode | undefined, path: string): ValueKind {
  const ref = typeof node?.$ref === 'string' ? node.$ref.replace('#/$defs/', '') : undefined;
  if (ref && REF_KINDS[ref]) return REF_KINDS[ref]!;
  // Old names that are not typed in the schema yet still show their unit.
  if (/_pct$/.test(path)) return 'percent';
  if (/_fine$/.test(path)) return 'money';
  if (target?.type === 'number' || target?.type === 'integer') return 'number';
  if (target?.type === 'string' || target?.enum) return 'text';
  return 'other';
}
