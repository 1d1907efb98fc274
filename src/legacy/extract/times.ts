import { clockTimes, factAt, type ClockTime, type Extraction, type Fact, type Sentence } from './fact.js';

const DAY = '/school_day';
const REG = `${DAY}/registers`;

/**
 * Times of the school day: gates, start and end, each register's opening and closing, and the
 * time by which parents report an absence. "registration 8:50, register closes 9:30" gives a
 * morning register open from 08:50 to 09:30, which the register rules then measure.
 */
export function extractTimes(sentences: Sentence[]): Extraction {
  const facts: Fact[] = [];
  groups.clear();
  for (const s of sentences) {
    const times = clockTimes(s.text);
    if (!times.length) continue;
    if (schedule(s, times, facts)) continue;
    if (/\bgates?\b/i.test(s.text)) gates(s, times, facts);
    if (/\bregist(er|ers|ration)\b/i.test(s.text)) registers(s, times, facts);
    dayStartEnd(s, times, facts);
    reportingDeadline(s, times, facts);
  }
  return { facts, notes: [] };
}

/** A timetable line: "08:45-09:00- AM registration/Assembly", "08:40- Late gate closes". */
function schedule(s: Sentence, times: ClockTime[], facts: Fact[]): boolean {
  const first = times[0]!;
  if (first.index > 2) return false;
  const second = times[1] && /^\s*(-|–|to)\s*$/.test(s.text.slice(first.index + first.length, times[1].index)) ? times[1] : undefined;
  const labelStart = (second ?? first).index + (second ?? first).length;
  const label = s.text.slice(labelStart).replace(/^\s*[-–:]\s*/, '');
  if (!label || clockTimes(label).length) return false;
  const push = (pointer: string, t: ClockTime) => facts.push(factAt(s, pointer, t.value, t.index, t.length));
  if (/regist/i.test(label)) {
    const session = /\b(pm|afternoon)\b/i.test(label) ? 'afternoon' : /\b(am|morning)\b/i.test(label) || first.minutes < 720 ? 'morning' : 'afternoon';
    push(`${REG}/${session}/opens`, first);
    if (second) push(`${REG}/${session}/closes`, second);
  } else if (/\bgates?\b/i.test(label) && /\b(clos|shut)/i.test(label)) push(`${DAY}/gates_close`, first);
  else if (saysOpen(label)) push(`${DAY}/gates_open`, first);
  else if (/\b(end of (the )?(school )?day|home time|dismissal|school (ends|finishes))\b/i.test(label)) push(`${DAY}/ends`, first);
  else return false;
  return true;
}

/** The first time after a word matching `word`, within a few words. */
/** Between two full stops, the gates, doors, school or site, and after them "open" (searches, no backtracking). */
function saysOpen(label: string): boolean {
  return label.split('.').some((part) => {
    const at = part.search(/\b(gates?|doors?|school|site)\b/i);
    return at >= 0 && /\bopen/i.test(part.slice(at));
  });
}

function timeAfter(s: Sentence, times: ClockTime[], word: RegExp, within = 40): ClockTime | undefined {
  for (const m of s.text.matchAll(new RegExp(word.source, 'gi'))) {
    const from = m.index! + m[0].length;
    const t = times.find((x) => x.index >= from && x.index - from <= within);
    if (t) return t;
  }
  return undefined;
}

function gates(s: Sentence, times: ClockTime[], facts: Fact[]): void {
  const open = timeAfter(s, times, /\bopen(ed|s)?\b/i, 50);
  const close = timeAfter(s, times, /\b(clos(e|es|ed)|shut(s)?)\b/i, 30);
  if (open) facts.push(factAt(s, `${DAY}/gates_open`, open.value, open.index, open.length));
  if (close && close !== open) facts.push(factAt(s, `${DAY}/gates_close`, close.value, close.index, close.length));
}

function registers(s: Sentence, times: ClockTime[], facts: Fact[]): void {
  const text = s.text;
  const sessionOf = (t: ClockTime) =>
    /\bafternoon\b|\bpm\s+regist|after\s+lunch/i.test(text) ? 'afternoon' : /\bmorning\b|\bam\s+regist/i.test(text) ? 'morning' : t.minutes < 720 ? 'morning' : 'afternoon';
  const push = (which: 'opens' | 'closes', t: ClockTime, guess?: string) => facts.push(factAt(s, `${REG}/${sessionOf(t)}/${which}`, t.value, t.index, t.length, guess));
  // "Morning registration is open from 8.50-9.20am", "registers are taken between 8.45 and 9.10".
  const range = /\b(open|from|between|taken)\b[^.]{0,20}?$/i;
  for (let i = 0; i + 1 < times.length; i++) {
    const a = times[i]!;
    const b = times[i + 1]!;
    if (/^\s*(-|–|to|and|until)\s*$/i.test(text.slice(a.index + a.length, b.index)) && range.test(text.slice(0, a.index))) {
      push('opens', a);
      push('closes', b);
      return;
    }
  }
  const close = timeAfter(s, times, /\b(clos(e|es|ed|ing)|shut)\b/i, 30);
  if (close && /regist/i.test(text.slice(Math.max(0, close.index - 100), close.index))) push('closes', close);
  const open =
    timeAfter(s, times, /\bregistration\b\s*(is\s+|will\s+be\s+)?(at|from|:|,|opens?|begins?|starts?)?/i, 12) ??
    timeAfter(s, times, /\bregist\w*\s+(opens?|begins?|starts?)\b/i, 30) ??
    timeAfter(s, times, /\bregisters?\s+(is\s+|are\s+|will\s+be\s+)?(opens?|begins?|starts?|taken)\b/i, 80);
  if (open && open !== close) {
    const others = times.filter((t) => t !== close);
    const main = others.length > 1 ? mainTime(s, others) ?? open : open;
    push('opens', main, others.length > 1 ? 'the document gives more than one time here (some classes differ); check which applies to the school' : undefined);
    if (main !== open || others.length > 1) groupTime(s, others, main, `registers/${sessionOf(main)}/opens`, facts);
  }
  // "arrive after the register has been taken, but before 9.00am are recorded as being late"
  if (!close && /\blate\b/i.test(text)) {
    const before = timeAfter(s, times, /\bbefore\b/i, 10);
    if (before) push('closes', before, 'read from the time until which late arrivals are marked late (L); check the register close time');
  }
}

