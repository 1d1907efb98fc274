/** A lower-case id with hyphens (the schema's id pattern), from a heading or title. */
export function slug(text: string, max = 48): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+$/, '');
}

/** Ids made unique by a numeric suffix. */
export function uniqueIds(): (base: string, fallback: string) => string {
  const used = new Set<string>();
  return (base, fallback) => {
    const root = slug(base) || fallback;
    let id = root;
    for (let n = 2; used.has(id); n++) id = `${root}-${n}`;
    used.add(id);
    return id;
  };
}
