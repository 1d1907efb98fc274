/** A lower-case id with hyphens (the schema's id pattern), from a heading or title. */
export function slug(text: string, max = 48): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-');
  return trimHyphens(trimHyphens(s).slice(0, max));
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

/** Without hyphens at either end (a loop, not /-+$/, which rescans every run of hyphens to the end). */
export function trimHyphens(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s[start] === '-') start++;
  while (end > start && s[end - 1] === '-') end--;
  return s.slice(start, end);
}

/** Without any of `chars` at the end (a loop: a pattern such as /[.:!]+$/ rescans every run of them). */
export function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}
