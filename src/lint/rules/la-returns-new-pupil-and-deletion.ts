import { defineRule } from '../define-rule.js';
import { COUNT, countValue, ordinal } from '../../text/numbers.js';
import { proseMatches } from '../prose-match.js';
import { lawText } from '../../law/law-text.js';

/** The LA told only after the deletion ("notify the local authority within 10 days of removal"). */
const AFTER_DELETION =
  /\b(?:inform|notify|tell|advise)\w*\s+the\s+(?:local\s+authority|LA)\b[^.]{0,60}?\b(?:after|following|within\s+(?:\d{1,2}|ten|five|seven|fourteen|twenty)\s+(?:school\s+|working\s+)?days\s+of)\s+(?:the\s+|their\s+|a\s+)?(?:pupil'?s?\s+)?(?:remov|delet|tak\w+\s+off)/gi;
/** A new-pupil return given a number of days. */
const NEW_PUPIL_DAYS = new RegExp(String.raw`\bnew[\s-]+pupil\s+returns?\b[^.]{0,80}?\b${COUNT}\s+(?:school\s+|working\s+)?days`, 'gi');

export const rule = defineRule({
  meta: {
    id: 'la-returns-new-pupil-and-deletion',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/la_returns/new_pupil_days'],
    title: lawText('New-pupil return within {la_returns.new_pupil_days}; deletion return when the ground is met'),
    explanation:
      'When a pupil joins, the school must send the local authority the admission register details by the end of the fifth day (except for the youngest year group starting in September, unless the authority asks). When a pupil is taken off roll, the school must tell the authority, with the reason, as soon as the ground for deletion is met and no later than the deletion itself, so that children do not go missing from education.',
    citations: [
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 13 (returns to the local authority)',
        url: 'https://www.legislation.gov.uk/uksi/2024/208/regulation/13',
      },
      {
        source: 'Working together to improve school attendance (2024 edition)',
        paragraph: 'paras 211 and 219 (as restated by Norfolk County Council)',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'medium',
    confidenceNote:
      'The deletion-return timing words and some sub-paragraphs of regulation 13 could not be read; the timing comes from local authority restatements of Working together.',
    fixable: true,
    governorQuestion:
      'Do we tell the local authority about every new pupil within 5 days and about every pupil leaving our roll before, not after, the name is deleted?',
    messages: {
      dataNewPupilReturnLate:
        'The new-pupil return is sent within {{found}} days; the law requires it by the end of the {{day}} day after the pupil is added to the admission register.',
      proseNewPupilReturnLate: 'The new-pupil return is due by the end of the {{day}} day after admission, not within {{days}} days.',
      proseDeletionReturnAfter:
        'The local authority must be told when the ground for deletion is met and no later than the deletion itself, not afterwards.',
    },
    hints: {
      dataNewPupilReturnLate: 'Change it to {{required}} ({{reference}}).',
      proseNewPupilReturnLate: 'Change it to {{required}} days.',
      proseDeletionReturnAfter: 'Say that the school makes the deletion return as soon as the ground is met, before the name is removed.',
    },
  },
  check(ctx) {
    const law = ctx.law('la_returns.new_pupil_days');
    if (!law) return;
    const pointer = '/la_returns/new_pupil_days';
    const found = ctx.get(pointer);
    if (typeof found === 'number' && found > law.value) {
      ctx.report({
        pointer,
        messageId: 'dataNewPupilReturnLate',
        data: { found, day: ordinal(law.value), required: law.value, reference: law.reference },
        fix: { pointer, value: law.value },
      });
    }
    for (const { block, match } of proseMatches(ctx, [NEW_PUPIL_DAYS])) {
      const days = countValue(match[1]!);
      if (days <= law.value) continue;
      ctx.reportProse(block, match.index!, match[0].length, {
        messageId: 'proseNewPupilReturnLate',
        data: { day: ordinal(law.value), days, required: law.value },
      });
    }
    for (const { block, match } of proseMatches(ctx, [AFTER_DELETION], (h) =>
      /\b(before|prior\s+to|no\s+later\s+than|as\s+soon\s+as)\b/i.test(h.sentence),
    )) {
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'proseDeletionReturnAfter' });
    }
  },
});
