import type { FindingData } from '../core/diagnostics.js';
import type { RuleMeta } from './rule.js';
import { longDate } from '../text/dates.js';
import { pounds } from '../text/numbers.js';

/** How a value is written in a message: `{{since|date}}` gives "19 August 2024", `{{amount|pounds}}` "£80". */
const FORMATS: Record<string, (v: string | number | boolean) => string> = {
  date: (v) => longDate(String(v)),
  pounds: (v) => pounds(Number(v)),
  plural: (v) => (v === 1 ? '' : 's'),
};

const PLACEHOLDER = /\{\{\s*(\w+)(?:\s*\|\s*(\w+))?\s*\}\}/g;

/**
 * The words of message `id` of a rule, with `{{name}}` filled in from `data`. A message id or a
 * value the message needs that is missing is a mistake in the rule, so it throws (the rule tester
 * runs every message of every rule).
 */
export function fillMessage(meta: Pick<RuleMeta, 'id' | 'messages'>, id: string, data: FindingData = {}): string {
  const template = meta.messages?.[id];
  if (template === undefined) throw new Error(`Rule ${meta.id} has no message "${id}".`);
  return template.replace(PLACEHOLDER, (_all, name: string, format: string | undefined) => {
    const value = data[name];
    if (value === undefined) throw new Error(`Rule ${meta.id}, message "${id}": no value for {{${name}}}.`);
    if (Array.isArray(value)) throw new Error(`Rule ${meta.id}, message "${id}": {{${name}}} is a list, which a message cannot show.`);
    if (format === undefined) return String(value);
    const write = FORMATS[format];
    if (!write) throw new Error(`Rule ${meta.id}, message "${id}": unknown format "${format}".`);
    return write(value);
  });
}
