/** Prepare the policy schema for the forms: readable titles, and the form's own fields for dates and times. */
import { choiceLabel as sharedChoiceLabel } from '../../../src/core/choice-words.js';

export type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; $defs?: Record<string, Schema> };

export function words(key: string): string {
  const s = key
    .replace(/_/g, ' ')
    .replace(/\bdfe\b/gi, 'DfE')
    .replace(/\burl\b/gi, 'web address')
    .replace(/\burn\b/gi, 'URN')
    .replace(/\bla\b/gi, 'local authority')
    .replace(/\bpct\b/gi, '%')
    .replace(/\bpru\b/gi, 'PRU (pupil referral unit)')
    .replace(/\bap\b/gi, 'AP (alternative provision)')
    .replace(/\byot\b/gi, 'YOT (youth offending team)')
    .replace(/\bs(\d+)\b/g, 'section $1')
    .replace(/\bn\b/g, 'N');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A choice's code in words ("free_school" → "Free school", "lt" → "Below"); the value written to the
 * file stays the code. The words are the report's and the messages' own (src/core/choice-words.ts).
 */
export function choiceLabel(value: string): string {
  return sharedChoiceLabel(value, words);
}

/** Each list of choices becomes choices with labels (the form shows the label, the file keeps the code). */
function labelChoices(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(labelChoices);
  if (!node || typeof node !== 'object') return;
  const n = node as Schema;
  if (Array.isArray(n.enum) && n.enum.every((v) => typeof v === 'string')) {
    n.type ??= 'string';
    n.oneOf = (n.enum as string[]).map((v) => ({ const: v, title: choiceLabel(v) }));
    delete n.enum;
  }
  for (const v of Object.values(n)) labelChoices(v);
}

/** A description names other settings by their key (`school_day`): the form calls them by their title. */
function plainDescription(text: string): string {
  return (
    text
      .replace(/`([a-z_]+(?:\[\])?(?:\.[a-z_]+)*)`/g, (_, key: string) => `“${choiceLabel(key.split('.').pop()!.replace('[]', ''))}”`)
      // Anything else in code quotes (a command such as `policywright ratify`) is shown in ordinary quotes.
      .replace(/`([^`\n]+)`/g, '“$1”')
  );
}

function addTitles(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(addTitles);
  if (!node || typeof node !== 'object') return;
  const n = node as Schema;
  if (typeof n.description === 'string') n.description = plainDescription(n.description);
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
  labelChoices(schema);
  // Times go to the form's own time field (web/src/form/time-input.tsx), which reads 8.40 or 1:30pm; the file still keeps HH:MM.
  const time = schema.$defs?.time;
  if (time) {
    time.format = 'time';
    time.description = 'A time on the 24-hour clock, for example 08:45 or 13:15.';
  }
  // The form takes dates as people write them (its date field reads 22/09/2026); the file still keeps YYYY-MM-DD.
  const date = schema.$defs?.date;
  if (date) {
    date.description = 'A date: the day, month and year, for example 22 September 2026 or 22/09/2026.';
    delete date.examples;
  }
  return schema;
}

/** The form for one top-level part of the policy: that part's schema, able to resolve the shared definitions. */
export function partSchema(schema: Schema, key: string): Schema {
  const part = schema.properties?.[key] ?? {};
  return { ...part, $defs: schema.$defs, title: (part.title as string) ?? words(key) };
}

/**
 * The heading of one item of a list: the form library numbers items "Schools-1"; a reader
 * expects "School 1". Other titles are left as they are.
 */
export function itemTitle(title: string): string {
  const m = /^(.+)-(\d+)$/.exec(title);
  if (!m) return title;
  const list = m[1]!;
  const one = /ies$/.test(list) ? list.replace(/ies$/, 'y') : /[^s]s$/.test(list) ? list.slice(0, -1) : list;
  return `${one} ${m[2]}`;
}
