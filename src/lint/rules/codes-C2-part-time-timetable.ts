import { defineRule } from '../define-rule.js';
import { codeTable } from '../../law/index.js';
import { NEGATION } from '../../text/vocabulary.js';
import { proseHits } from '../prose-match.js';

const PROSE = [/(part[- ]time|reduced)\s+timetables?[^.]{0,120}\b(code\s*)?(?<code>C|X|B)\b(?!\d)/gi];
/** The text must be about how the sessions are coded. */
const ABOUT_CODING = /\b(cod|record|mark|regist)\w*/i;

export const rule = defineRule({
  meta: {
    id: 'codes-C2-part-time-timetable',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/part_time_timetables/register_code'],
    title: 'Sessions missed on a part-time timetable are coded C2',
    explanation:
      'When a pupil of compulsory school age is on an agreed, temporary part-time timetable, the sessions they are not expected in school are a leave of absence recorded with code C2 (authorised). Before 2024 schools used C, or sometimes X or B; those codes are now wrong for this. Any absence from the sessions the pupil should attend gets its own code, such as I for illness.',
    citations: [
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 10 (code C2) and reg 11(6)',
        url: 'https://www.legislation.gov.uk/uksi/2024/208/regulation/11',
      },
      { source: 'Working together to improve school attendance (2024 edition)', paragraph: 'part-time timetables (paras 65–66)' },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: true,
    governorQuestion: 'Does our policy record the sessions missed under a part-time timetable as C2?',
    messages: {
      dataNotC2:
        'Sessions missed under a part-time timetable are recorded as {{code}}; since {{since|date}} they are a leave of absence recorded as C2.',
      proseNotC2: 'Sessions missed under a part-time timetable are recorded as C2, not {{code}}.',
    },
    hints: {
      dataNotC2: 'Record them as C2.',
      proseNotC2: 'Say that these sessions are recorded as C2.',
    },
  },
  check(ctx) {
    const table = codeTable();
    if (ctx.asOf < table.effective_from) return;
    const code = ctx.get('/part_time_timetables/register_code');
    if (typeof code === 'string' && code.trim() !== 'C2') {
      ctx.report({
        pointer: '/part_time_timetables/register_code',
        messageId: 'dataNotC2',
        data: { code, since: table.effective_from },
        fix: { pointer: '/part_time_timetables/register_code', value: 'C2' },
      });
    }
    const skip = (h: { match: RegExpMatchArray; sentence: string }) =>
      /\bC2\b/.test(h.sentence) || NEGATION.test(h.match[0]) || !ABOUT_CODING.test(h.match[0]);
    for (const hit of proseHits(ctx, PROSE, skip)) {
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, {
        messageId: 'proseNotC2',
        data: { code: hit.match.groups!.code! },
      });
    }
  },
});
