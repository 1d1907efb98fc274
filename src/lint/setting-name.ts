import { choiceWords } from '../core/choice-words.js';
import { loadPolicySchema } from '../core/schema-files.js';

type Schema = { $ref?: string; title?: string; properties?: Record<string, Schema>; items?: Schema };

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

function resolve(schema: Schema | undefined, root: Record<string, unknown>): Schema | undefined {
  if (!schema?.$ref) return schema;
  const name = /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1];
  const defs = root.$defs as Record<string, Schema> | undefined;
  return name ? resolve(defs?.[name], root) : undefined;
}

/** One step of the path: a setting (by its title), and for a list of blocks, which item. */
interface Part {
  key: string;
  title: string;
  /** The item of this list the path goes into: its name, or "first", "second"… */
  item?: string;
  /** The item is called by its own name (a school's name), not by its place. */
  named?: boolean;
}

/** How an item of a list is called: by what people call it, never by its id or its place in the file. */
function itemName(item: unknown, index: number, next: string | undefined): string | undefined {
  const ordinal = ORDINALS[index] ?? `number ${index + 1}`;
  if (!item || typeof item !== 'object') return ordinal;
  const it = item as Record<string, unknown>;
  const named: Array<[string, (v: string) => string]> = [
    ['name', (v) => v],
    ['label', (v) => v],
    ['title', (v) => v],
    ['code', (v) => `code ${v}`],
    ['type', choiceWords],
    ['role', (v) => v],
  ];
  for (const [key, say] of named) {
    const v = it[key];
    if (typeof v !== 'string' || !v.trim()) continue;
    // The setting asked about is the one the item is called by ("References: title"): the value says it.
    if (key === next) return undefined;
    return say(v.trim());
  }
  if (typeof it.day === 'number' && next !== 'day') return `day ${it.day}`;
  if (typeof it.version === 'string' && next !== 'version') return `version ${it.version}`;
  return ordinal;
}

/** Inside a name, a title after the first goes on in lower case ("Oak School: morning register"); "DfE number", "URN" keep theirs. */
function inside(text: string): string {
  const first = text.split(/[\s(]/)[0] ?? '';
  return /^[A-Z][^A-Z]*$/.test(first) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

export interface SettingNameOptions {
  /** Leave out the school when the policy covers only one (a report about that school). */
  schoolWhenSeveral?: boolean;
  /**
   * The value is written right after the name ("…: School Attendance Regulations 2024"): a setting
   * that is what its item is called by (a reference's title, a code's code, a person's name) is
   * named by the item alone, not "…: title: …".
   */
  valueFollows?: boolean;
}

/** The settings a thing is called by: with the value next to it, their own title ("title", "code") says nothing. */
const CALLED_BY = new Set(['name', 'title', 'label', 'code', 'type']);

/**
 * A setting of the policy data named in words for a reader who has never seen the data, from the
 * schema's short `title`s, with the school or list item it belongs to named as people call it:
 * `/schools/0/school_day/registers/morning/closes` is "Oakfield Primary: morning register: closes",
 * `/contacts/attendance_officers/0/email` is "Attendance officers (Ms J. Example): email".
 * Messages and reports use this, never the data path.
 */
export function settingName(data: unknown, pointer: string, options: SettingNameOptions = {}): string {
  const root = loadPolicySchema();
  const segs = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let schema = resolve(root as Schema, root);
  let value: unknown = data;
  const parts: Part[] = [];
  segs.forEach((seg, i) => {
    const list = parts[parts.length - 1];
    if (/^\d+$/.test(seg) && schema?.items) {
      const item = Array.isArray(value) ? (value[Number(seg)] as unknown) : undefined;
      schema = resolve(schema.items, root);
      // A list of plain values (phases, grounds) is named by the list: the value shows which.
      if (list && schema?.properties) {
        const name = itemName(item, Number(seg), segs[i + 1]);
        if (name) Object.assign(list, { item: name, named: !ORDINALS.includes(name) && !name.startsWith('number ') });
      }
      value = item;
      return;
    }
    const prop = schema?.properties?.[seg];
    schema = resolve(prop, root);
    parts.push({ key: seg, title: prop?.title ?? schema?.title ?? seg.replace(/_/g, ' ') });
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[seg] : undefined;
  });
  if (!parts.length) return '';
  const schools = (data as { schools?: unknown[] } | undefined)?.schools;
  const dropSchool = options.schoolWhenSeveral && (!Array.isArray(schools) || schools.length <= 1);
  // The setting, the block it is in, and every named item above those (the school, the stage…).
  const leaf = parts.length - 1;
  const shown = parts.filter((p, i) => i >= leaf - 1 || p.item);
  const words = shown
    .map((p, i) => {
      const plain = { text: p.item ? `${p.title} (${p.item})` : p.title, proper: false };
      if (p.key !== 'schools' || parts[0] !== p) return plain;
      // A report about one school leaves its name out, but a setting of the school itself is still "School: website".
      if (dropSchool && i < shown.length - 1) return i === shown.length - 2 ? { text: 'School', proper: false } : undefined;
      return p.named && p.item ? { text: p.item, proper: true } : plain;
    })
    .filter((w) => w !== undefined);
  const owner = parts[leaf - 1];
  // "School: Oakfield Primary School", "Laws, guidance and policies cited: Children missing education".
  if (options.valueFollows && owner && !owner.item && CALLED_BY.has(parts[leaf]!.key) && words.length > 1) {
    words.pop();
    // One school's name of several: "School: Elm Junior School".
    if (words.length === 1 && owner.key === 'schools') words[0] = { text: 'School', proper: false };
  }
  return words.map((w, i) => (i === 0 || w.proper ? w.text : inside(w.text))).join(': ');
}

/**
 * The choices a setting takes (its codes), for a setting that is a choice or a list of choices
 * (`/schools/0/type`, `/leave_of_absence/grounds`); undefined for any other.
 */
export function settingChoices(pointer: string): string[] | undefined {
  const root = loadPolicySchema();
  let schema = resolve(root as Schema, root);
  for (const seg of pointer.split('/').slice(1)) {
    schema = resolve(
      /^\d+$/.test(seg) && schema?.items ? schema.items : schema?.properties?.[seg.replace(/~1/g, '/').replace(/~0/g, '~')],
      root,
    );
  }
  const choices = (s: Schema | undefined) => (s as { enum?: unknown[] } | undefined)?.enum;
  const found = choices(schema) ?? choices(resolve(schema?.items, root));
  return found?.every((v) => typeof v === 'string') ? (found as string[]) : undefined;
}

/** The title of each setting along a pointer, list positions left out: `/la_returns/new_pupil_days` → ["Local authority returns", "Days to report a new pupil"]. */
export function settingTitles(pointer: string): string[] {
  const root = loadPolicySchema();
  let schema = resolve(root as Schema, root);
  const titles: string[] = [];
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(seg) && schema?.items) {
      schema = resolve(schema.items, root);
      continue;
    }
    const prop = schema?.properties?.[seg];
    schema = resolve(prop, root);
    titles.push(prop?.title ?? schema?.title ?? seg.replace(/_/g, ' '));
  }
  return titles;
}
