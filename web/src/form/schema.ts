/** Prepare the policy schema for the forms: readable titles, and a time picker for times. */
export type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; $defs?: Record<string, Schema> };

export function words(key: string): string {
  const s = key
    .replace(/_/g, ' ')
    .replace(/\bdfe\b/gi, 'DfE')
    .replace(/\burl\b/gi, 'web address')
    .replace(/\burn\b/gi, 'URN');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function addTitles(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(addTitles);
  if (!node || typeof node !== 'object') return;
  const n = node as Schema;
  if (n.properties) {
    for (const [k, p] of Object.entries(n.properties)) if (p && typeof p === 'object' && !p.title) p.title = words(k);
  }
  for (const v of Object.values(n)) addTitles(v);
}

export function prepareSchema(raw: Schema): Schema {
  const schema = structuredClone(raw);
  delete schema.$schema;
  delete schema.$id;
  addTitles(schema);
  const time = schema.$defs?.time;
  if (time) time.format = 'time';
  return schema;
}

/** The form for one top-level part of the policy: that part's schema, able to resolve the shared definitions. */
export function partSchema(schema: Schema, key: string): Schema {
  const part = schema.properties?.[key] ?? {};
  return { ...part, $defs: schema.$defs, title: (part.title as string) ?? words(key) };
}
