import { COUNT, countOf, exampleBefore, factAt, type Extraction, type Fact, type Sentence } from './fact.js';

/** A heading over the leave rules ("Leave of absence in term time", "Requests for absence", "Holidays"). */
const LEAVE_HEADING =
  /\b(leave|holidays?|term[\s-]time\s+absence|requests?\s+for\s+(?:absence|leave)|absence\s+requests?|exceptional\s+circumstances)\b/i;
const ABOUT_LEAVE = /\b(leave|holidays?)\b/i;
const ASKING = /\b(request\w*|appl(?:y|ies|ying|ication\w*)|ask\w*|notice|form|submit\w*|made)\b/i;

/** Who may decide: the head (by any title) or the governors, not a head of year or a principal officer. A deputy or assistant is kept in the value. */
const ROLE =
  '((?:deputy\\s+|assistant\\s+|vice\\s+|executive\\s+)?(?:head\\s*teacher|head\\s+of\\s+school|principal(?!\\s+(?:officer|education|welfare|attendance))|head(?!\\s+of\\b)|governing\\s+body|governors|board\\s+of\\s+governors))';
const DECIDES_ACTIVE = new RegExp(
  `\\b(?:the\\s+)?${ROLE}\\b(?:\\s*\\([^)]{0,40}\\))?([^.;]{0,40}?)\\b(grant|authori[sz]|approv|decid|consider)\\w*`,
  'i',
);
const DECIDES_PASSIVE = new RegExp(
  `\\b(?:authori[sz]ed|granted|approved|decided|agreed)\\s+(?:only\\s+)?by\\s+(?:the\\s+)?${ROLE}\\b`,
  'i',
);
const DISCRETION = new RegExp(`\\b(?:at\\s+the\\s+discretion\\s+of\\s+the\\s+${ROLE}\\b|\\b(?:the\\s+)?${ROLE}['’]s\\s+discretion)`, 'i');
/** "cannot grant", "are not able to authorise": not who decides. ("may not grant ... unless" is the usual rule, and names the one who decides.) */
const DENIED = /\b(cannot|can\s*not|can['’]t|are\s+not|is\s+not|do\s+not|does\s+not|never|no\s+longer)\b/i;

/**
 * How leave of absence is asked for and decided: who decides, how much notice, whether in writing,
 * on which form, and whether holidays are ever authorised. Read in sentences that speak of leave,
 * or in any sentence under a heading about it.
 */
export function extractLeave(sentences: Sentence[]): Extraction {
  const facts: Fact[] = [];
  for (const s of sentences) {
    const underLeave = s.block.headings.some((h) => LEAVE_HEADING.test(h));
    const askingForAbsence = /\babsen\w*/i.test(s.text) && (underLeave || /\b(request\w*|appl\w*)\b/i.test(s.text));
    if (!ABOUT_LEAVE.test(s.text) && !askingForAbsence) continue;
    decidedBy(s, facts);
    notice(s, facts);
    writing(s, facts, underLeave);
    form(s, facts);
    holidays(s, facts);
  }
  return { facts, notes: [] };
}

function decidedBy(s: Sentence, facts: Fact[]): void {
  const t = s.text;
  if (!/\b(leave|absen\w*|holidays?|requests?)\b/i.test(t)) return;
  const active = DECIDES_ACTIVE.exec(t);
  const m = DECIDES_PASSIVE.exec(t) ?? DISCRETION.exec(t) ?? (active && !DENIED.test(active[2]!) ? active : null);
  if (!m) return;
  const role = m.slice(1).find((g) => g && new RegExp(`^${ROLE}$`, 'i').test(g));
  if (!role) return;
  // "the headteacher or a member of the senior team": more than one decides; leave it to a person.
  if (/^\s*(?:or|and|\/)\s/i.test(t.slice(t.indexOf(role, m.index) + role.length))) return;
  const at = t.indexOf(role, m.index);
  facts.push(factAt(s, '/leave_of_absence/decided_by', capitalise(role.replace(/\s+/g, ' ')), at, role.length));
}

function notice(s: Sentence, facts: Fact[]): void {
  const t = s.text;
  if (!ASKING.test(t)) return;
  const m = new RegExp(
    `\\b(?:at\\s+least\\s+|a\\s+minimum\\s+of\\s+|no\\s+less\\s+than\\s+|no\\s+later\\s+than\\s+)?${COUNT}\\s+(school\\s+)?(weeks?|days?|months?)(?:['’]s?)?\\s+(?:notice\\b|in\\s+advance\\b|ahead\\b|prior\\s+to\\b|before\\s+(?:the\\s+)?(?:leave|absence|holiday|date|first\\s+day|requested))`,
    'i',
  ).exec(t);
  if (!m || exampleBefore(t, m.index)) return;
  const amount = countOf(m[1]!);
  if (!Number.isFinite(amount) || amount <= 0) return;
  const unit = /^month/i.test(m[3]!) ? 'months' : `${m[2] ? 'school_' : ''}${/^week/i.test(m[3]!) ? 'weeks' : 'days'}`;
  facts.push(factAt(s, '/leave_of_absence/notice/amount', amount, m.index, m[0].length));
  facts.push(factAt(s, '/leave_of_absence/notice/unit', unit, m.index, m[0].length));
}

function writing(s: Sentence, facts: Fact[], underLeave: boolean): void {
  const t = s.text;
  if (!/\brequest\w*\b[^.]{0,80}\bin\s+writing\b|\bin\s+writing\b[^.]{0,80}\brequest|\bappl\w*\b[^.]{0,40}\bin\s+writing\b/i.test(t))
    return;
  if (!/\bleave\b/i.test(t) && !underLeave) return;
  const w = /\bin\s+writing\b/i.exec(t)!;
  facts.push(factAt(s, '/leave_of_absence/in_writing', true, w.index, w[0].length));
}

/** The request form by name: "the Leave of Absence Request Form", "an application form", “Request for leave” form. */
function form(s: Sentence, facts: Fact[]): void {
  const t = s.text;
  if (!/\b(request\w*|appl\w*|complet\w*|fill\w*|us(?:e|ing)|on)\b/i.test(t)) return;
  const quoted = /[“"‘']([^”"’']{3,80})[”"’']\s+form\b/i.exec(t);
  const named =
    quoted ??
    /\b(?:an?|the|our)\s+((?:[\w'’-]+\s+){0,4}?(?:request|application|leave|absence|holiday)[\w'’-]*(?:\s+(?:request|application|of\s+absence|absence))?)\s+form\b/i.exec(
      t,
    );
  if (!named) return;
  const name = quoted ? `${quoted[1]!.trim()} form` : `${named[1]!.replace(/\s+/g, ' ')} form`;
  const at = named.index + named[0].indexOf(named[1]!);
  facts.push(factAt(s, '/leave_of_absence/form', capitalise(name), at, name.length));
}

function holidays(s: Sentence, facts: Fact[]): void {
  const noHoliday =
    /\b(not|never)\s+(be\s+)?authori[sz]e\w*\s+(any\s+)?(term[- ]time\s+)?holidays?\b|\bholidays?\b[^.]{0,40}\b(will\s+be\s+recorded|are\s+recorded|is\s+recorded)\s+as\s+[“"']?unauthori[sz]ed/i.exec(
      s.text,
    );
  if (noHoliday) facts.push(factAt(s, '/leave_of_absence/holidays_authorised', false, noHoliday.index, noHoliday[0].length));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
