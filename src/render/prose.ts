import { DATA_REF, resolveDataRef } from '../core/data-refs.js';
import { UNIT_SYMBOLS, valueKindAt, type ValueKind } from '../core/value-kinds.js';
import type { Policy, School } from '../types/policy.js';
import { formatDate, formatMoney, formatNumber, formatPercent, formatPeriod, formatTime, joinWords } from './format.js';

/**
 * A reference with the unit symbols an author may have written next to it ("£{{…}}", "{{…}}%").
 * The reference owns its unit, so a symbol that is the value's own is absorbed and shown once.
 */
export const DATA_REF_WITH_UNITS = new RegExp(String.raw`(£[  ]?)?${DATA_REF.source}([  ]?%)?`, 'g');

/**
 * Replace each `{{path}}` in a section's Markdown with the value it names, written for parents.
 * Only resolveDataRef reads the data; the prose itself is never given to a template engine.
 * Values are escaped so that they are shown as text, whatever characters they hold.
 */
export function fillDataRefs(policy: Policy, markdown: string): string {
  return markdown.replace(DATA_REF_WITH_UNITS, (whole, before: string | undefined, path: string, after: string | undefined) => {
    const kind = valueKindAt(path, policy);
    const value = valueForAllSchools(policy, path, kind);
    // An unknown path is left as written (validation reports it before a build).
    if (value === undefined) return escapeMarkdown(whole);
    const own = UNIT_SYMBOLS[kind]?.symbol;
    const keepBefore = before && own !== '£' ? before : '';
    const keepAfter = after && own !== '%' ? after : '';
    return escapeMarkdown(keepBefore + value + keepAfter);
  });
}

/** `school.` paths can differ between the schools of a federation: then each school's value is named. */
function valueForAllSchools(policy: Policy, path: string, kind: ValueKind): string | undefined {
  const schools: Array<School | undefined> = path.startsWith('school.') && policy.schools?.length ? policy.schools : [undefined];
  const values = schools.map((s) => formatDataValue(path, resolveDataRef(policy, path, s), kind));
  if (values.some((v) => v === undefined)) return undefined;
  const distinct = [...new Set(values)];
  if (distinct.length === 1) return distinct[0];
  // The schools' own names need no label: "Meadow Infant School and Brook Junior School".
  if (/^school\.(name|short_name)$/.test(path)) return joinWords(values as string[]);
  return joinWords(values.map((v, i) => `${v} (${schools[i]?.short_name ?? schools[i]?.name})`));
}

/**
 * A single value as parents read it, in the one format of its kind (from the schema): money "£80",
 * percentages "96%", times "8:40am", dates "5 December 2024", periods "4 school weeks".
 */
export function formatDataValue(path: string, value: unknown, kind: ValueKind = valueKindAt(path)): string | undefined {
  if (kind === 'period' && value && typeof value === 'object') {
    const p = value as { amount?: unknown; unit?: unknown };
    return typeof p.amount === 'number' && typeof p.unit === 'string' ? formatPeriod({ amount: p.amount, unit: p.unit }) : undefined;
  }
  if (typeof value === 'string') {
    if (kind === 'time' || /^\d{2}:\d{2}$/.test(value)) return formatTime(value);
    if (kind === 'date' || /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    return value;
  }
  if (typeof value === 'number') {
    if (kind === 'percent') return formatPercent(value);
    if (kind === 'money') return formatMoney(value);
    return formatNumber(value);
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return undefined;
}

/** Backslash-escape every ASCII punctuation mark so Markdown shows the value as plain text. */
export function escapeMarkdown(text: string): string {
  return joinLines(text).replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** Each line break, with the white space around it, as one space (a loop: a single pattern rescans long runs of spaces). */
function joinLines(text: string): string {
  if (!text.includes('\n')) return text;
  return text
    .split('\n')
    .map((line, i, all) => (i === 0 ? line.trimEnd() : i === all.length - 1 ? line.trimStart() : line.trim()))
    .filter((line, i, all) => line !== '' || i === 0 || i === all.length - 1)
    .join(' ');
}
