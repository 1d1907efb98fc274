import { percentages } from '../../text/numbers.js';
import { COUNT, countOf, exampleBefore, factAt, insideBrackets, type Extraction, type Fact, type Sentence } from './fact.js';

const NOT = /\b(not|never|no|cannot|can't|won't|isn't|aren't)\b/i;

/**
 * Attendance levels and time limits stated as rules: persistent and severe absence, the level
 * celebrated as excellent, deletion after continuous absence, the sickness return to the LA,
 * and when medical evidence is asked for (leave of absence is read in leave.ts).
 */
export function extractAbsenceRules(sentences: Sentence[]): Extraction {
  const facts: Fact[] = [];
  for (const s of sentences) {
    levels(s, facts);
    deletion(s, facts);
    sickness(s, facts);
    medicalEvidence(s, facts);
  }
  return { facts, notes: [] };
}

const TERMS: Array<[RegExp, string]> = [
  [/\bsevere(?:ly)?\s+(?:persistent\s+)?absen\w*/gi, '/thresholds/severe_absence_pct'],
  [/\bpersistent(?:ly)?\s+absen\w*|\bpersistent\s+non-?attend\w*/gi, '/thresholds/persistent_absence_pct'],
];
/** Words that make a percentage a level ("10% or more", "below 90%"), not a statistic. */
const LEVEL_BEFORE =
  /\b(?:miss(?:es|ing)?|absence\s+of|absent\s+for|at\s+least|more\s+than|over|above|below|under|less\s+than|falls?\s+(?:to|below|under)|drops?\s+(?:to|below)|of)\s*$/i;
const LEVEL_AFTER = /^\s*(?:or\s+(?:more|above|higher|over|less|below|lower|under)|and\s+(?:above|over|below|under)|\+)/i;
/** Attendance (not absence) levels: "attendance falls below 90%" is absence above 10%. */
const ATTENDANCE_LEVEL = /\battendance\b[^.%]{0,30}$/i;

/**
 * Persistent and severe absence levels. In a sentence defining both, each term takes the
 * percentage that goes with it in the order the sentence gives them ("persistent ... 10% ...
 * severe ... 50%", or "10% ... persistent ... 50% ... severe"), never the other term's number.
 * A level given as attendance ("attendance below 90%") is turned into absence (10%).
 */
function levels(s: Sentence, facts: Fact[]): void {
  const t = s.text;
  const terms = TERMS.flatMap(([re, pointer]) => [...t.matchAll(re)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, pointer })));
  if (terms.length) {
    const pcts = percentages(t).filter(
      (p) => LEVEL_BEFORE.test(t.slice(Math.max(0, p.index - 20), p.index)) || LEVEL_AFTER.test(t.slice(p.index + p.length)),
    );
    const items = [
      ...terms.map((x) => ({ kind: 'term' as const, at: x.at, term: x })),
      ...pcts.map((p) => ({ kind: 'pct' as const, at: p.index, pct: p })),
    ].sort((a, b) => a.at - b.at);
    const termFirst = items[0]?.kind === 'term';
    const done = new Set<string>();
    for (let i = 0; i < items.length; i++) {
      const a = items[i]!;
      if (a.kind !== (termFirst ? 'term' : 'pct')) continue;
      const b = items.slice(i + 1).find((x) => x.kind !== a.kind);
      if (!b) break;
      const term = a.kind === 'term' ? a.term : b.kind === 'term' ? b.term : undefined;
      const pct = a.kind === 'pct' ? a.pct : b.kind === 'pct' ? b.pct : undefined;
      if (!term || !pct || done.has(term.pointer) || exampleBefore(t, pct.index)) continue;
      // Another term or number in between belongs to its own pair.
      if (items.some((x) => x.at > Math.min(a.at, b.at) && x.at < Math.max(a.at, b.at))) continue;
      done.add(term.pointer);
      const asAttendance =
        ATTENDANCE_LEVEL.test(t.slice(Math.max(0, pct.index - 40), pct.index)) &&
        !/\b(miss|absen)/i.test(t.slice(Math.max(0, pct.index - 15), pct.index));
      const value = asAttendance ? Math.round((100 - pct.value) * 10) / 10 : pct.value;
      facts.push(factAt(s, term.pointer, value, pct.index, pct.length, undefined, asAttendance ? 0.9 : 1));
    }
  }
  const excellent = /\bexcellent\s+attendance\b[^.]{0,30}?\b(\d{2,3}(?:\.\d)?)\s?%\s+or\s+(above|more|higher)/i.exec(t);
  if (excellent) facts.push(factAt(s, '/thresholds/excellent_attendance_pct', Number(excellent[1]), excellent.index, excellent[0].length));
  target(s, facts);
}

