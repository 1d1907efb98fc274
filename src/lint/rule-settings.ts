/**
 * The settings a rule checks, as it declares them in `meta.settings`: JSON-pointer patterns into
 * the merged policy, in which a `*` segment stands for one key or list item and a `**` segment for
 * any number of them, none included (examples in CONTRIBUTING.md, "Add a rule"). A pattern names
 * values: a text, number or yes/no, or a list of them (a list of words is one value, named by the
 * list's own pointer). The governors' report quotes the values at these pointers as the evidence
 * that a rule is met.
 */

/** What names a school or a group. Rules read it to decide whether they apply or to name a place, not to check it. */
const SCHOOL_IDENTITY = new Set([
  'id',
  'name',
  'short_name',
  'type',
  'phase',
  'urn',
  'dfe_number',
  'local_authority',
  'religious_character',
]);
const GROUP_IDENTITY = new Set(['id', 'name']);

/** Whether a pointer is a school's or a group's identity (`/schools/0/phase`, `/schools/0/groups/1/id`). */
export function isIdentity(pointer: string): boolean {
  const s = segments(pointer);
  if (s[0] !== 'schools') return false;
  if (s.length === 3) return SCHOOL_IDENTITY.has(s[2]!);
  return s.length === 5 && s[2] === 'groups' && GROUP_IDENTITY.has(s[4]!);
}

/** A pointer's segments, unescaped (`/a~1b/c` → ['a/b', 'c']). */
function segments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.split('/').slice(1).map(unescapeSegment);
}
const unescapeSegment = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');
const escapeSegment = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Whether `pointer` is one of the values `pattern` names. */
export function matchesSetting(pattern: string, pointer: string): boolean {
  const pat = pattern.split('/').slice(1);
  const segs = pointer.split('/').slice(1);
  const match = (i: number, j: number): boolean => {
    if (i === pat.length) return j === segs.length;
    if (pat[i] === '**') return match(i + 1, j) || (j < segs.length && match(i, j + 1));
    return j < segs.length && (pat[i] === '*' || pat[i] === segs[j]) && match(i + 1, j + 1);
  };
  return match(0, 0);
}

/** A list of texts, numbers or yes/no answers: one value, as a policy shows it. */
export function isValueList(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => v === null || typeof v !== 'object');
}

/**
 * The pointer of every value the data holds (a text, number or yes/no, or a list of them), in the
 * order they are written. Empty lists and nulls hold nothing.
 */
export function valuePointers(data: unknown): string[] {
  const out: string[] = [];
  const walk = (value: unknown, pointer: string): void => {
    if (value === null || value === undefined || typeof value === 'function') return;
    if (typeof value !== 'object') out.push(pointer);
    else if (isValueList(value)) out.push(pointer);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${pointer}/${i}`));
    else for (const [k, v] of Object.entries(value)) walk(v, `${pointer}/${escapeSegment(k)}`);
  };
  walk(data, '');
  return out;
}

/** The values of a policy that can be settings, worked out once per policy (the report asks for every rule met). */
const settingsOf = new WeakMap<object, string[]>();

/**
 * The values of `data` that a rule's declared settings name, pattern by pattern (in the order the
 * rule lists them), each once; a school's or group's identity is never one of them.
 */
export function declaredSettingsIn(data: object, patterns: readonly string[]): string[] {
  let values = settingsOf.get(data);
  if (!values) settingsOf.set(data, (values = valuePointers(data).filter((p) => !isIdentity(p))));
  const out = new Set<string>();
  for (const pattern of patterns) for (const p of values) if (matchesSetting(pattern, p)) out.add(p);
  return [...out];
}
