import { COUNT, countOf, exampleBefore, factAt, insideBrackets, type Extraction, type Fact, type Sentence } from './fact.js';

const NOT = /\b(not|never|no|cannot|can't|won't|isn't|aren't)\b/i;

/**
 * Attendance levels and time limits stated as rules: persistent and severe absence, the level
 * celebrated as excellent, deletion after continuous absence, the sickness return to the LA,
 * when medical evidence is asked for, and how leave is requested.
 */
export function extractAbsenceRules(sentences: Sentence[]): Extraction {
  const facts: Fact[] = [];
  for (const s of sentences) {
    levels(s, facts);
    deletion(s, facts);
    sickness(s, facts);
    medicalEvidence(s, facts);
    leave(s, facts);
  }
  return { facts, notes: [] };
}

/** "miss 10% or more ... persistent absence"; attendance "below 90%" is left to the prose rule (it is not the same). */
function levels(s: Sentence, facts: Fact[]): void {
  const t = s.text;
  for (const [word, pointer] of [
    [/persistent(ly)?\s+absen/i, '/thresholds/persistent_absence_pct'],
    [/severe(ly)?\s+absen/i, '/thresholds/severe_absence_pct'],
  ] as const) {
    if (!word.test(t)) continue;
    const m = /\b(?:miss(?:es|ing)?|absence\s+of|absent\s+for)\s+(\d{1,2}(?:\.\d)?)\s?%\s+or\s+more\b/i.exec(t);
    if (m && !insideBrackets(t, m.index)) facts.push(factAt(s, pointer, Number(m[1]), m.index, m[0].length));
  }
  const excellent = /\bexcellent\s+attendance\b[^.]{0,30}?\b(\d{2,3}(?:\.\d)?)\s?%\s+or\s+(above|more|higher)/i.exec(t);
  if (excellent) facts.push(factAt(s, '/thresholds/excellent_attendance_pct', Number(excellent[1]), excellent.index, excellent[0].length));
}

/** "absent ... for 20 consecutive school days ... removed from the admissions register". */
function deletion(s: Sentence, facts: Fact[]): void {
  const t = s.text;
  if (!/\b(remov\w*|delet\w*|taken\s+off|off\s+(the\s+)?roll)\b/i.test(t) || !/\b(roll|register)\b/i.test(t)) return;
  const m = new RegExp(`\\b${COUNT}\\s+(?:consecutive\\s+|continuous\\s+)?(?:school\\s+)?days\\b(?:\\s+of)?\\s+(?:unauthori[sz]ed\\s+absence|without\\s+(?:authorisation|explanation))`, 'i').exec(t) ?? new RegExp(`\\bfor\\s+(?:a\\s+period\\s+of\\s+)?${COUNT}\\s+(?:consecutive|continuous)\\s+(?:school\\s+)?days\\b`, 'i').exec(t);
  if (m && !insideBrackets(t, m.index)) facts.push(factAt(s, '/deletions/continuous_absence_school_days', countOf(m[1]!), m.index, m[0].length));
}

/** "Inform the Local Authority if a pupil is likely to be away ... for more than 15 school days." */
function sickness(s: Sentence, facts: Fact[]): void {
  const t = s.text;
  if (!/\b(local\s+authority|LA)\b/.test(t) && !/\blocal authority\b/i.test(t)) return;
  if (!/\b(inform|notify|tell|report)\w*\b/i.test(t) || !/\b(ill\w*|sick\w*|health|medical|away\s+from)\b/i.test(t)) return;
  const m = new RegExp(`\\b(?:more\\s+than\\s+|over\\s+)?${COUNT}\\s+(?:school\\s+)?days\\b`, 'i').exec(t);
  if (m) facts.push(factAt(s, '/la_returns/sickness_return_days', countOf(m[1]!), m.index, m[0].length));
}

/** When medical evidence is asked for: "after a period of 5 days", or "not routinely". */
function medicalEvidence(s: Sentence, facts: Fact[]): void {
  const t = s.text;
  const ev = /\bmedical\s+(evidence|notes?|certificates?)|\b(doctor'?s|GP)\s+(notes?|letters?)/i.exec(t);
  if (!ev) return;
  if (/\bnot\b[^.]{0,30}\broutine(ly)?\b|\broutinely\b[^.]{0,20}\bnot\b/i.test(t)) {
    facts.push(factAt(s, '/illness/medical_evidence', 'not_routine', ev.index, ev[0].length));
    return;
  }
  const after = new RegExp(`\\b(?:after|more\\s+than|over|beyond|exceed\\w*)\\s+(?:a\\s+period\\s+of\\s+)?${COUNT}\\s+(?:school\\s+)?days\\b|\\b${COUNT}\\s+(?:school\\s+)?days\\s+or\\s+more\\b`, 'i').exec(t);
  if (after && !NOT.test(t.slice(0, after.index).split(/[,;]/).pop() ?? '') && !exampleBefore(t, after.index)) {
    const days = countOf(after[1] ?? after[2]!);
    facts.push(factAt(s, '/illness/medical_evidence', 'after_days', after.index, after[0].length));
    facts.push(factAt(s, '/illness/evidence_after_days', days, after.index, after[0].length));
  }
}

function leave(s: Sentence, facts: Fact[]): void {
  const t = s.text;
  if (!/\b(leave|holidays?|absence)\b/i.test(t)) return;
  const notice = new RegExp(`\\bat\\s+least\\s+${COUNT}\\s+(school\\s+)?(weeks?|days?)\\b[^.]{0,30}\\b(ahead|in\\s+advance|before|prior)`, 'i').exec(t);
  if (notice && /\brequest\w*|appl(y|ication)/i.test(t)) {
    const unit = `${notice[2] ? 'school_' : ''}${/^week/i.test(notice[3]!) ? 'weeks' : 'days'}`;
    facts.push(factAt(s, '/leave_of_absence/notice/amount', countOf(notice[1]!), notice.index, notice[0].length));
    facts.push(factAt(s, '/leave_of_absence/notice/unit', unit, notice.index, notice[0].length));
  }
  if (/\brequest\w*\b[^.]{0,80}\bin\s+writing\b|\bin\s+writing\b[^.]{0,80}\brequest/i.test(t) && /\bleave\b/i.test(t)) {
    const w = /\bin\s+writing\b/i.exec(t)!;
    facts.push(factAt(s, '/leave_of_absence/in_writing', true, w.index, w[0].length));
  }
  const noHoliday = /\b(not|never)\s+(be\s+)?authori[sz]e\w*\s+(any\s+)?(term[- ]time\s+)?holidays?\b|\bholidays?\b[^.]{0,40}\b(will\s+be\s+recorded|are\s+recorded|is\s+recorded)\s+as\s+[“"']?unauthori[sz]ed/i.exec(t);
  if (noHoliday) facts.push(factAt(s, '/leave_of_absence/holidays_authorised', false, noHoliday.index, noHoliday[0].length));
}
