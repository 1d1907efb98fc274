import type { Rule } from '../rule.js';
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

const ASKS = {
  after_days: 'after a set number of days of illness',
  below_attendance: 'when attendance falls below a set level',
  always: 'for every illness absence',
} as Record<string, string>;

export const rule: Rule = {
  meta: {
    id: 'health-medical-evidence-not-routine',
    level: 'should',
    severity: 'warning',
    where: 'both',
    title: 'Medical evidence is not asked for routinely',
    explanation:
      'In most cases a parent\'s word that their child is too ill for school should be accepted. Schools should ask for medical evidence only when there is genuine and reasonable doubt about an illness, or where illness absence is repeated, and should then accept what is available (a prescription, an appointment card, or a conversation) rather than insisting on a doctor\'s note. A blanket rule such as "evidence for every absence" or "evidence after 5 days" is a routine demand, adds pressure on GPs and can unfairly turn genuine illness into unauthorised absence.',
    citations: [
      {
        source: 'Working together to improve school attendance (2024 edition)',
        paragraph: 'code I (illness), paras 365–366 of the 2024 edition (as quoted by IPSEA and Essex County Council)',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion:
      "Do we accept parents' word about illness unless there is genuine doubt, rather than asking for medical evidence after a set number of days?",
  },
  check(ctx) {
    if (ctx.asOf < rule.meta.effectiveFrom) return;
    const pointer = '/illness/medical_evidence';
    const policy = ctx.get(pointer);
    if (typeof policy === 'string' && ASKS[policy]) {
      const days = ctx.get('/illness/evidence_after_days');
      const pct = ctx.get('/illness/evidence_below_attendance_pct');
      const detail =
        policy === 'after_days' && typeof days === 'number'
          ? `after ${days} days of illness`
          : policy === 'below_attendance' && typeof pct === 'number'
            ? `when attendance falls below ${pct}%`
            : ASKS[policy];
      ctx.report({
        pointer,
        message: `The policy asks for medical evidence ${detail}. Medical evidence should not be asked for routinely: a parent's notification is normally enough, and evidence is for cases of genuine and reasonable doubt or of repeated illness absence.`,
        hint: 'Change this to not_routine and say what evidence the school accepts when it does have a genuine doubt (for example a prescription or appointment card).',
      });
    }
    const reported = new Set<string>();
    for (const { block, match, sentence } of proseMatches(ctx, PROSE, (h) => COMPLIANT.test(h.sentence) || APPOINTMENT_ONLY(h.sentence))) {
      const key = `${block.section}:${block.text.indexOf(sentence)}:${sentence}`;
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.reportProse(
        block,
        match.index!,
        match[0].length,
        "This asks for medical evidence as a routine rule. A parent's notification of illness is normally enough; evidence should be asked for only where there is genuine and reasonable doubt.",
        {
          hint: 'Remove the fixed rule and say the school will ask for evidence only if it has a genuine doubt, accepting a prescription, appointment card or conversation.',
        },
      );
    }
  },
  examples: {
    pass: [
      { title: 'Not routine', yaml: 'illness:\n  medical_evidence: not_routine\n' },
      {
        title: 'Before the 2024 guidance applied',
        asOf: '2024-06-01',
        yaml: 'illness:\n  medical_evidence: after_days\n  evidence_after_days: 5\n',
      },
      {
        title: 'Says evidence is not asked for routinely',
        yaml: "sections:\n  - id: illness\n    title: Illness\n    body: |\n      A doctor's note is not routinely required; we accept your word that your child is ill.\n",
      },
      {
        title: 'Evidence only where there is genuine doubt',
        yaml: 'sections:\n  - id: illness\n    title: Illness\n    body: |\n      Only where the school has genuine and reasonable doubt about an illness will medical evidence be required.\n',
      },
      {
        title: 'Evidence for a medical appointment (not illness)',
        yaml: 'sections:\n  - id: appointments\n    title: Appointments\n    body: |\n      An appointment card or letter must be provided for medical appointments in the school day.\n',
      },
    ],
    fail: [
      { title: 'Evidence after 5 days in the data', yaml: 'illness:\n  medical_evidence: after_days\n  evidence_after_days: 5\n' },
      {
        title: "A doctor's note required for every absence",
        yaml: "sections:\n  - id: illness\n    title: Illness\n    body: |\n      A doctor's note is required for every absence due to illness.\n",
      },
      {
        title: 'Evidence after 5 days of illness',
        yaml: 'sections:\n  - id: illness\n    title: Illness\n    body: |\n      - A child is too ill to attend school and, after a period of 5 days, medical evidence has been provided.\n',
      },
    ],
  },
};
