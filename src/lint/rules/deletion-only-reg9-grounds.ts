import { defineRule } from '../define-rule.js';
import { COUNT, countValue } from '../../text/numbers.js';
import { proseMatches } from '../prose-match.js';

const DAYS = String.raw`\b${COUNT}\s+(?:consecutive\s+|continuous\s+)?(?:school\s+|working\s+)?days`;
const REMOVAL = String.raw`\b(?:remov|delet|tak(?:en|e|ing)\s+off)\w*`;
/** Removal from roll after a number of days of absence. */
const REMOVAL_AFTER_DAYS = new RegExp(String.raw`${REMOVAL}[^.]{0,40}\b(?:roll|register)\b[^.]{0,80}?${DAYS}`, 'gi');
/** The same, with the days first ("after 10 days' absence ... removed from roll"). */
const DAYS_THEN_REMOVAL = new RegExp(String.raw`${DAYS}[^.]{0,80}?${REMOVAL}[^.]{0,30}\b(?:roll|register)\b`, 'gi');
/** "will not be removed" */
const NOT_REMOVED = /\b(not|never)\s+(be\s+)?(remov|delet|taken\s+off)/i;
/** Deletion grounds cited by their 2006 number. */
const OLD_REG_8 = /regulation\s+8\s*\(\s*1\s*\)/gi;
/** Not returning within some school days after leave is a ground of its own (reg 9(1)(h)). */
const AFTER_LEAVE = /\b(leave|return\w*|holiday|authoris\w+|agreed|extended)\b/i;

export const rule = defineRule({
  meta: {
    id: 'deletion-only-reg9-grounds',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/deletions/continuous_absence_school_days'],
    title: 'A pupil is taken off roll only on a regulation 9 ground',
    explanation:
      'A pupil of compulsory school age may be taken off the admission register only for one of the reasons listed in regulation 9 of the 2024 Pupil Registration Regulations: for example, 20 school days of continuous unauthorised absence after the school and local authority have both made reasonable enquiries, or not returning within 10 school days after agreed leave. Removing a pupil for any other reason, or sooner, is unlawful off-rolling.',
    citations: [
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 9(1)(a)–(o)',
        url: 'https://www.legislation.gov.uk/uksi/2024/208/regulation/9',
      },
      { source: 'Working together to improve school attendance (2024)', paragraph: 'chapter 7, deletions from the admission register' },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: true,
    governorQuestion:
      'Does our policy only take pupils off roll on the grounds the law lists, and after 20 school days of continuous absence only once the local authority has made enquiries with us?',
    messages: {
      dataOtherDays:
        'The policy removes a pupil after {{found}} school days of continuous absence; since {{since|date}} that ground applies only after {{required}} school days of continuous unauthorised absence, and only after the school and local authority have made reasonable enquiries.',
      proseOtherDays:
        'A pupil can be taken off roll for continuous absence only after {{required}} school days of unauthorised absence, with enquiries by the school and the local authority, not after {{days}} days.',
      proseOldRegulation:
        'Deletion grounds were in regulation 8(1) of the revoked 2006 Regulations; they are now in regulation 9(1) of the 2024 Regulations, with different letters.',
    },
    hints: {
      dataOtherDays: 'Change it to {{required}} ({{reference}}).',
      proseOtherDays: 'Change the number of days to {{required}} school days and describe the joint enquiries.',
      proseOldRegulation: 'Cite regulation 9(1) of the School Attendance (Pupil Registration) (England) Regulations 2024.',
    },
  },
  check(ctx) {
    const law = ctx.law('deletions.continuous_absence_school_days');
    if (!law) return;
    const pointer = '/deletions/continuous_absence_school_days';
    const found = ctx.get(pointer);
    if (typeof found === 'number' && found !== law.value) {
      ctx.report({
        pointer,
        messageId: 'dataOtherDays',
        data: { found, required: law.value, since: law.since, reference: law.reference },
        fix: { pointer, value: law.value },
      });
    }
    const afterLeave = ctx.law('deletions.after_leave_school_days')?.value;
    const lawful = (n: number, sentence: string) => n === law.value || (n === afterLeave && AFTER_LEAVE.test(sentence));
    const reported = new Set<string>();
    for (const { block, match, sentence } of proseMatches(ctx, [REMOVAL_AFTER_DAYS, DAYS_THEN_REMOVAL], (h) =>
      NOT_REMOVED.test(h.sentence),
    )) {
      const days = countValue(match[1]!);
      if (lawful(days, sentence) || !/absen|attend|whereabouts|contact/i.test(sentence) || reported.has(sentence)) continue;
      reported.add(sentence);
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'proseOtherDays', data: { required: law.value, days } });
    }
    for (const { block, match } of proseMatches(
      ctx,
      [OLD_REG_8],
      (h) => /2024/.test(h.sentence) || !/\b(remov|delet|roll|off[- ]roll)/i.test(h.sentence),
    )) {
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'proseOldRegulation' });
    }
  },
});
