import type { Rule } from '../rule.js';
import { HISTORICAL_CONTEXT, introducesExample, mentionsPenalty } from '../../text/vocabulary.js';
import { NUM, toNumber } from '../../text/numbers.js';
import { lawText } from '../../law/law-text.js';

const BASE = '/legal_measures/penalty_notices/threshold';
const WEEKS = `${NUM}[\\s-]+(?:consecutive\\s+)?(?:school\\s+)?weeks?`;
const THRESHOLD_PROSE = [
  // The rulebook's form: "15 sessions in 12 weeks", "10 unauthorised sessions within a rolling 6 weeks".
  new RegExp(
    `\\b${NUM}\\s+(?:unauthori[sz]ed\\s+)?(?:school\\s+)?sessions?\\s+(?:with)?in\\s+(?:a\\s+|any\\s+)?(?:rolling\\s+)?(?:period\\s+of\\s+)?${WEEKS}`,
    'gi',
  ),
  // Words between: "10 sessions of unauthorised absence in any six-week period", "... in a rolling period of 10 school weeks".
  new RegExp(
    `\\b${NUM}\\s+(?:unauthori[sz]ed\\s+)?(?:school\\s+)?sessions?\\b([^.]{1,160}?)\\b(?:in|within|over|during)\\s+(?:a|any)\\s+(?:rolling\\s+)?(?:period\\s+of\\s+)?${WEEKS}`,
    'gi',
  ),
];
const PERCENT_PROSE = [
  /\b(?:below|under|less\s+than)\s+(?:8\d|90)(?:\.\d+)?\s?%[^.]{0,60}\b(?:penalt\w*|fines?|FPNs?|legal)\b/gi,
  /\b(?:penalty\s+notices?|fixed\s+penalt\w*|fines?|FPNs?)\b[^.]{0,60}\b(?:below|under|less\s+than)\s+(?:[789]\d)(?:\.\d+)?\s?%/gi,
];

