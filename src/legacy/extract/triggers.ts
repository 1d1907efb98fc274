import { COUNT, countOf } from '../../text/numbers.js';

/** A machine-readable condition read from words: what is measured, how it is compared, over which period. */
export interface ReadTrigger {
  metric: 'attendance_pct' | 'absence_pct' | 'unauthorised_sessions' | 'unauthorised_absences' | 'late_marks';
  comparison: 'lt' | 'le' | 'gt' | 'ge' | 'eq';
  value: number;
  window?: { type: 'year_to_date' | 'term' | 'rolling_school_weeks' | 'rolling_weeks' | 'half_term'; length?: number };
  /** The words the condition was read from. */
  text: string;
  index: number;
}

export interface TriggerReading {
  triggers: ReadTrigger[];
  /** Conditions the words give that a trigger cannot hold (a band "85%-90%"): a person writes them. */
  unreadable: Array<{ text: string; index: number }>;
}

const PCT = '(\\d{2,3}(?:\\.\\d{1,2})?)\\s?%';
const BELOW = '(?:falls?|drops?|fallen|dropped|is|are)?\\s*(below|under|less\\s+than|lower\\s+than|at\\s+or\\s+below)';
const ABOVE_WORDS = /^(or\s+(more|above|over|higher)|and\s+(above|over)|\+)$/i;
const BELOW_WORDS = /^(or\s+(less|below|under|lower)|and\s+(under|below|lower))$/i;

/** Attendance given as a level: "attendance drops below 96%", "95% and under", "below 90% attendance". */
const ATTENDANCE_BEFORE = new RegExp(`\\battendance\\s+(?:rate\\s+|level\\s+)?(?:of\\s+)?${BELOW}\\s+${PCT}`, 'gi');
const PCT_THEN_BOUND = new RegExp(
  `${PCT}\\s*(or\\s+(?:less|below|under|lower|more|above|over|higher)|and\\s+(?:under|below|lower|above|over)|\\+)`,
  'gi',
);
const BELOW_PCT = new RegExp(`\\b${BELOW}\\s+${PCT}`, 'gi');
const BAND = new RegExp(`\\b(\\d{2,3})\\s?%?\\s*(?:-|–|to)\\s*(\\d{2,3})\\s?%`, 'g');
/** Absence given as a level: "absence of 10% or more", "misses 10% or more". */
const ABSENCE_LEVEL = /\b(absence|absent|miss(?:es|ing)?)\b/i;

const SESSIONS = new RegExp(
  `\\b(more\\s+than\\s+|over\\s+|at\\s+least\\s+)?${COUNT}\\s+(or\\s+more\\s+)?(?:unauthori[sz]ed\\s+(sessions?|absences?)|(sessions?)\\s+(?:\\(\\w+\\s+days?\\)\\s+)?of\\s+unauthori[sz]ed\\s+absence)`,
  'gi',
);
const LATES = new RegExp(
  `\\b(more\\s+than\\s+|over\\s+|at\\s+least\\s+)?${COUNT}\\s+(or\\s+more\\s+)?(?:late\\s+marks?|lates\\b|late\\s+arrivals?)`,
  'gi',
);

/**
 * The conditions a stage of escalation states: attendance or absence levels, counts of unauthorised
 * sessions or absences, counts of late marks, each with the period it is measured over when the
 * same words give one. Only what the words state: a band of attendance ("85%-90%") is not a trigger.
 */
