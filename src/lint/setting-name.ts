import { loadPolicySchema } from '../core/schema-files.js';

type Schema = { $ref?: string; description?: string; properties?: Record<string, Schema>; items?: Schema };

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

function resolve(schema: Schema | undefined, root: Record<string, unknown>): Schema | undefined {
  if (!schema?.$ref) return schema;
  const name = /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1];
  const defs = root.$defs as Record<string, Schema> | undefined;
  return name ? resolve(defs?.[name], root) : undefined;
}

/** A schema description as words inside a sentence: no full stop, and lower case after the first. */
const clause = (d: string) => d.replace(/\.\s*$/, '');

/**
 * A setting of the policy data named in words for a reader who has never seen the data, from the
 * schema's descriptions: `/absence_reporting/methods/0/detail` is "Ways to report an absence
 * (phone): number, address or app name". Messages use this, never the data path.
 */
export function settingName(data: unknown, pointer: string): string {
  const root = loadPolicySchema();
  const segs = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let schema = resolve(root as Schema, root);
  let value: unknown = data;
  // The words for the place holding the value (the list or block it is in), and for the value itself.
  let holder = '';
  let leaf = '';
  for (const seg of segs) {
    if (/^\d+$/.test(seg) && schema?.items) {
      const item = Array.isArray(value) ? (value[Number(seg)] as Record<string, unknown> | undefined) : undefined;
      const name = [item?.name, item?.title, item?.label, item?.code, item?.type, item?.id].find((v) => typeof v === 'string');
      const which = typeof name === 'string' ? name.replace(/_/g, ' ') : (ORDINALS[Number(seg)] ?? `number ${Number(seg) + 1}`);
      holder = `${leaf} (${which})`;
      leaf = '';
      schema = resolve(schema.items, root);
      value = item;
      continue;
    }
    if (leaf) holder = leaf;
    schema = resolve(schema?.properties?.[seg], root);
    leaf = schema?.description ? clause(schema.description) : seg.replace(/_/g, ' ');
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[seg] : undefined;
  }
  if (!holder) return leaf;
  if (!leaf) return holder;
  // "Number, address or app name" goes on lower case; "DfE …" keeps its capitals.
  const lower = /^[A-Z][a-z]/.test(leaf) ? `${leaf.charAt(0).toLowerCase()}${leaf.slice(1)}` : leaf;
  return `${holder}: ${lower}`;
}
