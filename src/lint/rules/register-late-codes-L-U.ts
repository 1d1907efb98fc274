import { defineRule } from '../define-rule.js';
import { codeTable } from '../../law/index.js';
import { codesInUse } from '../policy-facts.js';
import { NEGATION } from '../../text/vocabulary.js';
import { proseHits } from '../prose-match.js';

const U_AS_PRESENT = /\b(?<code>U)\b[^.]{0,60}(counts?|recorded|marked)\s+as\s+(present|attendance)/gi;
const L_AS_ABSENCE = /\b(?<code>L)\b[^.]{0,40}(unauthori[sz]ed|absence)/gi;
/** Text between L and "absence" that is about arriving after the register closed (that is U, not L). */
const ABOUT_U = /\bU\b|after\s+(the\s+)?regist\w*\s+(has\s+)?clos|;/;

function isPresentCode(code: string): boolean {
  const category = codeTable().codes[code]?.category;
  return category === 'present' || category === 'approved_activity';
}

export const rule = defineRule({
  meta: {
    id: 'register-late-codes-L-U',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/lateness/before_close_code', '/lateness/after_close_code', '/codes_in_use/*/code', '/codes_in_use/*/meaning'],
    title: 'L is late before the register closes (present); U is after it closes (unauthorised absence)',
    explanation:
      'A pupil who arrives after the register has started but before it closes is marked L: late, but present for the session. A pupil who arrives after the register has closed is marked U, which counts as an unauthorised absence for that session and can count towards a penalty notice. A policy must not treat U as present or L as an absence.',
    citations: [
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 10(2), Table 1 (code L)',
        url: 'https://www.legislation.gov.uk/uksi/2024/208/regulation/10',
      },
      { source: 'Working together to improve school attendance (2024)', paragraph: 'attendance codes, code U' },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: true,
    governorQuestion:
      'Does our policy tell parents that arriving after the register closes is an unauthorised absence (U), while arriving before it closes is late but present (L)?',
    messages: {
      dataBeforeCloseNotL:
        'Pupils who arrive before the register closes are recorded as “{{code}}”; the national code is L (late, counted as present).',
      dataAfterClosePresent:
        'Pupils who arrive after the register closes are recorded as “{{code}}”, a present code; they must be recorded as U, an unauthorised absence for the session.',
      meaningUPresent:
        'The policy says U means “{{meaning}}”. U means the pupil arrived after the register closed and counts as an unauthorised absence.',
      meaningLAbsence: 'The policy says L means “{{meaning}}”. L means the pupil arrived before the register closed and counts as present.',
      proseUPresent: 'A pupil marked U arrived after the register closed: that is an unauthorised absence for the session, not attendance.',
      proseLAbsence: 'A pupil marked L arrived before the register closed and counts as present, not absent.',
    },
    hints: {
      dataBeforeCloseNotL: 'Use code L for arrivals before the register closes.',
      dataAfterClosePresent: 'Use code U for arrivals after the register closes.',
      meaningUPresent: 'Say that U is an unauthorised absence for the session.',
      meaningLAbsence: 'Say that L is late but present.',
      proseUPresent: 'Say that U counts as an unauthorised absence.',
      proseLAbsence: 'Say that L is late but present; only arrivals after the register closes are absences (U).',
    },
  },
  check(ctx) {
    const before = ctx.get('/lateness/before_close_code');
    if (typeof before === 'string' && before.trim() !== 'L') {
      ctx.report({
        pointer: '/lateness/before_close_code',
        messageId: 'dataBeforeCloseNotL',
        data: { code: before },
        fix: { pointer: '/lateness/before_close_code', value: 'L' },
      });
    }
    const after = ctx.get('/lateness/after_close_code');
    if (typeof after === 'string' && isPresentCode(after.trim())) {
      ctx.report({
        pointer: '/lateness/after_close_code',
        messageId: 'dataAfterClosePresent',
        data: { code: after },
        fix: { pointer: '/lateness/after_close_code', value: 'U' },
      });
    }
    for (const c of codesInUse(ctx)) {
      const m = c.meaning;
      if (c.code === 'U' && /\b(present|late\s+mark|counts?\s+as\s+attendance)\b/i.test(m) && !/unauthori[sz]ed|absen/i.test(m)) {
        ctx.report({
          pointer: `${c.pointer}/meaning`,
          messageId: 'meaningUPresent',
          data: { meaning: m },
        });
      }
      if (c.code === 'L' && /unauthori[sz]ed|\babsen/i.test(m) && !/\bpresent\b/i.test(m) && !NEGATION.test(m)) {
        ctx.report({
          pointer: `${c.pointer}/meaning`,
          messageId: 'meaningLAbsence',
          data: { meaning: m },
        });
      }
    }
    for (const hit of proseHits(ctx, [U_AS_PRESENT], (h) => NEGATION.test(h.match[0]))) {
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, { messageId: 'proseUPresent' });
    }
    for (const hit of proseHits(
      ctx,
      [L_AS_ABSENCE],
      (h) => NEGATION.test(h.match[0]) || ABOUT_U.test(h.match[0].slice(1)) || /\bpresent\b/i.test(h.sentence),
    )) {
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, { messageId: 'proseLAbsence' });
    }
  },
});
