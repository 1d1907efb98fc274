import type { Rule } from '../rule.js';
import { proseMatches } from '../prose-match.js';
import { STATISTIC_CONTEXT } from '../../text/vocabulary.js';
import { lawText } from '../../law/law-text.js';

/** "severe absence" followed closely by a two-digit percentage. */
const PROSE = /severe(?:ly)?\s+absen\w*[^.]{0,60}?(?<![\d.])(\d{2})\s?%/gi;

export const rule: Rule = {
  meta: {
    id: 'def-severe-absence',
    level: 'info',
    severity: 'info',
    where: 'both',
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
        message: `Severe absence is given as ${found}% of sessions missed; the national definition is ${sa}% or more.`,
        hint: `Use ${sa}, so the policy matches the DfE's data.`,
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
          message: `The band “${level.label}” starts below ${level.below_pct}% attendance; severe absence is missing ${sa}% or more of sessions (attendance of ${100 - sa}% or below).`,
          hint: `Use ${100 - sa} for this band, or rename it if it is a school level rather than the national definition.`,
        });
      });
    }
    for (const { block, match } of proseMatches(ctx, [PROSE], (h) => STATISTIC_CONTEXT.test(h.sentence))) {
      const value = Number(match[1]);
      // "severe absence ... persistent absence (10%)": the figure belongs to the other measure.
      if (value === sa || value === 100 - sa || /persisten/i.test(match[0])) continue;
      const at = match.index! + match[0].lastIndexOf(match[1]!);
      ctx.reportProse(block, at, match[1]!.length + 1, `Severe absence is missing ${sa}% or more of sessions, not ${value}%.`, {
        hint: `Change the figure to ${sa}%.`,
      });
    }
  },
  examples: {
    pass: [
      { title: 'National definition in the data', yaml: 'thresholds:\n  severe_absence_pct: 50\n' },
      {
        title: 'A persistent absence figure after the words “severe absence”',
        yaml: 'sections:\n  - id: pa\n    title: Persistent and severe absence\n    body: |\n      For persistent and severe absence, persistent absence means missing 10% or more of sessions.\n',
      },
      {
        title: 'Severe absence stated correctly',
        yaml: 'sections:\n  - id: sa\n    title: Severe absence\n    body: |\n      Severe absence means missing 50% or more of sessions.\n',
      },
      {
        title: 'A statistic, not a definition',
        yaml: 'sections:\n  - id: why\n    title: Why attendance matters\n    body: |\n      Severe absence nationally rose to 12% of pupils last year.\n',
      },
    ],
    fail: [
      {
        title: 'A different level in the data',
        yaml: 'thresholds:\n  severe_absence_pct: 40\n',
        suggested: 'thresholds:\n  severe_absence_pct: 50\n',
      },
      {
        title: 'A different level in the prose',
        yaml: 'sections:\n  - id: sa\n    title: Severe absence\n    body: |\n      Pupils are severely absent when they miss 30% of sessions.\n',
      },
    ],
  },
};
