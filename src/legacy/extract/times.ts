import type { LegacyBlock } from '../prose-blocks.js';
import { clockTimes, factAt, type ClockTime, type Extraction, type Fact, type Sentence } from './fact.js';
import { federationSchools, groupAtStart, groupIndex, schoolOfTime, type Scopes } from './scope.js';
import { registerTables } from './register-tables.js';

const DAY = '/school_day';
const REG = `${DAY}/registers`;
/** A day start read from when lateness begins or when pupils are expected: ranked below a stated start. */
const INFERRED = 0.8;

/**
 * Times of the school day: gates, start and end, each register's opening and closing, and the
 * time by which parents report an absence. "registration 8:50, register closes 9:30" gives a
 * morning register open from 08:50 to 09:30, which the register rules then measure. Times go to
 * the school or group of pupils the text gives them to (see scope.ts), else to the whole document.
 */
export function extractTimes(sentences: Sentence[], blocks: LegacyBlock[] = []): Extraction {
  const scopes: Scopes = { schools: [], groups: new Map(), facts: [] };
  scopes.schools = federationSchools(sentences, scopes.facts);
  groups = scopes;
  const out: Fact[] = [];
  let paragraph: { block: LegacyBlock; group: ReturnType<typeof groupAtStart> } | undefined;
  for (const s of sentences) {
    if (paragraph?.block !== s.block) paragraph = undefined;
    const opens = groupAtStart(s.text);
    if (opens) paragraph = { block: s.block, group: opens };
    const times = clockTimes(s.text);
    if (!times.length) continue;
    const facts: Fact[] = [];
    if (!schedule(s, times, facts)) {
      if (/\bgates?\b/i.test(s.text) || /\bdoors?\s+(?:will\s+)?open/i.test(s.text)) gates(s, times, facts);
      if (/\bregist(er|ers|ration)\b/i.test(s.text)) registers(s, times, facts);
      dayStartEnd(s, times, facts);
      impliedStart(s, times, facts);
      dueForRegister(s, times, facts);
      reportingDeadline(s, times, facts);
    }
    alsoForOtherSchools(s, times, facts, scopes);
    for (const f of facts) out.push(placed(f, s, scopes, paragraph?.group, opens));
  }
  out.push(...registerTables(blocks, scopes));
  return { facts: [...scopes.facts, ...out], notes: [] };
}

/** "arrive by 08.50am (Junior School) 08.55am (Infant School)": what is read for one school's time holds for each labelled time after it. */
function alsoForOtherSchools(s: Sentence, times: ClockTime[], facts: Fact[], scopes: Scopes): void {
  if (!scopes.schools.length) return;
  const schoolAt = (t: ClockTime) => schoolOfTime(s.text, t.index, t.length, scopes.schools);
  for (const f of [...facts]) {
    const t = times.find((x) => x.index === f.offset - s.offset);
    if (!t || !f.pointer.startsWith(`${DAY}/`) || schoolAt(t) === undefined) continue;
    for (const other of times.filter((x) => x.index > t.index && schoolAt(x) !== undefined && schoolAt(x) !== schoolAt(t))) {
      if (!facts.some((g) => g.offset - s.offset === other.index))
        facts.push({ ...f, value: other.value, offset: s.offset + other.index, length: other.length });
    }
  }
}

