import { defineRule } from '../define-rule.js';
import { codeTable } from '../../law/index.js';
import { codesInUse } from '../policy-facts.js';

type Category = 'present' | 'approved_activity' | 'authorised' | 'unauthorised' | 'not_counted';

const SAYS_UNAUTHORISED = /\bunauthori[sz]ed\b/i;
/** "authorised", but not "unauthorised" or "not authorised". */
const SAYS_AUTHORISED = /(?<!\b(not|never)\s+)(?<!un)\bauthori[sz]ed\b/i;
const SAYS_PRESENT = /\b(counts?|counted|recorded|marked)\s+as\s+(present|attendance)\b/i;

/** How a meaning the school gives contradicts the code's national category, if it does (a message id). */
function contradiction(category: Category, meaning: string): string | undefined {
  const unauth = SAYS_UNAUTHORISED.test(meaning);
  const auth = SAYS_AUTHORISED.test(meaning);
  if (category === 'unauthorised' && auth && !unauth) return 'unauthorisedCalledAuthorised';
  if (category === 'authorised' && unauth && !auth) return 'authorisedCalledUnauthorised';
  if (
    (category === 'present' || category === 'approved_activity') &&
    (unauth || auth) &&
    /absen/i.test(meaning) &&
    !/\b(not|never|no)\b/i.test(meaning)
  )
    return 'attendanceCalledAbsence';
  if ((category === 'authorised' || category === 'unauthorised') && SAYS_PRESENT.test(meaning)) return 'absenceCalledAttendance';
  return undefined;
}

export const rule = defineRule({
  meta: {
    id: 'codes-2024-national-set',
    level: 'must',
    severity: 'error',
    where: 'data',
    settings: ['/codes_in_use/*/code', '/codes_in_use/*/meaning'],
    title: 'Only codes from the 2024 national set, with their national meaning',
    explanation:
      'Schools may only use the national attendance and absence codes set out in the 2024 Pupil Registration Regulations, and each code counts in a fixed way: as attendance, authorised absence, unauthorised absence, or not counted. A policy that lists a home-made code, or tells parents a code counts differently from the national rules, gives them wrong information about their child’s record.',
    citations: [
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 10, Tables 1–4',
        url: 'https://www.legislation.gov.uk/uksi/2024/208/regulation/10',
      },
      { source: 'Working together to improve school attendance (2024 edition)', paragraph: 'attendance codes (paras 283–407)' },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion: 'Does every attendance code in our policy come from the 2024 national set, with the meaning the DfE gives it?',
    messages: {
      notNational: '“{{code}}” is not one of the national attendance codes in force since {{since|date}}.',
      wrongCase: '“{{code}}” is not one of the national attendance codes in force since {{since|date}}.',
      unauthorisedCalledAuthorised:
        'The policy says {{code}} means “{{meaning}}”, but nationally {{code}} means “{{national}}” and counts as an unauthorised absence.',
      authorisedCalledUnauthorised:
        'The policy says {{code}} means “{{meaning}}”, but nationally {{code}} means “{{national}}” and counts as an authorised absence.',
      attendanceCalledAbsence:
        'The policy says {{code}} means “{{meaning}}”, but nationally {{code}} means “{{national}}” and counts as attendance, not absence.',
      absenceCalledAttendance:
        'The policy says {{code}} means “{{meaning}}”, but nationally {{code}} means “{{national}}” and counts as an absence, not attendance.',
    },
    hints: {
      notNational: 'Use a code from the 2024 national set, or remove it.',
      wrongCase: 'Write the code as “{{upper}}”.',
      unauthorisedCalledAuthorised: 'Describe {{code}} with its national meaning: {{nationalMeaning}}.',
      authorisedCalledUnauthorised: 'Describe {{code}} with its national meaning: {{nationalMeaning}}.',
      attendanceCalledAbsence: 'Describe {{code}} with its national meaning: {{nationalMeaning}}.',
      absenceCalledAttendance: 'Describe {{code}} with its national meaning: {{nationalMeaning}}.',
    },
  },
  check(ctx) {
    const table = codeTable();
    if (ctx.asOf < table.effective_from) return;
    for (const c of codesInUse(ctx)) {
      // Codes removed in 2024 (H, F, J, Y) are reported by codes-removed-or-changed.
      if (table.removed[c.code]) continue;
      const national = table.codes[c.code];
      if (!national) {
        const upper = table.codes[c.code.toUpperCase()] ? c.code.toUpperCase() : undefined;
        ctx.report({
          pointer: `${c.pointer}/code`,
          messageId: upper ? 'wrongCase' : 'notNational',
          data: { code: c.code, since: table.effective_from, ...(upper ? { upper } : {}) },
        });
        continue;
      }
      const wrong = c.meaning ? contradiction(national.category as Category, c.meaning) : undefined;
      if (wrong) {
        ctx.report({
          pointer: `${c.pointer}/meaning`,
          messageId: wrong,
          data: { code: c.code, meaning: c.meaning, national: national.meaning.toLowerCase(), nationalMeaning: national.meaning },
        });
      }
    }
  },
});
