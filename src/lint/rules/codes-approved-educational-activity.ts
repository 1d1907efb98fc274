import type { Rule } from '../rule.js';
import { codeTable } from '../../law/index.js';
import { codesInUse } from '../policy-facts.js';
import { NEGATION } from '../../text/vocabulary.js';
import { proseHits, reportHit } from '../prose-match.js';

const REMOTE = /\b(online|remote|virtual)\b/i;
const PROSE_REMOTE = [
  /\b(?<code>B)\b[^.]{0,80}(online|remote|virtual|home)\s+(learning|tuition|provision|education)/gi,
  /(online|remote)\s+(learning|education)[^.]{0,60}(marked|recorded|coded)\s+(as\s+)?(code\s+)?(?<code>B)\b/gi,
];
const PROSE_LA = [/(alternative\s+provision|local\s+authority)[^.]{0,60}(marked|recorded|coded)\s+(as\s+)?(code\s+)?(?<code>B)\b/gi];

export const rule: Rule = {
  meta: {
    id: 'codes-approved-educational-activity',
    level: 'must',
    severity: 'error',
    where: 'both',
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
  },
  check(ctx) {
    const table = codeTable();
    if (ctx.asOf < table.effective_from) return;
    // B's old meanings are reported by codes-removed-or-changed; here the other off-site codes.
    for (const c of codesInUse(ctx)) {
      if (/^[KVPW]$/.test(c.code) && REMOTE.test(c.meaning) && !NEGATION.test(c.meaning)) {
        ctx.report({
          pointer: `${c.pointer}/meaning`,
          message: `The policy says ${c.code} covers “${c.meaning}”. Remote or online learning is not an approved educational activity: it is recorded as an absence.`,
          hint: `Describe ${c.code} with its national meaning: ${table.codes[c.code]!.meaning}.`,
        });
      }
      if (
        c.code === 'D' &&
        /alternative\s+provision|off[- ]site|\bunit\b/i.test(c.meaning) &&
        !/dual|another\s+school|other\s+school/i.test(c.meaning)
      ) {
        ctx.report({
          pointer: `${c.pointer}/meaning`,
          message: `The policy says D covers “${c.meaning}”. D is only for a pupil dual registered and attending the other school; provision arranged by the local authority is K, and other approved off-site education is B.`,
          hint: 'Use D only for dual-registered pupils.',
        });
      }
    }
    for (const hit of proseHits(ctx, PROSE_REMOTE, (h) => NEGATION.test(h.match[0]))) {
      reportHit(
        ctx,
        hit,
        'Remote or online learning is not an approved educational activity and must not be coded B: the pupil is recorded as absent.',
        'Record remote learning with the right absence code (for example I for illness).',
      );
    }
    for (const hit of proseHits(ctx, PROSE_LA, (h) => NEGATION.test(h.match[0]))) {
      reportHit(
        ctx,
        hit,
        'Education arranged by the local authority is recorded as K, not B.',
        'Use K for local-authority arranged provision.',
      );
    }
  },
  examples: {
    pass: [
      {
        title: 'Codes with their national meanings',
        yaml: 'codes_in_use:\n  - code: K\n    meaning: Attending education arranged by the local authority\n  - code: B\n    meaning: Other approved educational activity, supervised\n',
      },
      {
        title: 'Says remote learning is not coded B',
        yaml: 'sections:\n  - id: remote\n    title: Remote education\n    body: |\n      Code B is not used for remote learning: pupils learning at home are marked absent.\n',
      },
    ],
    fail: [
      {
        title: 'Online learning coded B',
        yaml: 'sections:\n  - id: remote\n    title: Remote education\n    body: |\n      Pupils following online learning at home are recorded as B.\n',
      },
      {
        title: 'D used for alternative provision',
        yaml: 'codes_in_use:\n  - code: D\n    meaning: Attending off-site alternative provision\n',
      },
      {
        title: 'Local authority provision coded B',
        yaml: 'sections:\n  - id: ap\n    title: Alternative provision\n    body: |\n      Pupils placed in local authority alternative provision are coded B.\n',
      },
    ],
  },
};
