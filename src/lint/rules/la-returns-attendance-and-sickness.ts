import { defineRule } from '../define-rule.js';
import { COUNT, countValue } from '../../text/numbers.js';
import { proseMatches } from '../prose-match.js';
import { lawText } from '../../law/law-text.js';

/** How many months each return frequency in the schema spans. */
const FREQUENCY_MONTHS: Record<string, number> = { weekly: 0.25, fortnightly: 0.5, monthly: 1, termly: 4 };

const LOCAL_AUTHORITY = /\b(local\s+authorit\w+|LA|council)\b/i;
const SICKNESS = /\b(ill|illness|sick\w*|health|medical)\b/i;
/** A count of days in a sentence about telling the LA of illness. */
const SICK_DAYS = new RegExp(
  String.raw`\b(?:more\s+than\s+|over\s+|at\s+least\s+|after\s+)?${COUNT}\s+(?:consecutive\s+|cumulative\s+)?(?:school\s+|working\s+)?days\b`,
  'gi',
);
const ATTENDANCE_RETURN_RARELY =
  /\battendance\s+returns?\b[^.]{0,60}?\b(termly|half[- ]termly|each\s+(?:half[- ])?term|every\s+(?:half[- ])?term|once\s+a\s+(?:half[- ])?term|annually|once\s+a\s+year|each\s+year)\b/gi;

export const rule = defineRule({
  meta: {
    id: 'la-returns-attendance-and-sickness',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/la_returns/attendance_return_frequency', '/la_returns/sickness_return_days'],
    title: lawText('Attendance return at least monthly; sickness return at {la_returns.sickness_return_days}'),
    explanation:
      'The school must tell the local authority, at least once a month (at intervals agreed with it), about pupils who are not attending regularly or who have missed 10 school days in a row without authorisation. It must also tell the authority about any pupil it expects to miss 15 school days or more through illness, in a row or in total, so the authority can arrange education for them.',
    citations: [
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 13 (attendance and sickness returns)',
        url: 'https://www.legislation.gov.uk/uksi/2024/208/regulation/13',
      },
      {
        source: 'Working together to improve school attendance (2024)',
        paragraph: 'returns to the local authority (as restated by Derbyshire, Hertfordshire and Norfolk)',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'medium',
    confidenceNote:
      'The sub-paragraphs of regulation 13 for these returns were not read; the frequency and the 15-day trigger come from local authority restatements of Working together.',
    fixable: true,
    suggestions: true,
    governorQuestion:
      'Do we send the local authority an attendance return at least monthly, and tell it about pupils likely to miss 15 school days through illness?',
    messages: {
      dataAttendanceReturnRare: 'The attendance return is sent {{frequency}}; it must go to the local authority at least once a month.',
      dataSicknessReturnLate:
        'The local authority is told about illness after {{found}} days; it must be told about pupils expected to miss {{required}} school days through illness, in a row or in total.',
      proseSicknessReturnLate:
        'The local authority must be told about a pupil expected to miss {{required}} school days through illness, not only after {{days}} days.',
      proseAttendanceReturnRare: 'The attendance return must be sent to the local authority at least once a month.',
    },
    hints: {
      dataAttendanceReturnRare: 'Change it to monthly (or more often, if agreed with the local authority).',
      dataSicknessReturnLate: 'Change it to {{required}} ({{reference}}).',
      proseSicknessReturnLate: 'Change it to {{required}} school days, consecutive or in total.',
      proseAttendanceReturnRare: 'Say the return is made at least monthly, at the intervals agreed with the local authority.',
    },
  },
  check(ctx) {
    const maxMonths = ctx.law('la_returns.attendance_return_max_interval_months');
    const sickDays = ctx.law('la_returns.sickness_return_days');
    if (!maxMonths || !sickDays) return;

    const freqPointer = '/la_returns/attendance_return_frequency';
    const freq = ctx.get(freqPointer);
    if (typeof freq === 'string' && (FREQUENCY_MONTHS[freq] ?? 0) > maxMonths.value) {
      ctx.report({
        pointer: freqPointer,
        messageId: 'dataAttendanceReturnRare',
        data: { frequency: freq },
        // Monthly is the least; more often may have been agreed with the local authority.
        suggest: { pointer: freqPointer, value: 'monthly' },
      });
    }
    const sickPointer = '/la_returns/sickness_return_days';
    const found = ctx.get(sickPointer);
    if (typeof found === 'number' && found > sickDays.value) {
      ctx.report({
        pointer: sickPointer,
        messageId: 'dataSicknessReturnLate',
        data: { found, required: sickDays.value, reference: sickDays.reference },
        fix: { pointer: sickPointer, value: sickDays.value },
      });
    }

    // Sentences about telling the LA of illness: flag when every day count given is later than the trigger.
    const seen = new Set<string>();
    for (const { block, sentence, match } of proseMatches(
      ctx,
      [SICK_DAYS],
      (h) => !LOCAL_AUTHORITY.test(h.sentence) || !SICKNESS.test(h.sentence) || /evidence/i.test(h.sentence),
    )) {
      const key = `${block.section}:${sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const counts = [...sentence.matchAll(SICK_DAYS)].map((m) => countValue(m[1]!));
      if (counts.some((n) => n <= sickDays.value)) continue;
      ctx.reportProse(block, match.index!, match[0].length, {
        messageId: 'proseSicknessReturnLate',
        data: { required: sickDays.value, days: counts[0]! },
      });
    }
    for (const { block, match } of proseMatches(ctx, [ATTENDANCE_RETURN_RARELY])) {
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'proseAttendanceReturnRare' });
    }
  },
});