/**
 * The whole-school attendance target: "an attendance target of 96%", "maintain an attendance rate of
 * a minimum of 97%"; a school that only promotes or aims for 100% attendance gives 100, ranked below
 * a stated target.
 */
function target(s: Sentence, facts: Fact[]): void {
  const t = s.text;
  const stated =
    /\b(?:attendance\s+)?target\s+(?:of|is|:)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?(\d{2,3}(?:\.\d{1,2})?)\s?%/i.exec(t) ??
    (/\b(?:aim|maintain|achieve|expect|target)/i.test(t)
      ? /\battendance\s+(?:rate|level|figure)\s+of\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|over\s+)?(\d{2,3}(?:\.\d{1,2})?)\s?%/i.exec(t)
      : null);
  if (stated && Number(stated[1]) <= 100 && Number(stated[1]) >= 80 && !exampleBefore(t, stated.index)) {
    facts.push(factAt(s, '/thresholds/target_attendance_pct', Number(stated[1]), stated.index, stated[0].length));
    return;
  }
  const full =
    /\b(?:promot\w*|encourag\w*|aim(?:s|ing)?\s+(?:for|to\s+(?:attend|achieve|reach))|aim\s+should\s+be\s+to\s+attend|strive\s+for|work\s+towards)\s+(?:\w+\s+){0,2}?100\s?%/i.exec(
      t,
    );
  if (full && !NOT.test(t)) facts.push(factAt(s, '/thresholds/target_attendance_pct', 100, full.index, full[0].length, undefined, 0.6));
}

/** "absent ... for 20 consecutive school days ... removed from the admissions register". */
function deletion(s: Sentence, facts: Fact[]): void {
  const t = s.text;
  if (!/\b(remov\w*|delet\w*|taken\s+off|off\s+(the\s+)?roll)\b/i.test(t) || !/\b(roll|register)\b/i.test(t)) return;
  const m =
    new RegExp(
      `\\b${COUNT}\\s+(?:consecutive\\s+|continuous\\s+)?(?:school\\s+)?days\\b(?:\\s+of)?\\s+(?:unauthori[sz]ed\\s+absence|without\\s+(?:authorisation|explanation))`,
      'i',
    ).exec(t) ??
    new RegExp(`\\bfor\\s+(?:a\\s+period\\s+of\\s+)?${COUNT}\\s+(?:consecutive|continuous)\\s+(?:school\\s+)?days\\b`, 'i').exec(t);
  if (m && !insideBrackets(t, m.index))
    facts.push(factAt(s, '/deletions/continuous_absence_school_days', countOf(m[1]!), m.index, m[0].length));
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
  const after = new RegExp(
    `\\b(?:after|more\\s+than|over|beyond|exceed\\w*)\\s+(?:a\\s+period\\s+of\\s+)?${COUNT}\\s+(?:school\\s+)?days\\b|\\b${COUNT}\\s+(?:school\\s+)?days\\s+or\\s+more\\b`,
    'i',
  ).exec(t);
  if (after && !NOT.test(t.slice(0, after.index).split(/[,;]/).pop() ?? '') && !exampleBefore(t, after.index)) {
    const days = countOf(after[1] ?? after[2]!);
    facts.push(factAt(s, '/illness/medical_evidence', 'after_days', after.index, after[0].length));
    facts.push(factAt(s, '/illness/evidence_after_days', days, after.index, after[0].length));
  }
}
