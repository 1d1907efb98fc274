import { words, type Schema } from './schema.js';
import { itemTitle } from './schema.js';
import { valueAt, type Path } from './inherit.js';

/** A schema node with its `$ref` to a shared definition filled in (the node's own keywords win). */
function resolved(root: Schema, node: Schema | undefined): Schema | undefined {
  const ref = node?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) return node;
  const { $ref: _ref, ...own } = node!;
  return { ...(resolved(root, root.$defs?.[ref.slice('#/$defs/'.length)]) ?? {}), ...own };
}

const titleOf = (s: Schema | undefined): string | undefined => (typeof s?.title === 'string' ? s.title : undefined);

/**
 * Where a field is in the form, as the steps a person clicks through: ["Schools", "Oakfield Primary
 * Academy", "School day", "Registers", "Morning", "Closes"]. A list item is called by its name or
 * title where it has one.
 */
export function fieldSteps(schema: Schema, data: unknown, path: Path): { steps: string[]; field: Schema | undefined } {
  const steps: string[] = [];
  let node: Schema | undefined = schema;
  path.forEach((seg, i) => {
    node = resolved(schema, node);
    if (typeof seg === 'number') {
      const item = valueAt(data, path.slice(0, i + 1)) as { name?: unknown; title?: unknown } | undefined;
      const name = [item?.name, item?.title].find((v): v is string => typeof v === 'string' && v.trim() !== '');
      steps.push(name ?? itemTitle(`${steps[steps.length - 1] ?? 'Item'}-${seg + 1}`));
      node = node?.items as Schema | undefined;
    } else {
      const next: Schema | undefined = node?.properties?.[seg];
      steps.push(titleOf(next) ?? words(seg));
      node = next;
    }
  });
  return { steps, field: resolved(schema, node) };
}
