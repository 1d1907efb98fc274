import type { ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import { choiceWords } from '../core/choice-words.js';
import { settingName } from '../lint/setting-name.js';
import { joinWords } from '../render/format.js';

const TIME_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$';

function show(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a block of fields';
  return String(value);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a block of settings (lines of name: value)',
  array: 'a list (lines starting with "- ")',
};

function example(schema: Record<string, unknown> | undefined): string {
  const ex = (schema?.examples as unknown[] | undefined)?.[0];
  if (ex === undefined) return '';
  return ` For example: ${typeof ex === 'string' ? `"${ex}"` : JSON.stringify(ex)}.`;
}

/** How to write a value of the expected type, under the key the file uses for it. */
function shapeHint(type: string, pointer: string): string | undefined {
  const last = pointer
    .slice(pointer.lastIndexOf('/') + 1)
    .replace(/~1/g, '/')
    .replace(/~0/g, '~');
  const key = /^\d+$/.test(last) ? undefined : last;
  if (type === 'array') return `Write each item on its own line starting with "- "${key ? `, indented under \`${key}:\`` : ''}.`;
  if (type === 'object')
    return key
      ? `Write its settings as name: value lines, indented under \`${key}:\`.`
      : 'Write the item as name: value lines, the first after the "- " and the rest lined up below it.';
  if (type === 'string')
    return `Write it as text${key ? ` after \`${key}:\`` : ''}, in quotes if it starts with a symbol or holds a colon.`;
  if (type === 'boolean') return 'Write true or false.';
  if (type === 'number' || type === 'integer')
    return `Write ${type === 'integer' ? 'a whole number' : 'a number'} without quotes or words, for example 3.`;
  return undefined;
}

/** A number like 9.15 or 13.3 that someone meant as a time: suggest "09:15". */
export function numberAsTime(n: number): string | undefined {
  const [h, m = '0'] = String(n).split('.');
  const hours = Number(h);
  const minutes = Number(m.padEnd(2, '0').slice(0, 2));
  if (!Number.isInteger(hours) || hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

export function isTimeSchema(schema: unknown): boolean {
  return (schema as { pattern?: string } | undefined)?.pattern === TIME_PATTERN;
}

export interface Explained {
  message: string;
  hint?: string;
  /** Report at the key rather than the value (unknown fields). */
  atKey?: string;
}

/** The setting an error is about, as the message names it: “Oak School: school type”. */
function settingAt(pointer: string, data: unknown): string {
  return pointer ? `“${settingName(data, pointer)}”` : 'the policy file';
}

/** What people type for a comparison, as the code the file uses. */
const SYMBOLS: Record<string, string> = { '<': 'lt', '<=': 'le', '=<': 'le', '>': 'gt', '>=': 'ge', '=>': 'ge', '=': 'eq', '==': 'eq' };

/** The choice someone most likely meant: the code written another way ("AP academy", "ap-academy"), its words, or a near spelling. */
function meantChoice(written: unknown, allowed: string[]): string | undefined {
  if (typeof written !== 'string') return undefined;
  const typed = written.trim().toLowerCase();
  const asCode = typed.replace(/[\s-]+/g, '_');
  const found =
    allowed.find((c) => c === asCode) ??
    allowed.find((c) => choiceWords(c).toLowerCase() === typed) ??
    (Object.hasOwn(SYMBOLS, typed) && allowed.includes(SYMBOLS[typed]!) ? SYMBOLS[typed] : undefined);
  if (found) return found;
  const guess = closest(asCode, allowed);
  const d = distance(asCode, guess);
  return d <= 2 && d * 2 < guess.length ? guess : undefined;
}

const LIMIT_WORDS: Record<string, (limit: number) => string> = {
  '<=': (n) => `${n} or less`,
  '<': (n) => `less than ${n}`,
  '>=': (n) => `${n} or more`,
  '>': (n) => `more than ${n}`,
};

/**
 * Plain-English wording for one ajv error: the setting by its title (with the school or list item it
 * belongs to, from `data`, the policy being checked), what was expected, and how to put it right.
 */
export function explainError(err: ErrorObject, data?: unknown): Explained {
  const where = settingAt(err.instancePath, data);
  const parent = err.parentSchema as Record<string, unknown> | undefined;
  const titleOf = (key: string) => (parent?.properties as Record<string, { title?: string }> | undefined)?.[key]?.title;
  switch (err.keyword) {
    case 'additionalProperties': {
      const extra = String((err.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys((parent?.properties as object | undefined) ?? {});
      const guess = allowed.length ? closest(extra, allowed) : undefined;
      const near = guess && distance(extra, guess) <= Math.max(2, Math.floor(guess.length / 3)) ? guess : undefined;
      const title = near && titleOf(near);
      return {
        atKey: extra,
        message: `Unknown setting "${extra}" ${err.instancePath ? `in ${where}` : 'at the top level of the policy'}.${
          near ? ` Did you mean "${near}"${title ? ` (“${title}”)` : ''}?` : ''
        }`,
        hint: `Check the spelling. The settings that can go here: ${allowed.join(', ')}.`,
      };
    }
    case 'required': {
      const missing = (err.params as { missingProperty: string }).missingProperty;
      const schema = (parent?.properties as Record<string, Record<string, unknown>> | undefined)?.[missing];
      const title = titleOf(missing) ?? missing;
      return {
        message: err.instancePath
          ? `In ${where}, “${title}” is missing: it must be given.`
          : `The policy file has no “${title}”: it must be given.`,
        hint: `Add \`${missing}:\` with its value.${example(schema)}`,
      };
    }
    case 'type': {
      const expected = String((err.params as { type: string }).type)
        .split(',')
        .map((t) => TYPE_WORDS[t] ?? t);
      if (isTimeSchema(parent) && typeof err.data === 'number') {
        const t = numberAsTime(err.data);
        return {
          message: `In ${where}, ${err.data} is read as a number, not a time.`,
          hint: `Write the time as 24-hour "HH:MM" in quotes${t ? `: "${t}"` : ', for example "09:15"'}.`,
        };
      }
      return {
        message: `${err.instancePath ? `In ${where}, the value` : 'The policy file'} should be ${joinWords(expected, 'or')}, but it is ${show(err.data)}.`,
        hint: example(parent).trim() || shapeHint(String((err.params as { type: string }).type), err.instancePath),
      };
    }
    case 'pattern': {
      if (isTimeSchema(parent)) {
        return {
          message: `In ${where}, ${show(err.data)} is not a time of day.`,
          hint: 'Write a 24-hour time between "00:00" and "23:59", in quotes, for example "09:15".',
        };
      }
      return {
        message: `In ${where}, ${show(err.data)} is not in the expected form. ${String(parent?.description ?? '')}`.trim(),
        hint: example(parent).trim() || undefined,
      };
    }
    case 'enum': {
      const allowed = (err.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const near = meantChoice(err.data, allowed);
      const choices = joinWords(
        allowed.map((c) => `“${choiceWords(c)}”`),
        'or',
      );
      return {
        message: `In ${where}, ${show(err.data)} is not one of the choices: ${choices}.`,
        hint: `${near ? `Did you mean “${choiceWords(near)}”? Write ${near}. ` : ''}Each choice as the file spells it: ${allowed.join(', ')}.`,
      };
    }
    case 'format': {
      const format = (err.params as { format: string }).format;
      const hints: Record<string, string> = {
        date: 'Write dates as YYYY-MM-DD, for example 2025-09-01.',
        email: 'Write a full email address, for example office@example.sch.uk.',
        uri: 'Write a full web address starting https://',
      };
      return {
        message: `In ${where}, ${show(err.data)} is not a valid ${format === 'uri' ? 'web address' : format === 'email' ? 'email address' : format}.`,
        hint: hints[format],
      };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const { comparison, limit } = err.params as { comparison: string; limit: number };
      const high = comparison.startsWith('<');
      return {
        message: `In ${where}, ${show(err.data)} is too ${high ? 'high' : 'low'}: it must be ${LIMIT_WORDS[comparison]?.(limit) ?? `${comparison} ${limit}`}.`,
      };
    }
    case 'minLength':
      return { message: `In ${where}, the value is empty.`, hint: 'Write the value, or leave the line out.' };
    default:
      return { message: `In ${where}: ${err.message ?? 'the value is not valid'}.` };
  }
}
