import { defineRule } from '../define-rule.js';
import { codeTable } from '../../law/index.js';
import { codesInUse } from '../policy-facts.js';
import { NEGATION } from '../../text/vocabulary.js';
import { proseHits } from '../prose-match.js';

const REMOTE = /\b(online|remote|virtual)\b/i;
const PROSE_REMOTE = [
  /\b(?<code>B)\b[^.]{0,80}(online|remote|virtual|home)\s+(learning|tuition|provision|education)/gi,
  /(online|remote)\s+(learning|education)[^.]{0,60}(marked|recorded|coded)\s+(as\s+)?(code\s+)?(?<code>B)\b/gi,
];
const PROSE_LA = [/(alternative\s+provision|local\s+authority)[^.]{0,60}(marked|recorded|coded)\s+(as\s+)?(code\s+)?(?<code>B)\b/gi];

export const rule = defineRule({
  meta: {
    id: 'codes-approved-educational-activity',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/codes_in_use/*/code', '/codes_in_use/*/meaning'],
    title: 'B, V, P, W and K only as defined; remote learning is not B',
    explanation:
      'Some codes count a pupil as attending even though they are not in school. K is for education arranged by the local authority; V is for a school trip supervised by staff; P, W and B are for sport, work experience and other educational activities the school has approved and someone it authorises supervises. Since 2024 remote or online learning, including accredited online schools, is never one of these: it is an absence. Dual registration (D) is only for a pupil registered at another school.',
    citations: [
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 10(3), Table 2 and reg 10(11)',
        url: 'https://www.legislation.gov.uk/uksi/2024/208/regulation/10',
      },
      {
        source: 'Working together to improve school attendance (2024)',
        paragraph: 'attendance codes: attending a place other than the school',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion:
      'Do we use the off-site attendance codes (B, K, V, P, W, D) only as defined, and never for remote or online learning?',
    messages: {
      dataRemote:
        'The policy says {{code}} covers “{{meaning}}”. Remote or online learning is not an approved educational activity: it is recorded as an absence.',
      dataDualRegistration:
        'The policy says D covers “{{meaning}}”. D is only for a pupil dual registered and attending the other school; provision arranged by the local authority is K, and other approved off-site education is B.',
      proseRemoteB:
        'Remote or online learning is not an approved educational activity and must not be coded B: the pupil is recorded as absent.',
      proseLocalAuthorityB: 'Education arranged by the local authority is recorded as K, not B.',
    },
    hints: {
      dataRemote: 'Describe {{code}} with its national meaning: {{national}}.',
      dataDualRegistration: 'Use D only for dual-registered pupils.',
      proseRemoteB: 'Record remote learning with the right absence code (for example I for illness).',
      proseLocalAuthorityB: 'Use K for local-authority arranged provision.',
    },
  },
  check(ctx) {
    const table = codeTable();
    if (ctx.asOf < table.effective_from) return;
    // B's old meanings are reported by codes-removed-or-changed; here the other off-site codes.
    for (const c of codesInUse(ctx)) {
      if (/^[KVPW]$/.test(c.code) && REMOTE.test(c.meaning) && !NEGATION.test(c.meaning)) {
        ctx.report({
          pointer: `${c.pointer}/meaning`,
          messageId: 'dataRemote',
          data: { code: c.code, meaning: c.meaning, national: table.codes[c.code]!.meaning },
        });
      }
      if (
        c.code === 'D' &&
        /alternative\s+provision|off[- ]site|\bunit\b/i.test(c.meaning) &&
        !/dual|another\s+school|other\s+school/i.test(c.meaning)
      ) {
        ctx.report({
          pointer: `${c.pointer}/meaning`,
          messageId: 'dataDualRegistration',
          data: { meaning: c.meaning },
        });
      }
    }
    for (const hit of proseHits(ctx, PROSE_REMOTE, (h) => NEGATION.test(h.match[0]))) {
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, { messageId: 'proseRemoteB' });
    }
    for (const hit of proseHits(ctx, PROSE_LA, (h) => NEGATION.test(h.match[0]))) {
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, { messageId: 'proseLocalAuthorityB' });
    }
  },
});
