import { defineRule } from '../define-rule.js';
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
/** The national threshold, in every message (its values come with each finding's data). */
const NATIONAL = '{{sessions}} sessions of unauthorised absence in a rolling period of {{weeks}} school weeks';
const PERCENT_PROSE = [
  /\b(?:below|under|less\s+than)\s+(?:8\d|90)(?:\.\d+)?\s?%[^.]{0,60}\b(?:penalt\w*|fines?|FPNs?|legal)\b/gi,
  /\b(?:penalty\s+notices?|fixed\s+penalt\w*|fines?|FPNs?)\b[^.]{0,60}\b(?:below|under|less\s+than)\s+(?:[789]\d)(?:\.\d+)?\s?%/gi,
];

export const rule = defineRule({
  meta: {
    id: 'pn-national-threshold',
    level: 'should',
    severity: 'warning',
    where: 'both',
    settings: [
      '/legal_measures/penalty_notices/threshold/sessions',
      '/legal_measures/penalty_notices/threshold/window_school_weeks',
      '/escalation/stages/*/name',
      '/escalation/stages/*/letter',
      '/escalation/stages/*/actions',
      '/escalation/stages/*/triggers/**',
    ],
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
    messages: {
      dataSessions: 'The penalty notice threshold uses {{found}} sessions; the national threshold is ' + NATIONAL + '.',
      dataWeeks: 'The penalty notice threshold uses {{found}} school weeks; the national threshold is ' + NATIONAL + '.',
      stageTriggerText:
        'The stage “{{stage}}” is triggered by “{{trigger}}”; the national threshold for considering a penalty notice is ' + NATIONAL + '.',
      stageTrigger:
        'The stage “{{stage}}” is triggered by a local threshold; the national threshold for considering a penalty notice is ' +
        NATIONAL +
        '.',
      proseLocalThreshold: 'This threshold ({{foundSessions}} sessions in {{foundWeeks}} weeks) is not the national one: ' + NATIONAL + '.',
      prosePercentage: 'An attendance percentage is not the trigger for a penalty notice; the national threshold is ' + NATIONAL + '.',
    },
    hints: {
      dataSessions: 'Change it to {{required}} ({{reference}}), and check the wording of the threshold matches.',
      dataWeeks: 'Change it to {{required}} ({{reference}}), and check the wording of the threshold matches.',
      stageTriggerText: 'Use the national threshold for penalty notices, or make clear this stage leads only to support.',
      stageTrigger: 'Use the national threshold for penalty notices, or make clear this stage leads only to support.',
      proseLocalThreshold: 'Use the national threshold, and remove any local one.',
      prosePercentage: 'Use the national threshold for penalty notices; keep percentages for deciding on support.',
    },
  },
  check(ctx) {
    const sessions = ctx.law('penalty_notice.threshold.sessions');
    const weeks = ctx.law('penalty_notice.threshold.window_school_weeks');
    if (!sessions || !weeks) return; // no national threshold before the 2024 framework
    const national = { sessions: sessions.value, weeks: weeks.value };
    const t = ctx.policy.legal_measures?.penalty_notices?.threshold;
    for (const [key, law, messageId] of [
      ['sessions', sessions, 'dataSessions'],
      ['window_school_weeks', weeks, 'dataWeeks'],
    ] as const) {
      const found = t?.[key];
      if (typeof found !== 'number' || found === law.value) continue;
      ctx.report({
        pointer: `${BASE}/${key}`,
        messageId,
        data: { found, required: law.value, reference: law.reference, ...national },
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
          ...(tr.text
            ? { messageId: 'stageTriggerText', data: { stage: stage.name, trigger: tr.text, ...national } }
            : { messageId: 'stageTrigger', data: { stage: stage.name, ...national } }),
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
        ctx.reportProse(block, match.index!, match[0].length, {
          messageId: 'proseLocalThreshold',
          data: { foundSessions: n, foundWeeks: w, ...national },
        });
      }
    });
    for (const re of PERCENT_PROSE) {
      for (const { block, match, sentence } of ctx.matchProse(re)) {
        if (HISTORICAL_CONTEXT.test(sentence) || /\bsevere/i.test(sentence)) continue;
        ctx.reportProse(block, match.index!, match[0].length, { messageId: 'prosePercentage', data: national });
      }
    }
  },
});
