import type { Finding } from '../context.js';
import type { Rule } from '../rule.js';
import { NEGATION } from '../../text/vocabulary.js';
import { proseMatches } from '../prose-match.js';

const TIMETABLE = String.raw`\b(?:part[- ]time|reduced)\s+timetables?\b`;
const PROSE = [
  {
    re: new RegExp(String.raw`${TIMETABLE}[^.]{0,120}?\b(behaviou?r\w*|sanction\w*|consequences?|punish\w*)`, 'gi'),
    message: 'A part-time timetable must not be used to manage behaviour or as a sanction.',
  },
  {
    re: new RegExp(String.raw`${TIMETABLE}[^.]{0,80}?\b(indefinite\w*|until\s+further\s+notice|open[- ]ended|long[- ]term)`, 'gi'),
    message: 'A part-time timetable must be temporary, with an end date, for the shortest time necessary.',
  },
];
/** "should not be used to manage behaviour", "never as a sanction", "not be treated as a long-term solution". */
const DENIED = new RegExp(String.raw`${NEGATION.source}|\bonly\s+(?:in|where|when)\b`, 'i');

export const rule: Rule = {
  meta: {
    id: 'part-time-timetable-conditions',
    level: 'must',
    severity: 'error',
    where: 'both',
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
  },
  check(ctx) {
    if (ctx.asOf < rule.meta.effectiveFrom) return;
    const base = '/part_time_timetables';
    if (ctx.get(`${base}/used`) !== false) {
      const findings: Finding[] = [];
      if (ctx.get(`${base}/parent_agreement`) === false) {
        findings.push({
          pointer: `${base}/parent_agreement`,
          message:
            'The policy says part-time timetables are not agreed with parents. A part-time timetable is lawful only when agreed with a parent the pupil normally lives with, including the days and times.',
          hint: 'Make agreement with a parent a condition of every part-time timetable.',
        });
      }
      if (ctx.get(`${base}/used_for_behaviour`) === true) {
        findings.push({
          pointer: `${base}/used_for_behaviour`,
          message:
            'The policy says part-time timetables are used to manage behaviour. They must not be; behaviour is dealt with under the behaviour policy.',
          hint: 'Remove behaviour as a reason for a part-time timetable.',
        });
      }
      if (ctx.get(`${base}/time_limited`) === false) {
        findings.push({
          pointer: `${base}/time_limited`,
          message:
            'The policy says part-time timetables have no end date. They should be temporary, for the shortest time necessary, with an end date.',
          hint: 'Give every part-time timetable an end date and a plan to return to full time.',
          // An expectation of the guidance rather than of the regulations.
          severity: 'warning',
        });
      }
      for (const f of findings) ctx.report(f);
    }
    for (const { re, message } of PROSE) {
      for (const { block, match } of proseMatches(ctx, [re], (h) => DENIED.test(h.sentence))) {
        ctx.reportProse(block, match.index!, match[0].length, message, {
          hint: "Rewrite this so a part-time timetable is agreed with parents, temporary, reviewed and used only in the pupil's best interests.",
        });
      }
    }
  },
  examples: {
    pass: [
      {
        title: 'Agreed, time-limited, not for behaviour',
        yaml: 'part_time_timetables:\n  used: true\n  parent_agreement: true\n  time_limited: true\n  review_weeks: 2\n  register_code: C2\n  used_for_behaviour: false\n',
      },
      {
        title: 'Says it must not be used for behaviour',
        yaml: "sections:\n  - id: ptt\n    title: Part-time timetables\n    body: |\n      A part-time timetable should not be used to manage a pupil's behaviour.\n",
      },
    ],
    fail: [
      { title: 'Used for behaviour in the data', yaml: 'part_time_timetables:\n  used: true\n  used_for_behaviour: true\n' },
      {
        title: 'Used as a sanction in the prose',
        yaml: 'sections:\n  - id: ptt\n    title: Part-time timetables\n    body: |\n      A reduced timetable may be used as a consequence of repeated poor behaviour.\n',
      },
      {
        title: 'Open-ended',
        yaml: 'sections:\n  - id: ptt\n    title: Part-time timetables\n    body: |\n      The pupil will follow a part-time timetable until further notice.\n',
      },
    ],
  },
};
