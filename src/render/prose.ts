import { DATA_REF, resolveDataRef } from '../core/data-refs.js';
import type { Policy, School } from '../types/policy.js';
import { formatDate, formatMoney, formatNumber, formatPercent, formatTime, joinWords } from './format.js';

/**
 * Replace each `{{path}}` in a section's Markdown with the value it names, written for parents.
 * Only resolveDataRef reads the data; the prose itself is never given to a template engine.
 * Values are escaped so that they are shown as text, whatever characters they hold.
 */
export function fillDataRefs(policy: Policy, markdown: string): string {
  return markdown.replace(DATA_REF, (whole, path: string) => {
    const value = valueForAllSchools(policy, path);
    // An unknown path is left as written (validation reports it before a build).
    return escapeMarkdown(value ?? whole);
  });
}

/** `school.` paths can differ between the schools of a federation: then each school's value is named. */
function valueForAllSchools(policy: Policy, path: string): string | undefined {
  const schools: Array<School | undefined> = path.startsWith('school.') && policy.schools?.length ? policy.schools : [undefined];
  const values = schools.map((s) => formatDataValue(path, resolveDataRef(policy, path, s)));
  if (values.some((v) => v === undefined)) return undefined;
  const distinct = [...new Set(values)];
  if (distinct.length === 1) return distinct[0];
  // The schools' own names need no label: "Meadow Infant School and Brook Junior School".
  if (/^school\.(name|short_name)$/.test(path)) return joinWords(values as string[]);
  return joinWords(values.map((v, i) => `${v} (${schools[i]?.short_name ?? schools[i]?.name})`));
}

/** A single value as parents read it, judged by its shape and its name in the data. */
export function formatDataValue(path: string, value: unknown): string | undefined {
  if (typeof value === 'string') {
    if (/^\d{2}:\d{2}$/.test(value)) return formatTime(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    return value;
  }
  if (typeof value === 'number') {
    if (/_pct$/.test(path)) return formatPercent(value);
    if (isMoney(path)) return formatMoney(value);
    return formatNumber(value);
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return undefined;
}

function isMoney(path: string): boolean {
  if (/_fine$/.test(path)) return true;
  return /(^|\.)(discounted|full|amount)$/.test(path) && /(^|\.)(penalty_notices|excluded_pupil_public_place)\./.test(path);
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
