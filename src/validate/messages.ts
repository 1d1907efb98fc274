import type { ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';

/** Turn JSON pointer `/schools/0/school_day` into `schools[0].school_day` for people. */
export function readablePath(pointer: string): string {
  if (!pointer) return 'the top level';
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}

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
  object: 'a block of fields (name: value)',
  array: 'a list (lines starting with "- ")',
};

function example(schema: Record<string, unknown> | undefined): string {
  const ex = (schema?.examples as unknown[] | undefined)?.[0];
  if (ex === undefined) return '';
  return ` For example: ${typeof ex === 'string' ? `"${ex}"` : JSON.stringify(ex)}.`;
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

/** Plain-English wording for one ajv error. */
export function explainError(err: ErrorObject): Explained {
  const where = readablePath(err.instancePath);
  const parent = err.parentSchema as Record<string, unknown> | undefined;
  switch (err.keyword) {
    case 'additionalProperties': {
      const extra = String((err.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys((parent?.properties as object | undefined) ?? {});
      const guess = allowed.length ? closest(extra, allowed) : undefined;
      const near = guess && distance(extra, guess) <= Math.max(2, Math.floor(guess.length / 3)) ? guess : undefined;
      return {
        atKey: extra,
        message: `Unknown field "${extra}" in ${where}.${near ? ` Did you mean "${near}"?` : ''}`,
        hint: `Fields allowed here: ${allowed.join(', ')}.`,
      };
    }
    case 'required': {
      const missing = (err.params as { missingProperty: string }).missingProperty;
      const schema = (parent?.properties as Record<string, Record<string, unknown>> | undefined)?.[missing];
      return {
        message: `${where === 'the top level' ? 'The policy' : `"${where}"`} is missing the field "${missing}".`,
        hint: `Add \`${missing}:\`.${example(schema)}`,
      };
    }
    case 'type': {
      const expected = String((err.params as { type: string }).type);
      if (isTimeSchema(parent) && typeof err.data === 'number') {
        const t = numberAsTime(err.data);
        return {
          message: `${err.data} is read as a number, not a time.`,
          hint: `Write the time as 24-hour "HH:MM" in quotes${t ? `: "${t}"` : ', for example "09:15"'}.`,
        };
      }
      return {
        message: `${where} should be ${TYPE_WORDS[expected] ?? expected}, but it is ${show(err.data)}.`,
        hint: example(parent).trim() || undefined,
      };
    }
    case 'pattern': {
      if (isTimeSchema(parent)) {
        return {
          message: `${show(err.data)} is not a time of day.`,
          hint: 'Write a 24-hour time between "00:00" and "23:59", in quotes, for example "09:15".',
        };
      }
      return {
        message: `${show(err.data)} is not in the expected form for ${where}. ${String(parent?.description ?? '')}`.trim(),
        hint: example(parent).trim() || undefined,
      };
    }
    case 'enum': {
      const allowed = (err.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const guess = typeof err.data === 'string' ? closest(err.data, allowed) : undefined;
      const near = guess && typeof err.data === 'string' && distance(err.data, guess) <= 3 ? guess : undefined;
      return {
        message: `${show(err.data)} is not an allowed value for ${where}.${near ? ` Did you mean "${near}"?` : ''}`,
        hint: `Use one of: ${allowed.join(', ')}.`,
      };
    }
    case 'format': {
      const format = (err.params as { format: string }).format;
      const hints: Record<string, string> = {
        date: 'Write dates as YYYY-MM-DD, for example 2025-09-01.',
        email: 'Write a full email address, for example office@example.sch.uk.',
        uri: 'Write a full web address starting https://',
      };
      return { message: `${show(err.data)} is not a valid ${format === 'uri' ? 'web address' : format}.`, hint: hints[format] };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const { comparison, limit } = err.params as { comparison: string; limit: number };
      return { message: `${where} is ${show(err.data)}; it must be ${comparison} ${limit}.`, hint: example(parent).trim() || undefined };
    }
    default:
      return { message: `${where}: ${err.message ?? 'is not valid'}.` };
  }
}