export const rule: Rule = {
  meta: {
    id: 'pn-national-threshold',
    level: 'should',
    severity: 'warning',
    where: 'both',
    title: lawText(
      'Penalty notice threshold: {penalty_notice.threshold.sessions|number} unauthorised sessions in a rolling {penalty_notice.threshold.window_school_weeks}',
    ),
    explanation:
      'Since 19 August 2024 there is one national threshold: a penalty notice must be considered when a pupil has 10 sessions (usually 5 school days) of unauthorised absence within a rolling period of 10 school weeks. The sessions need not be in a row and the period can cross terms. Local thresholds, such as 10 sessions in 6 weeks, or an attendance percentage, no longer apply.',
    citations: [
      {
        source: 'Working together to improve school attendance (2024 edition)',
        paragraph: 'chapter 6, national framework for penalty notices (paras 174–200, approximate)',
        url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
      },
      {
        source: 'Education (Penalty Notices) (England) (Amendment) Regulations 2024 (SI 2024/210)',
        url: 'https://www.legislation.gov.uk/uksi/2024/210',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    suggestions: true,
    governorQuestion:
      'Does our policy use the national threshold of 10 unauthorised sessions in 10 school weeks, and nothing stricter or looser?',
  },
  check(ctx) {
    const sessions = ctx.law('penalty_notice.threshold.sessions');
    const weeks = ctx.law('penalty_notice.threshold.window_school_weeks');
    if (!sessions || !weeks) return; // no national threshold before the 2024 framework
    const national = `${sessions.value} sessions of unauthorised absence in a rolling period of ${weeks.value} school weeks`;
    const t = ctx.policy.legal_measures?.penalty_notices?.threshold;
    for (const [key, law, words] of [
      ['sessions', sessions, 'sessions'],
      ['window_school_weeks', weeks, 'school weeks'],
    ] as const) {
      const found = t?.[key];
      if (typeof found !== 'number' || found === law.value) continue;
      ctx.report({
        pointer: `${BASE}/${key}`,
        message: `The penalty notice threshold uses ${found} ${words}; the national threshold is ${national}.`,
        hint: `Change it to ${law.value} (${law.reference}), and check the wording of the threshold matches.`,
        // The school's decision: its prose and the local authority's code of conduct must change with it.
        suggest: { pointer: `${BASE}/${key}`, value: law.value },
      });
    }
    // Escalation stages that lead to a penalty notice, with their own session counts or windows.
    (ctx.policy.escalation?.stages ?? []).forEach((stage, si) => {
      if (!mentionsPenalty([stage.name, stage.letter ?? '', ...(stage.actions ?? [])].join(' '))) return;
      (stage.triggers ?? []).forEach((tr, ti) => {
        if (tr.metric !== 'unauthorised_sessions') return;
        const count = tr.comparison === 'gt' ? tr.value + 1 : tr.value;
        const rolling = tr.window?.type === 'rolling_school_weeks' || tr.window?.type === 'rolling_weeks';
        const sameWindow = !tr.window || (rolling && tr.window.length === weeks.value);
        if (count === sessions.value && sameWindow) return;
        ctx.report({
          pointer: `/escalation/stages/${si}/triggers/${ti}`,
          message: `The stage “${stage.name}” is triggered by ${tr.text ? `“${tr.text}”` : 'a local threshold'}; the national threshold for considering a penalty notice is ${national}.`,
          hint: 'Use the national threshold for penalty notices, or make clear this stage leads only to support.',
        });
      });
    });
    const seen = new Set<string>(); // both forms can match the same words
    THRESHOLD_PROSE.forEach((re, i) => {
      for (const { block, match, sentence } of ctx.matchProse(re)) {
        const key = `${ctx.prose.indexOf(block)}:${match.index}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const n = toNumber(match[1]);
        const w = toNumber(match[i === 0 ? 2 : 3]);
        const gap = i === 1 ? (match[2] ?? '') : '';
        // An example inside a sentence ("e.g. 6 sessions taken in 1 week"), a second count in the gap, or history: not a threshold.
        if (introducesExample(block.text, match.index!) || /\b\d+\s+sessions?\b|\bterm\b/i.test(gap) || HISTORICAL_CONTEXT.test(sentence))
          continue;
        if (n === undefined || w === undefined || (n === sessions.value && w === weeks.value)) continue;
        ctx.reportProse(
          block,
          match.index!,
          match[0].length,
          `This threshold (${n} sessions in ${w} weeks) is not the national one: ${national}.`,
          {
            hint: 'Use the national threshold, and remove any local one.',
          },
        );
      }
    });
    for (const re of PERCENT_PROSE) {
      for (const { block, match, sentence } of ctx.matchProse(re)) {
        if (HISTORICAL_CONTEXT.test(sentence) || /\bsevere/i.test(sentence)) continue;
        ctx.reportProse(
          block,
          match.index!,
          match[0].length,
          `An attendance percentage is not the trigger for a penalty notice; the national threshold is ${national}.`,
          {
            hint: 'Use the national threshold for penalty notices; keep percentages for deciding on support.',
          },
        );
      }
    }
  },
  examples: {
    pass: [
      {
        title: 'The national threshold in the data',
        yaml: 'legal_measures:\n  penalty_notices:\n    threshold: { sessions: 10, window_school_weeks: 10 }\n',
      },
      {
        title: 'The national threshold in words',
        yaml: 'sections:\n  - id: legal\n    title: Legal\n    body: |\n      The threshold is 10 sessions of unauthorised absence in a rolling period of 10 school weeks. These sessions need not be consecutive (e.g. 6 sessions taken in 1 week and 1 per week for the next 4 weeks).\n',
      },
      {
        title: 'Before August 2024 a local threshold applied',
        asOf: '2024-06-01',
        yaml: 'legal_measures:\n  penalty_notices:\n    threshold: { sessions: 10, window_school_weeks: 6 }\n',
      },
    ],
    fail: [
      {
        title: 'A six-week window in the data',
        yaml: 'legal_measures:\n  penalty_notices:\n    threshold: { sessions: 10, window_school_weeks: 6 }\n',
        suggested: 'legal_measures:\n  penalty_notices:\n    threshold: { sessions: 10, window_school_weeks: 10 }\n',
      },
      {
        title: 'A six-week window in words',
        yaml: 'sections:\n  - id: legal\n    title: Legal\n    body: |\n      - At least 10 sessions, with each session being a morning and afternoon (five school days) accrued due to unauthorised absence in any six-week period.\n',
      },
      {
        title: 'An attendance percentage as the trigger',
        yaml: 'sections:\n  - id: legal\n    title: Legal\n    body: |\n      If attendance falls below 90% a penalty notice may be issued.\n',
      },
      {
        title: 'A local trigger in an escalation stage',
        yaml: 'escalation:\n  stages:\n    - id: legal\n      name: Penalty notice\n      triggers:\n        - { metric: unauthorised_sessions, comparison: ge, value: 15, window: { type: rolling_school_weeks, length: 12 } }\n',
      },
    ],
  },
};
