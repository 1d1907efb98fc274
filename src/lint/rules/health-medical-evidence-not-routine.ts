import { defineRule } from '../define-rule.js';
import { COUNT } from '../../text/numbers.js';
import { proseMatches } from '../prose-match.js';

const EVIDENCE = String.raw`(?:medical\s+(?:evidence|note|letter|certificate)|doctor'?s?'?\s+(?:note|letter|certificate)|GP\s+(?:note|letter|certificate)|fit\s+note)`;
const DAYS = String.raw`${COUNT}\s+(?:consecutive\s+)?(?:school\s+)?days`;
const PROSE = [
  // "a doctor's note is required", "medical evidence must be provided"
  new RegExp(String.raw`${EVIDENCE}[^.]{0,60}?\b(?:required|must|will\s+need|needed|has\s+to\s+be)\b`, 'gi'),
  // "unauthorised unless medical evidence is provided"
  new RegExp(String.raw`\bunauthori[sz]\w*[^.]{0,80}?\bunless\b[^.]{0,40}?${EVIDENCE}`, 'gi'),
  // "after a period of 5 days, medical evidence has been provided"
  new RegExp(
    String.raw`\b(?:after|over|beyond|exceeding|more\s+than)\s+(?:a\s+period\s+of\s+)?${DAYS},?\s+(?:of\s+\w+\s+)?${EVIDENCE}`,
    'gi',
  ),
  // "medical evidence ... for absences of more than 3 days", "Medical evidence is not provided for an illness absence of 6 days or more"
  new RegExp(String.raw`${EVIDENCE}[^.]{0,100}?\b(?:(?:after|over|beyond|exceeding|more\s+than)\s+${DAYS}|${DAYS}\s+or\s+more)`, 'gi'),
  // "absent for 6 days or more and medical evidence is provided"
  new RegExp(String.raw`\b${DAYS}\s+or\s+more\b[^.]{0,40}?${EVIDENCE}`, 'gi'),
  // "medical evidence when attendance falls below 90%"
  new RegExp(String.raw`${EVIDENCE}[^.]{0,80}?\b(?:below|under|less\s+than)\s+\d{2}(?:\.\d)?\s?%`, 'gi'),
  new RegExp(String.raw`\b(?:below|under|less\s+than)\s+\d{2}(?:\.\d)?\s?%[^.]{0,80}?${EVIDENCE}`, 'gi'),
];
/** Sentences that follow the guidance: evidence only where there is doubt, not routinely, not for appointments. */
const COMPLIANT =
  /\b(not\s+(?:be\s+)?(?:routinely|normally|usually|generally|always)|no\s+need|genuine|reasonable\s+doubt|does\s+not\s+expect|do\s+not\s+(?:need|expect|require)|only\s+(?:where|when|if|in))\b/i;
const APPOINTMENT_ONLY = (s: string) => /appointment/i.test(s) && !/\b(ill\w*|sick\w*)\b/i.test(s);

/** The 2024 guidance applies from this date. */
const EFFECTIVE_FROM = '2024-08-19';
/** The values of `illness.medical_evidence` that are routine demands. */
const ASKS = new Set(['after_days', 'below_attendance', 'always']);
const NOT_ROUTINE =
  " Medical evidence should not be asked for routinely: a parent's notification is normally enough, and evidence is for cases of genuine and reasonable doubt or of repeated illness absence.";
const DATA_HINT =
  'Change this to not_routine and say what evidence the school accepts when it does have a genuine doubt (for example a prescription or appointment card).';

export const rule = defineRule({
  meta: {
    id: 'health-medical-evidence-not-routine',
    level: 'should',
    severity: 'warning',
    where: 'both',
    settings: ['/illness/medical_evidence', '/illness/evidence_after_days', '/illness/evidence_below_attendance_pct'],
    title: 'Medical evidence is not asked for routinely',
    explanation:
      'In most cases a parent\'s word that their child is too ill for school should be accepted. Schools should ask for medical evidence only when there is genuine and reasonable doubt about an illness, or where illness absence is repeated, and should then accept what is available (a prescription, an appointment card, or a conversation) rather than insisting on a doctor\'s note. A blanket rule such as "evidence for every absence" or "evidence after 5 days" is a routine demand, adds pressure on GPs and can unfairly turn genuine illness into unauthorised absence.',
    citations: [
      {
        source: 'Working together to improve school attendance (2024 edition)',
        paragraph: 'code I (illness), paras 365–366 of the 2024 edition (as quoted by IPSEA and Essex County Council)',
      },
    ],
    effectiveFrom: EFFECTIVE_FROM,
    confidence: 'high',
    fixable: false,
    governorQuestion:
      "Do we accept parents' word about illness unless there is genuine doubt, rather than asking for medical evidence after a set number of days?",
    messages: {
      afterDays: `The policy asks for medical evidence after {{days}} days of illness.${NOT_ROUTINE}`,
      afterSetDays: `The policy asks for medical evidence after a set number of days of illness.${NOT_ROUTINE}`,
      belowAttendance: `The policy asks for medical evidence when attendance falls below {{pct}}%.${NOT_ROUTINE}`,
      belowSetLevel: `The policy asks for medical evidence when attendance falls below a set level.${NOT_ROUTINE}`,
      always: `The policy asks for medical evidence for every illness absence.${NOT_ROUTINE}`,
      proseRoutine:
        "This asks for medical evidence as a routine rule. A parent's notification of illness is normally enough; evidence should be asked for only where there is genuine and reasonable doubt.",
    },
    hints: {
      afterDays: DATA_HINT,
      afterSetDays: DATA_HINT,
      belowAttendance: DATA_HINT,
      belowSetLevel: DATA_HINT,
      always: DATA_HINT,
      proseRoutine:
        'Remove the fixed rule and say the school will ask for evidence only if it has a genuine doubt, accepting a prescription, appointment card or conversation.',
    },
  },
  check(ctx) {
    if (ctx.asOf < EFFECTIVE_FROM) return;
    const pointer = '/illness/medical_evidence';
    const policy = ctx.get(pointer);
    if (typeof policy === 'string' && ASKS.has(policy)) {
      const days = ctx.get('/illness/evidence_after_days');
      const pct = ctx.get('/illness/evidence_below_attendance_pct');
      ctx.report({
        pointer,
        ...(policy === 'after_days'
          ? typeof days === 'number'
            ? { messageId: 'afterDays', data: { days } }
            : { messageId: 'afterSetDays' }
          : policy === 'below_attendance'
            ? typeof pct === 'number'
              ? { messageId: 'belowAttendance', data: { pct } }
              : { messageId: 'belowSetLevel' }
            : { messageId: 'always' }),
      });
    }
    const reported = new Set<string>();
    for (const { block, match, sentence } of proseMatches(ctx, PROSE, (h) => COMPLIANT.test(h.sentence) || APPOINTMENT_ONLY(h.sentence))) {
      const key = `${block.section}:${block.text.indexOf(sentence)}:${sentence}`;
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'proseRoutine' });
    }
  },
});
