import { defineRule } from '../define-rule.js';
import { proseMatches } from '../prose-match.js';
import { STATISTIC_CONTEXT } from '../../text/vocabulary.js';
import { lawText } from '../../law/law-text.js';

/** "severe absence" followed closely by a two-digit percentage. */
const PROSE = /severe(?:ly)?\s+absen\w*[^.]{0,60}?(?<![\d.])(\d{2})\s?%/gi;

export const rule = defineRule({
  meta: {
    id: 'def-severe-absence',
    level: 'info',
    severity: 'info',
    where: 'both',
    settings: ['/thresholds/severe_absence_pct', '/thresholds/concern_levels/*/label', '/thresholds/concern_levels/*/below_pct'],
    title: lawText('Severe absence means missing {thresholds.severe_absence_pct} or more of sessions'),
    explanation:
      'A pupil is severely absent when they miss half or more of the sessions they could have attended. The DfE expects schools and local authorities to give these pupils a joined-up, intensive response, so the policy should use the same level as the national figures.',
    citations: [
      { source: 'DfE, Pupil absence in schools in England: methodology', paragraph: 'severe absence' },
      { source: 'Working together to improve school attendance (2024)', paragraph: 'severely absent pupils' },
    ],
    effectiveFrom: '2018-09-01',
    confidence: 'high',
    fixable: false,
    suggestions: true,
    governorQuestion:
      'Does our policy use the national definition of severe absence (missing 50% or more of sessions), and what extra help do these pupils get?',
    messages: {
      dataDifferentLevel: 'Severe absence is given as {{found}}% of sessions missed; the national definition is {{sa}}% or more.',
      bandDifferentLevel:
        'The band “{{label}}” starts below {{below}}% attendance; severe absence is missing {{sa}}% or more of sessions (attendance of {{attendance}}% or below).',
      proseDifferentLevel: 'Severe absence is missing {{sa}}% or more of sessions, not {{value}}%.',
    },
    hints: {
      dataDifferentLevel: "Use {{sa}}, so the policy matches the DfE's data.",
      bandDifferentLevel: 'Use {{attendance}} for this band, or rename it if it is a school level rather than the national definition.',
      proseDifferentLevel: 'Change the figure to {{sa}}%.',
    },
  },
  check(ctx) {
    const law = ctx.law('thresholds.severe_absence_pct');
    if (!law) return;
    const sa = law.value;
    const pointer = '/thresholds/severe_absence_pct';
    const found = ctx.get(pointer);
    if (typeof found === 'number' && found !== sa) {
      ctx.report({
        pointer,
        messageId: 'dataDifferentLevel',
        data: { found, sa },
        suggest: { pointer, value: sa },
      });
    }
    const levels = ctx.get('/thresholds/concern_levels');
    if (Array.isArray(levels)) {
      levels.forEach((level: { label?: unknown; below_pct?: unknown }, i) => {
        if (
          typeof level?.label !== 'string' ||
          !/severe/i.test(level.label) ||
          typeof level.below_pct !== 'number' ||
          level.below_pct === 100 - sa
        )
          return;
        ctx.report({
          pointer: `/thresholds/concern_levels/${i}/below_pct`,
          messageId: 'bandDifferentLevel',
          data: { label: level.label, below: level.below_pct, sa, attendance: 100 - sa },
        });
      });
    }
    for (const { block, match } of proseMatches(ctx, [PROSE], (h) => STATISTIC_CONTEXT.test(h.sentence))) {
      const value = Number(match[1]);
      // "severe absence ... persistent absence (10%)": the figure belongs to the other measure.
      if (value === sa || value === 100 - sa || /persisten/i.test(match[0])) continue;
      const at = match.index! + match[0].lastIndexOf(match[1]!);
      ctx.reportProse(block, at, match[1]!.length + 1, { messageId: 'proseDifferentLevel', data: { sa, value } });
    }
  },
});
