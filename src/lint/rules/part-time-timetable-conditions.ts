import type { Finding } from '../context.js';
import type { Rule } from '../rule.js';
import { defineRule } from '../define-rule.js';
import { NEGATION } from '../../text/vocabulary.js';
import { proseMatches } from '../prose-match.js';

const TIMETABLE = String.raw`\b(?:part[- ]time|reduced)\s+timetables?\b`;
const PROSE = [
  {
    re: new RegExp(String.raw`${TIMETABLE}[^.]{0,120}?\b(behaviou?r\w*|sanction\w*|consequences?|punish\w*)`, 'gi'),
    messageId: 'proseForBehaviour',
  },
  {
    re: new RegExp(String.raw`${TIMETABLE}[^.]{0,80}?\b(indefinite\w*|until\s+further\s+notice|open[- ]ended|long[- ]term)`, 'gi'),
    messageId: 'proseOpenEnded',
  },
];
/** "should not be used to manage behaviour", "never as a sanction", "not be treated as a long-term solution". */
const DENIED = new RegExp(String.raw`${NEGATION.source}|\bonly\s+(?:in|where|when)\b`, 'i');

export const rule: Rule = defineRule({
  meta: {
    id: 'part-time-timetable-conditions',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: [
      '/part_time_timetables/used',
      '/part_time_timetables/parent_agreement',
      '/part_time_timetables/used_for_behaviour',
      '/part_time_timetables/time_limited',
    ],
    title: 'Part-time timetables: agreed with a parent, temporary, reviewed, never for behaviour',
    explanation:
      "A part-time timetable is a form of leave of absence. It is lawful only in exceptional circumstances, in the pupil's best interests, and when agreed with a parent the pupil lives with, including the days and times. The guidance adds that it must not be used to manage behaviour, should last the shortest time necessary with an end date, and should be reviewed regularly with the pupil and parents.",
    citations: [
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 11(6)',
        url: 'https://www.legislation.gov.uk/uksi/2024/208/regulation/11',
      },
      { source: 'Working together to improve school attendance (2024 edition)', paragraph: 'paras 65–66, part-time timetables' },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion:
      'Are all our part-time timetables agreed with parents, time-limited, regularly reviewed and never used to manage behaviour, and do we know how many pupils are on one?',
    messages: {
      dataNoParentAgreement:
        'The policy says part-time timetables are not agreed with parents. A part-time timetable is lawful only when agreed with a parent the pupil normally lives with, including the days and times.',
      dataForBehaviour:
        'The policy says part-time timetables are used to manage behaviour. They must not be; behaviour is dealt with under the behaviour policy.',
      dataNoEndDate:
        'The policy says part-time timetables have no end date. They should be temporary, for the shortest time necessary, with an end date.',
      proseForBehaviour: 'A part-time timetable must not be used to manage behaviour or as a sanction.',
      proseOpenEnded: 'A part-time timetable must be temporary, with an end date, for the shortest time necessary.',
    },
    hints: {
      dataNoParentAgreement: 'Make agreement with a parent a condition of every part-time timetable.',
      dataForBehaviour: 'Remove behaviour as a reason for a part-time timetable.',
      dataNoEndDate: 'Give every part-time timetable an end date and a plan to return to full time.',
      proseForBehaviour:
        "Rewrite this so a part-time timetable is agreed with parents, temporary, reviewed and used only in the pupil's best interests.",
      proseOpenEnded:
        "Rewrite this so a part-time timetable is agreed with parents, temporary, reviewed and used only in the pupil's best interests.",
    },
  },
  check(ctx) {
    if (ctx.asOf < rule.meta.effectiveFrom) return;
    const base = '/part_time_timetables';
    if (ctx.get(`${base}/used`) !== false) {
      const findings: Finding[] = [];
      if (ctx.get(`${base}/parent_agreement`) === false) {
        findings.push({
          pointer: `${base}/parent_agreement`,
          messageId: 'dataNoParentAgreement',
        });
      }
      if (ctx.get(`${base}/used_for_behaviour`) === true) {
        findings.push({
          pointer: `${base}/used_for_behaviour`,
          messageId: 'dataForBehaviour',
        });
      }
      if (ctx.get(`${base}/time_limited`) === false) {
        findings.push({
          pointer: `${base}/time_limited`,
          messageId: 'dataNoEndDate',
          // An expectation of the guidance rather than of the regulations.
          severity: 'warning',
        });
      }
      for (const f of findings) ctx.report(f);
    }
    for (const { re, messageId } of PROSE) {
      for (const { block, match } of proseMatches(ctx, [re], (h) => DENIED.test(h.sentence))) {
        ctx.reportProse(block, match.index!, match[0].length, { messageId });
      }
    }
  },
});