/** A school-day fact moved to the school its time is labelled with, or to the group its paragraph is about. */
function placed(
  f: Fact,
  s: Sentence,
  scopes: Scopes,
  group: ReturnType<typeof groupAtStart>,
  opener: ReturnType<typeof groupAtStart>,
): Fact {
  if (!f.pointer.startsWith(`${DAY}/`)) return f;
  const school = schoolOfTime(s.text, f.offset - s.offset, f.length, scopes.schools);
  if (school !== undefined) return { ...f, pointer: `/schools/${school}${f.pointer}` };
  if (!group) return f;
  const at = opener ?? group;
  const i = groupIndex(scopes, s, group.name, opener ? at.index : 0, opener ? at.length : 1);
  return { ...f, pointer: `/schools/0/groups/${i}${f.pointer}` };
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
    const session = /\b(pm|afternoon)\b/i.test(label)
      ? 'afternoon'
      : /\b(am|morning)\b/i.test(label) || first.minutes < 720
        ? 'morning'
        : 'afternoon';
    // "9.10am registers are closed"
    if (!second && /\bregist\w*\s+(?:are\s+|is\s+|will\s+be\s+)?clos/i.test(label)) push(`${REG}/${session}/closes`, first);
    else push(`${REG}/${session}/opens`, first);
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
    /\bafternoon\b|\bpm\s+regist|after\s+lunch/i.test(text)
      ? 'afternoon'
      : /\bmorning\b|\bam\s+regist/i.test(text)
        ? 'morning'
        : t.minutes < 720
          ? 'morning'
          : 'afternoon';
  const push = (which: 'opens' | 'closes', t: ClockTime, guess?: string) =>
    facts.push(factAt(s, `${REG}/${sessionOf(t)}/${which}`, t.value, t.index, t.length, guess));
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
  // "by 10.00am when the registers close"
  const closeBefore = times.find((t) =>
    /^\s*(?:,\s*)?(?:when|as|at\s+which\s+(?:time|point))\s+(?:the\s+)?regist\w*\s+(?:close|closes|is\s+closed|are\s+closed)\b/i.test(
      text.slice(t.index + t.length),
    ),
  );
  const closeAfter = timeAfter(s, times, /\b(clos(e|es|ed|ing)|shut)\b/i, 30);
  const close =
    closeBefore ??
    (closeAfter && /regist/i.test(text.slice(Math.max(0, closeAfter.index - 100), closeAfter.index)) ? closeAfter : undefined);
  if (close) push('closes', close);
  // "the register will be taken straight away" after the time pupils come in; "ready for the register, at 9am"
  const straightAway = /\bregist\w*\s+(?:will\s+be\s+|is\s+)?taken\s+(?:straight\s+away|immediately|at\s+once|then)\b/i.exec(text);
  const before = straightAway && times.filter((t) => t.index < straightAway.index);
  if (before?.length === 1 && before[0] !== close) push('opens', before[0]!);
  const open =
    timeAfter(s, times, /\bregistration\b\s*(is\s+|will\s+be\s+)?(at|from|:|,|opens?|begins?|starts?)?/i, 12) ??
    timeAfter(s, times, /\bregist\w*\s+(opens?|begins?|starts?)\b/i, 30) ??
    timeAfter(s, times, /\bregisters?\s+(is\s+|are\s+|will\s+be\s+)?(opens?|begins?|starts?|taken)\b/i, 80);
  if (open && open !== close) {
    const others = times.filter((t) => t !== close);
    const main = others.length > 1 ? (mainTime(s, others) ?? open) : open;
    push(
      'opens',
      main,
      others.length > 1 ? 'the document gives more than one time here (some classes differ); check which applies to the school' : undefined,
    );
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

/** The scopes of the document being read (set by extractTimes), for groups named inside a sentence. */
let groups: Scopes = { schools: [], groups: new Map(), facts: [] };
const GROUP = /\b(reception|nursery|year\s+\d{1,2}|key\s+stage\s+\d|KS\d)\b/i;

/** The time given for a named group beside the school's own time becomes that group's time. */
function groupTime(s: Sentence, times: ClockTime[], main: ClockTime, path: string, facts: Fact[]): void {
  const g = GROUP.exec(s.text);
  const other = times
    .filter((t) => t !== main)
    .sort((a, b) => Math.abs(a.index - (g?.index ?? 0)) - Math.abs(b.index - (g?.index ?? 0)))[0];
  if (!g || !other) return;
  const name = g[1]!.replace(/\s+/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
  const i = groupIndex(groups, s, name, g.index, g[0].length);
  facts.push(factAt(s, `/schools/0/groups/${i}/school_day/${path}`, other.value, other.index, other.length));
}

function dayStartEnd(s: Sentence, times: ClockTime[], facts: Fact[]): void {
  const text = s.text;
  if (!/\b(school\s+day|day|lessons|school)\b/i.test(text)) return;
  const start = timeAfter(
    s,
    times,
    /\b(school\s+day|the\s+day|lessons|school)\s+(starts?|begins?|commences?)\b(\s+promptly)?(\s+with\s+(?:registration|the\s+register|assembly|form\s+time))?(\s+at)?/i,
    10,
  );
  const end = timeAfter(s, times, /\b(school\s+day|the\s+day|school)\s+(ends?|finish(es)?|closes?)\b(\s+at)?/i, 10);
  const several = (t: ClockTime) => (mainTime(s, times) && times.length > 1 ? (mainTime(s, times) ?? t) : t);
  for (const [found, key] of [
    [start, 'starts'],
    [end, 'ends'],
  ] as const) {
    if (!found) continue;
    const t = several(found);
    facts.push(
      factAt(s, `${DAY}/${key}`, t.value, t.index, t.length, t !== found ? 'the document gives other times for some classes' : undefined),
    );
    if (t !== found) groupTime(s, times, t, key, facts);
  }
}

/**
 * A start read from when lateness begins ("arrive after 8.40am ... late", "After 8.40am children are
 * marked late") or from when pupils are expected ("expected to arrive by 8.50am", "in class ... at 9am").
 * Morning times only: lateness after an afternoon register closes says nothing about the start.
 */
function impliedStart(s: Sentence, times: ClockTime[], facts: Fact[]): void {
  const text = s.text;
  if (/\b(register|registration)\s+(has\s+)?clos|\bafternoon\b/i.test(text)) return;
  // "Arrivals after 9.00am, without a valid reason for being late, are recorded as an unauthorised
  // absence": that time is where lateness ends (the register has closed), not where the day starts.
  const absenceAfter = /\bunauthori[sz]ed\b|\babsen(?:t|ce)\b|\bcode\s+U\b|\bU\s+code\b/i.test(text);
  const late =
    /\blate\b/i.test(text) && !absenceAfter
      ? (timeAfter(s, times, /\b(?:arriv\w*|come|comes|coming|turn\s+up)\b[^.]{0,40}?\bafter/i, 4) ??
        times.find(
          (t) =>
            /\bafter\s*$/i.test(text.slice(Math.max(0, t.index - 7), t.index)) &&
            /^[^.]{0,40}\b(?:marked|recorded|counted|count|are|is)\s+(?:as\s+)?(?:being\s+)?['‘"“]?late\b/i.test(
              text.slice(t.index + t.length),
            ),
        ))
      : undefined;
  const expected =
    timeAfter(
      s,
      times,
      /\b(?:expected|should|must|need)\s+to\s+(?:arrive|be\s+(?:in\s+(?:school|class|form)|on\s+site|in\s+their\s+classrooms?))(?:[,\s]+ready\s+for\s+(?:the\s+)?(?:register|registration|the\s+day))?[,\s]+(?:by|at|for|before)/i,
      4,
    ) ?? timeAfter(s, times, /\bin\s+class,?\s+ready\s+for\s+(?:the\s+)?(?:register|registration|lessons|the\s+day),?\s+(?:at|by)/i, 4);
  const t = late ?? expected;
  if (t && t.minutes < 720) facts.push(factAt(s, `${DAY}/starts`, t.value, t.index, t.length, undefined, INFERRED));
}

/** "ready for the register, at 9am", "in form for 8.40am": the register is taken when pupils are due in class. */
function dueForRegister(s: Sentence, times: ClockTime[], facts: Fact[]): void {
  const ready =
    timeAfter(s, times, /\bready\s+for\s+(?:the\s+|their\s+)?regist\w*[,\s]*(?:at|by|for)?/i, 6) ??
    timeAfter(s, times, /\bin\s+(?:form|tutor\s+(?:group|time)|registration)\s+(?:for|by|at)\b/i, 4);
  if (!ready || /\bafternoon\b/i.test(s.text)) return;
  facts.push(
    factAt(s, `${REG}/${ready.minutes < 720 ? 'morning' : 'afternoon'}/opens`, ready.value, ready.index, ready.length, undefined, INFERRED),
  );
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
