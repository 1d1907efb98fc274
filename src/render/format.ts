/**
 * How values are written for parents, in British English: "5 December 2024", "8:40am", "£80", "96%".
 * Used by the handlebars helpers and by the Word writer, so both say the same thing.
 */
import { longDate } from '../text/dates.js';
import { groupedNumber, pounds } from '../text/numbers.js';

/** "2024-12-05" → "5 December 2024". Anything else (and a day that does not exist) is returned unchanged. */
export function formatDate(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? longDate(value) : String(value);
}

/** "08:40" → "8:40am", "12:00" → "12 noon", "13:15" → "1:15pm", "00:00" → "12 midnight"; "25:00" (no time) as it is. */
export function formatTime(value: unknown): string {
  const m = typeof value === 'string' ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value) : null;
  if (!m) return value === undefined || value === null ? '' : String(value);
  const h = Number(m[1]);
  const min = m[2]!;
  if (min === '00' && h === 12) return '12 noon';
  if (min === '00' && h === 0) return '12 midnight';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}:${min}${h < 12 ? 'am' : 'pm'}`;
}

/** 80 → "£80", 2500 → "£2,500", 2.5 → "£2.50". */
export function formatMoney(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value === undefined || value === null ? '' : String(value);
  return pounds(value);
}

/** 96 → "96%", 97.5 → "97.5%". */
export function formatPercent(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value === undefined || value === null ? '' : String(value);
  return `${groupedNumber(value)}%`;
}

export function formatNumber(value: number): string {
  return groupedNumber(value);
}

/**
 * "a", "a and b", "a, b and c". A last item that has the joining word in it takes a comma before
 * the join, so it reads as one item: "reason, date, and name and position".
 */
export function joinWords(items: string[], last = 'and'): string {
  const list = items.filter(Boolean);
  if (list.length <= 1) return list[0] ?? '';
  const final = list[list.length - 1]!;
  const comma = list.length > 2 && ` ${final} `.includes(` ${last} `) ? ',' : '';
  return `${list.slice(0, -1).join(', ')}${comma} ${last} ${final}`;
}

const UNITS: Record<string, [string, string]> = {
  days: ['day', 'days'],
  school_days: ['school day', 'school days'],
  weeks: ['week', 'weeks'],
  school_weeks: ['school week', 'school weeks'],
  months: ['month', 'months'],
  years: ['year', 'years'],
};

/** { amount: 2, unit: "school_weeks" } → "2 school weeks". */
export function formatPeriod(period: { amount: number; unit: string } | undefined): string {
  if (!period) return '';
  const [one, many] = UNITS[period.unit] ?? [period.unit, period.unit];
  return `${formatNumber(period.amount)} ${period.amount === 1 ? one : many}`;
}

/** "3 weeks", "1 week". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** Capitalise the first letter only ("attendance officer" → "Attendance officer"). */
export function sentenceCase(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** Words that keep their capital inside a sentence: titles before a name, year groups, days, months, a few proper names. */
const KEEPS_CAPITAL =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Year \d|Reception|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|England|English|Ofsted|Christmas|Easter)\b/;

/**
 * A sentence of the school's own, carried on after a colon ("Enough improvement means: no further
 * unauthorised absence"): its first word in lower case, as British English writes it, unless it is
 * a name, a year group, a day or month, or an acronym.
 */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) && !KEEPS_CAPITAL.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** Words a job title starts with; a value that starts otherwise (a person's name) keeps its capital. */
const ROLE_START =
  /^(?:executive|deputy|assistant|acting|associate|head|headteacher|principal|vice|governing|attendance|senior|school|business|office|pastoral|designated|class|form|year|local)\b/i;

/**
 * Words a job title or a board's name is made of when it names no one in particular. A name made only
 * of these ("Trust board", "Full Governing Body") is a role, however it is capitalised; a name with
 * any other capitalised word ("Oakfield Trust board", "Mrs Patel") is a proper name.
 */
const ROLE_WORDS = new Set(
  (
    'academy assistant attendance board body business chair chief clerk committee council curriculum deputy designated ' +
    'directors education executive federation finance full governance governing governor governors head headteacher ' +
    'leadership lead leader local manager members of office officer panel pastoral principal resources safeguarding school ' +
    'senior standards sub-committee team the and trust trustees vice welfare ' +
    // Other staff a policy names by their job: "Family Liaison Officer" is "the family liaison officer".
    'administrator behaviour champion class co-ordinator coordinator family form inclusion learning liaison mentor ' +
    'needs pupil special support teacher tutor wellbeing year'
  ).split(' '),
);

/**
 * "Executive headteacher" → "executive headteacher" inside a sentence, "Trust board" → "trust board",
 * "Full Governing Body" → "full governing body"; "Mrs Patel", "Oakfield Trust board" and "SENCo" are
 * kept. Only the name before a comma is read: "Trust board, on the advice of the Oakfield local
 * governing board" becomes "trust board, on the advice of the Oakfield local governing board".
 */
export function roleInSentence(role: string): string {
  const r = role.trim();
  if (/^[A-Z]{2}/.test(r)) return r;
  const cut = r.search(/[,;(]/);
  const head = cut < 0 ? r : r.slice(0, cut);
  const words = head.split(/(\s+)/);
  // "Year 7" and "Year 10" are the names of year groups and keep their capital: "head of Year 7".
  const yearGroup = (i: number) => /^Year$/.test(words[i]!) && /^\d/.test(words[i + 2] ?? '');
  if (words.every((w) => !/^[A-Z]/.test(w) || ROLE_WORDS.has(w.toLowerCase())))
    return words.map((w, i) => (/^[A-Z][^A-Z]*$/.test(w) && !yearGroup(i) ? w.toLowerCase() : w)).join('') + r.slice(head.length);
  return ROLE_START.test(r) && !yearGroup(0) ? r[0]!.toLowerCase() + r.slice(1) : r;
}

/** A proper name that ends in what it is ("Oakfield Trust board") takes "the" like any board. */
const BODY_END = /\b(?:board|body|committee|council|panel|trust|team)$/i;

/**
 * A role or body the policy names ("Full governing board", "Headteacher"), as it reads inside a
 * sentence: "ratified by the full governing board", lower case the way job titles are. A proper
 * name keeps its capitals: "Mrs Patel", and "the Oakfield Trust board".
 */
export function nameInSentence(name: string): string {
  const trimmed = name.trim();
  if (/^the\s/i.test(trimmed)) return `the ${roleInSentence(trimmed.slice(4).trim())}`;
  // "Our attendance team" is already someone in particular: "approved by our attendance team".
  if (/^(?:our|your)\s/i.test(trimmed)) return trimmed[0]!.toLowerCase() + trimmed.slice(1);
  const inSentence = roleInSentence(trimmed);
  const head = inSentence.split(/[,;(]/)[0]!.trim();
  const role = inSentence !== trimmed || /^[a-z]/.test(inSentence) || /^[A-Z]{2}/.test(inSentence) || BODY_END.test(head);
  return role ? `the ${inSentence}` : inSentence;
}

/** Who does something, to start a sentence: "The executive headteacher", "The trust board", "Mrs Patel". */
export function whoStartsSentence(who: string): string {
  const w = who.trim();
  if (/^our\s/i.test(w)) return sentenceCase(w);
  return sentenceCase(nameInSentence(w));
}

/**
 * The unit of a period the policy states in weeks (an improvement period, a review): school weeks
 * when the policy gives its term dates, because letters then count it so and leave out the holidays.
 */
export function weekUnit(policy: { term_dates?: unknown[] }): 'school week' | 'week' {
  return policy.term_dates?.length ? 'school week' : 'week';
}
