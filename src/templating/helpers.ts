import Handlebars from 'handlebars';
import {
  formatDate,
  formatMoney,
  formatPercent,
  formatTime,
  lowerFirst,
  nameInSentence,
  plural,
  roleInSentence,
  whoStartsSentence,
} from '../render/format.js';

/** A handlebars helper. Handlebars passes its options object as the last argument. */
export type Helper = (...args: never[]) => unknown;
export type Helpers = Readonly<Record<string, Helper>>;

/** The arguments a template gave, without handlebars' options object. */
const given = (args: unknown[]): unknown[] => args.slice(0, -1);

/**
 * The helpers every template can use (the policy, the report and the letters), so the same value
 * is written the same way everywhere: en-GB dates, times, money and percentages (render/format.ts).
 * Each returns plain text, which handlebars escapes; only `cssString` returns markup, and it
 * escapes every character that could end the CSS string.
 */
export const SHARED_HELPERS = {
  date: (v: unknown) => formatDate(v),
  time: (v: unknown) => formatTime(v),
  money: (v: unknown) => formatMoney(v),
  percent: (v: unknown) => formatPercent(v),
  /** `{{who policy.leave_of_absence.decided_by}}` → "The executive headteacher" (a name is kept as written). */
  who: (v: unknown) => (typeof v === 'string' ? whoStartsSentence(v) : ''),
  /** `{{inSentence stage.who}}` → "the senior attendance champion" after "led by" (a name is kept as written). */
  inSentence: (v: unknown) => (typeof v === 'string' ? nameInSentence(v) : ''),
  /** `{{jobTitle help.role}}` after a person's name → "Mrs Fairbairn, attendance officer" ("SENCo" is kept). */
  jobTitle: (v: unknown) => (typeof v === 'string' ? roleInSentence(v) : ''),
  /** `{{lowerFirst stage.fired}}` after a colon → "attendance below 96%…". */
  lowerFirst: (v: unknown) => (typeof v === 'string' ? lowerFirst(v) : ''),
  /** `{{plural 4 "week"}}` → "4 weeks". */
  plural: (n: unknown, one: unknown) => (typeof n === 'number' && typeof one === 'string' ? plural(n, one) : ''),
  eq: (a: unknown, b: unknown) => a === b,
  or: (...args: unknown[]) => given(args).some(Boolean),
  /** Join strings. */
  concat: (...args: unknown[]) => given(args).map(String).join(''),
  sameText: (a: unknown, b: unknown) => String(a).trim().toLowerCase() === String(b).trim().toLowerCase(),
  /** A value inside a CSS string (running headers): every character but letters, digits and spaces is escaped. */
  cssString: (v: unknown) => new Handlebars.SafeString(`"${cssEscape(String(v ?? ''))}"`),
} satisfies Helpers;

export function cssEscape(s: string): string {
  return s.replace(/[^A-Za-z0-9 ]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
}

/** Text for HTML: the same escaping handlebars gives `{{value}}`. */
export const escapeHtml = (s: string): string => Handlebars.Utils.escapeExpression(s);