export function triggersIn(text: string): TriggerReading {
  const triggers: ReadTrigger[] = [];
  const unreadable: TriggerReading['unreadable'] = [];
  const taken: Array<[number, number]> = [];
  const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);
  const add = (t: Omit<ReadTrigger, 'window'>, end: number) => {
    if (!free(t.index, end)) return;
    taken.push([t.index, end]);
    const window = windowAfter(text.slice(end, end + 60));
    triggers.push({ ...t, ...(window ? { window } : {}) });
  };
  for (const m of text.matchAll(BAND)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    taken.push([m.index, m.index + m[0].length]);
    unreadable.push({ text: m[0], index: m.index });
  }
  for (const m of text.matchAll(ATTENDANCE_BEFORE)) {
    const at = m.index + m[0].indexOf(m[2]!);
    add({ metric: 'attendance_pct', comparison: below(m[1]!), value: Number(m[2]), text: m[0], index: m.index }, at + m[2]!.length + 1);
  }
  for (const m of text.matchAll(PCT_THEN_BOUND)) {
    const before = text.slice(Math.max(0, m.index - 25), m.index);
    const absence = ABSENCE_LEVEL.test(before);
    const up = ABOVE_WORDS.test(m[2]!.trim());
    const down = BELOW_WORDS.test(m[2]!.trim());
    if (!up && !down) continue;
    // "95% and under" is an attendance level; "absence of 10% or more", "miss 10% or more" an absence level.
    if (absence && up)
      add({ metric: 'absence_pct', comparison: 'ge', value: Number(m[1]), text: m[0], index: m.index }, m.index + m[0].length);
    else if (!absence && down)
      add({ metric: 'attendance_pct', comparison: 'le', value: Number(m[1]), text: m[0], index: m.index }, m.index + m[0].length);
  }
  for (const m of text.matchAll(BELOW_PCT)) {
    if (ABSENCE_LEVEL.test(text.slice(Math.max(0, m.index - 25), m.index))) continue;
    add(
      { metric: 'attendance_pct', comparison: below(m[1]!), value: Number(m[2]), text: m[0].trim(), index: m.index },
      m.index + m[0].length,
    );
  }
  for (const m of text.matchAll(SESSIONS)) {
    const metric = /^absence/i.test(m[4] ?? '') ? 'unauthorised_absences' : 'unauthorised_sessions';
    add({ metric, comparison: countComparison(m[1], m[3]), value: countOf(m[2]!), text: m[0], index: m.index }, m.index + m[0].length);
  }
  for (const m of text.matchAll(LATES))
    add(
      { metric: 'late_marks', comparison: countComparison(m[1], m[3]), value: countOf(m[2]!), text: m[0], index: m.index },
      m.index + m[0].length,
    );
  return { triggers: triggers.sort((a, b) => a.index - b.index), unreadable };
}

function below(words: string): 'lt' | 'le' {
  return /at\s+or\s+below/i.test(words) ? 'le' : 'lt';
}

/** "more than 10" is above 10; "10 or more", "at least 10" and a plain "10 unauthorised sessions" are 10 and above. */
function countComparison(before: string | undefined, after: string | undefined): 'gt' | 'ge' {
  return before && /more|over/i.test(before) && !after ? 'gt' : 'ge';
}

/** The period right after a condition: "in 10 school weeks", "within a term", "over the academic year". */
export function windowAfter(text: string): ReadTrigger['window'] | undefined {
  const t = /^[^.;]*/.exec(text)![0];
  const weeks = new RegExp(
    `^\\s*(?:\\w+\\s+){0,3}?(?:in|within|over|during)\\s+(?:(?:a|any|the|each)\\s*)?(?:rolling\\s+)?(?:period\\s+of\\s+)?${COUNT}\\s+(school\\s+)?weeks?\\b`,
    'i',
  ).exec(t);
  if (weeks) {
    const length = countOf(weeks[1]!);
    return length >= 1 ? { type: weeks[2] ? 'rolling_school_weeks' : 'rolling_weeks', length } : undefined;
  }
  if (/^\s*(?:\w+\s+){0,3}?(?:in|within|over|during|across|per|each)\s+(?:(?:a|any|the|one|each)\s*)?half[\s-]term\b/i.test(t))
    return { type: 'half_term' };
  if (/^\s*(?:\w+\s+){0,3}?(?:in|within|over|during|across|per|each)\s+(?:(?:a|any|the|one|each)\s*)?term\b/i.test(t))
    return { type: 'term' };
  if (
    /^\s*(?:\w+\s+){0,3}?(?:in|over|during|across|for)\s+(?:the|this|a)\s+(?:academic\s+|school\s+)?year\b|^\s*year\s+to\s+date\b/i.test(t)
  )
    return { type: 'year_to_date' };
  return undefined;
}