/** In "1.05pm for Reception and 1.15pm for all other classes", the time for the rest of the school. */
function mainTime(s: Sentence, times: ClockTime[]): ClockTime | undefined {
  const other = /\b(all other|other classes|rest of the school|everyone else|other year groups|all other pupils)\b/i.exec(s.text);
  if (!other) return undefined;
  const end = other.index + other[0].length;
  return times.find((t) => t.index >= end && t.index - end <= 40) ?? [...times].filter((t) => t.index < other.index).pop();
}

/** Groups of pupils with their own times ("1.05pm for Reception"), by name, in order found. */
const groups = new Map<string, number>();
const GROUP = /\b(reception|nursery|year\s+\d{1,2}|key\s+stage\s+\d|KS\d)\b/i;

/** The time given for a named group beside the school's own time becomes that group's time. */
function groupTime(s: Sentence, times: ClockTime[], main: ClockTime, path: string, facts: Fact[]): void {
  const g = GROUP.exec(s.text);
  const other = times.filter((t) => t !== main).sort((a, b) => Math.abs(a.index - (g?.index ?? 0)) - Math.abs(b.index - (g?.index ?? 0)))[0];
  if (!g || !other) return;
  const name = g[1]!.replace(/\s+/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
  let i = groups.get(name.toLowerCase());
  const base = () => `/schools/0/groups/${i}`;
  if (i === undefined) {
    i = groups.size;
    groups.set(name.toLowerCase(), i);
    facts.push(factAt(s, `${base()}/id`, name.toLowerCase().replace(/\s+/g, '-'), g.index, g[0].length));
    facts.push(factAt(s, `${base()}/name`, name, g.index, g[0].length));
  }
  facts.push(factAt(s, `${base()}/school_day/${path}`, other.value, other.index, other.length));
}

function dayStartEnd(s: Sentence, times: ClockTime[], facts: Fact[]): void {
  const text = s.text;
  if (!/\b(school\s+day|day|lessons|school)\b/i.test(text)) return;
  const start = timeAfter(s, times, /\b(school\s+day|the\s+day|lessons|school)\s+(starts?|begins?|commences?)\b(\s+promptly)?(\s+at)?/i, 10);
  const end = timeAfter(s, times, /\b(school\s+day|the\s+day|school)\s+(ends?|finish(es)?|closes?)\b(\s+at)?/i, 10);
  const several = (t: ClockTime) => (mainTime(s, times) && times.length > 1 ? mainTime(s, times) ?? t : t);
  for (const [found, key] of [[start, 'starts'], [end, 'ends']] as const) {
    if (!found) continue;
    const t = several(found);
    facts.push(factAt(s, `${DAY}/${key}`, t.value, t.index, t.length, t !== found ? 'the document gives other times for some classes' : undefined));
    if (t !== found) groupTime(s, times, t, key, facts);
  }
}

function reportingDeadline(s: Sentence, times: ClockTime[], facts: Fact[]): void {
  const text = s.text;
  if (!REPORTING.test(text) || !/\b(absen\w*|unable to attend|cannot attend|ill(ness)?|sick|away from school)\b/i.test(text)) return;
  const by = timeAfter(s, times, /\b(by|before)\b/i, 16);
  if (!by) return;
  // The reporting verb governs the time: "notify ... by 9.00am", "let the office know before 9am",
  // "we must be told by 9.30am", not "has not arrived by 9.30am".
  const lead = text.slice(Math.max(0, by.index - 90), by.index);
  if (!REPORTING.test(lead) || /\b(arriv\w*|late|heard)\b/i.test(lead)) return;
  facts.push(factAt(s, '/absence_reporting/deadline', by.value, by.index, by.length));
  const every = /\b(each|every)\s+(school\s+)?day\b/i.exec(text);
  if (every) facts.push(factAt(s, '/absence_reporting/every_day', true, every.index, every[0].length));
}

/** Verbs by which parents tell the school of an absence. */
const REPORTING = /\b(notify|inform|contact|call|ring|phone|telephone|report|tell|told|let\s+(?:\w+\s+){1,3}know)\w*\b/i;
