import { defineRule } from '../define-rule.js';
import { codeTable } from '../../law/index.js';
import { NEGATION } from '../../text/vocabulary.js';
import { proseHits } from '../prose-match.js';

const PROSE = [
  /(remote|online)\s+(learning|lessons|education)[^.]{0,80}(present|attend(ance|ing))/gi,
  /(learning|taught|working|studying)\s+(remotely|online|from\s+home)[^.]{0,80}(present|attend(ance|ing))/gi,
];
/** Only a statement about how the register is marked counts, and one that says "absent" is right. */
const ABOUT_MARKING = /\b(mark|record|cod|count|regist)\w*/i;

export const rule = defineRule({
  meta: {
    id: 'codes-remote-education-is-absence',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/remote_education/recorded_as_absence', '/remote_education/register_code'],
    title: 'Remote education recorded as absence',
    explanation:
      'A pupil who is not in school and is learning remotely is absent, even if they are doing their work. The register must show an absence code that fits the reason (for example I for illness, or C2 for an agreed part-time timetable), never a present code or an approved-activity code such as B.',
    citations: [
      {
        source: 'DfE, Providing remote education (2024)',
        paragraph: '"Pupils absent from school and receiving remote education still need to be marked as absent in the register."',
      },
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 10',
        url: 'https://www.legislation.gov.uk/uksi/2024/208/regulation/10',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion: 'Does our policy make clear that pupils learning remotely are recorded as absent, with the right absence code?',
    messages: {
      dataAttendanceCode:
        'Pupils learning remotely are recorded as {{code}}, which counts as attendance. A pupil receiving remote education is absent and must get an absence code.',
      dataNotAbsence:
        'The policy says remote learning is not recorded as absence. A pupil who is not in school is absent, even while learning remotely.',
      proseMarkedPresent: 'Pupils receiving remote education are absent and must be marked with an absence code, not as present.',
    },
    hints: {
      dataAttendanceCode: 'Use the absence code that fits the reason (for example I for illness, or C2 for an agreed part-time timetable).',
      dataNotAbsence: 'Record remote learning with an absence code.',
      proseMarkedPresent: 'Say that remote learning is recorded as an absence.',
    },
  },
  check(ctx) {
    const table = codeTable();
    if (ctx.asOf < table.effective_from) return;
    const code = ctx.get('/remote_education/register_code');
    const category = typeof code === 'string' ? table.codes[code.trim()]?.category : undefined;
    if (category === 'present' || category === 'approved_activity') {
      ctx.report({
        pointer: '/remote_education/register_code',
        messageId: 'dataAttendanceCode',
        data: { code: String(code) },
      });
    }
    if (ctx.get('/remote_education/recorded_as_absence') === false) {
      ctx.report({
        pointer: '/remote_education/recorded_as_absence',
        messageId: 'dataNotAbsence',
      });
    }
    const skip = (h: { match: RegExpMatchArray; sentence: string }) =>
      NEGATION.test(h.match[0]) || !ABOUT_MARKING.test(h.match[0]) || /\babsen/i.test(h.sentence);
    for (const hit of proseHits(ctx, PROSE, skip)) {
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, { messageId: 'proseMarkedPresent' });
    }
  },
});
