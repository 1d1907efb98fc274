import { defineRule } from '../define-rule.js';
import { proseMatches } from '../prose-match.js';
import { STATISTIC_CONTEXT } from '../../text/vocabulary.js';
import { lawText } from '../../law/law-text.js';

/** "severe absence" followed closely by a two-digit percentage. */
const PROSE = /severe(?:ly)?\s+absen\w*[^.]{0,60}?(?<![\d.])(\d{2})\s?%/gi;
/**
 * "below 50%" or "more than 50%" just before the figure: either way a pupil who misses exactly half
 * is left out, though missing 50% or more is severe absence. "at or below" and "50% or more" are right.
 */
const STRICT = /(?<!\bor\s+)\b(below|under|less\s+than|more\s+than|over|above|greater\s+than)\s+$/i;

export const rule = defineRule({
  meta: {
    id: 'def-severe-absence',
    level: 'info',
    severity: 'info',
    where: 'both',
    settings: [
      '/thresholds/severe_absence_pct',
      '/thresholds/concern_levels/*/label',
      '/thresholds/concern_levels/*/below_pct',
      '/thresholds/concern_levels/*/inclusive',
    ],
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
        'The band “{{label}}” is for attendance {{starts}} {{below}}%; severe absence is missing {{sa}}% or more of sessions (attendance of {{attendance}}% or below).',
      bandLeavesOutBoundary:
        'The band “{{label}}” is for attendance below {{attendance}}%, so a pupil at exactly {{attendance}}% is left out; severe absence is missing {{sa}}% or more of sessions (attendance of {{attendance}}% or below).',
      proseDifferentLevel: 'Severe absence is missing {{sa}}% or more of sessions, not {{value}}%.',
      proseLeavesOutBoundary:
        'Saying “{{phrase}} {{value}}%” leaves out pupils who miss exactly {{sa}}% of their sessions, who are severely absent (missing {{sa}}% or more of sessions, attendance of {{attendance}}% or below).',
    },
    hints: {
      dataDifferentLevel: "Use {{sa}}, so the policy matches the DfE's data.",
      bandDifferentLevel:
        'Use {{attendance}} for this band, with `inclusive: true` so that {{attendance}}% itself counts, or rename it if it is a school level rather than the national definition.',
      bandLeavesOutBoundary: 'Add `inclusive: true` to this band so that {{attendance}}% itself counts.',
      proseDifferentLevel: 'Change the figure to {{sa}}%.',
      proseLeavesOutBoundary: 'Say “missing {{sa}}% or more of sessions” (or “attendance of {{attendance}}% or below”).',
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
      levels.forEach((level: { label?: unknown; below_pct?: unknown; inclusive?: unknown }, i) => {
        if (typeof level?.label !== 'string' || !/severe/i.test(level.label) || typeof level.below_pct !== 'number') return;
        const inclusive = level.inclusive === true;
        if (level.below_pct === 100 - sa && inclusive) return;
        const pointer = `/thresholds/concern_levels/${i}/below_pct`;
        if (level.below_pct === 100 - sa) {
          // Missing 50% or more is attendance at or below 50%: "below 50" leaves out exactly half.
          ctx.report({
            pointer,
            messageId: 'bandLeavesOutBoundary',
            data: { label: level.label, sa, attendance: 100 - sa },
            suggest: { pointer: `/thresholds/concern_levels/${i}/inclusive`, value: true },
          });
          return;
        }
        ctx.report({
          pointer,
          messageId: 'bandDifferentLevel',
          data: { label: level.label, below: level.below_pct, starts: inclusive ? 'at or below' : 'below', sa, attendance: 100 - sa },
        });
      });
    }
    for (const { block, match } of proseMatches(ctx, [PROSE], (h) => STATISTIC_CONTEXT.test(h.sentence))) {
      const value = Number(match[1]);
      // "severe absence ... persistent absence (10%)": the figure belongs to the other measure.
      if (/persisten/i.test(match[0])) continue;
      const figureAt = match[0].lastIndexOf(match[1]!);
      const at = match.index! + figureAt;
      if (value === sa || value === 100 - sa) {
        const strict = STRICT.exec(match[0].slice(0, figureAt));
        if (!strict) continue;
        ctx.reportProse(block, match.index! + strict.index, figureAt - strict.index + match[1]!.length + 1, {
          messageId: 'proseLeavesOutBoundary',
          data: { phrase: strict[1]!.toLowerCase().replace(/\s+/g, ' '), value, sa, attendance: 100 - sa },
        });
        continue;
      }
      ctx.reportProse(block, at, match[1]!.length + 1, { messageId: 'proseDifferentLevel', data: { sa, value } });
    }
  },
});
