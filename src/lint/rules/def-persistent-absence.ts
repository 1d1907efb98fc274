import { lawHistory } from '../../law/index.js';
import { defineRule } from '../define-rule.js';
import { proseMatches } from '../prose-match.js';
import { STATISTIC_CONTEXT } from '../../text/vocabulary.js';
import { lawText } from '../../law/law-text.js';

/** "persistent absence" (or "persistently absent") followed closely by a percentage. */
const PROSE = [
  /persistent(?:ly)?\s+(?:unauthori[sz]ed\s+)?absen\w*[^.]{0,80}?(?<![\d.])(\d{1,3})\s?%/gi,
  // "Absence will be classed as persistent where it falls below 90%"
  /\babsen\w*\s+(?:will\s+be\s+|is\s+)?(?:classed|classified|defined|considered|regarded|counted|treated)\s+as\s+persistent\b(?!\s+absen)[^.]{0,80}?(?<![\d.])(\d{1,3})\s?%/gi,
];
/** "below 90%", but not "at or below 90%" or "equal to or less than 90%". */
const BELOW = /(?<!\bor\s+)\b(below|under|less\s+than)\s+$/i;

export const rule = defineRule({
  meta: {
    id: 'def-persistent-absence',
    level: 'info',
    severity: 'info',
    where: 'both',
    settings: [
      '/thresholds/persistent_absence_pct',
      '/thresholds/concern_levels/*/label',
      '/thresholds/concern_levels/*/below_pct',
      '/thresholds/concern_levels/*/inclusive',
    ],
    title: lawText('Persistent absence means missing {thresholds.persistent_absence_pct} or more of sessions'),
    explanation:
      'A pupil is persistently absent when they miss 10% or more of the sessions they could have attended, whatever the reason. Put the other way, attendance of 90% or less. The definition was 20% until 2010 and 15% until 2015, and older policies still use those figures. Saying "below 90%" leaves out pupils at exactly 90%, who are persistently absent.',
    citations: [
      { source: 'DfE, A guide to absence statistics', paragraph: 'persistent absence (10% measure since 2015/16)' },
      { source: 'Working together to improve school attendance (2024)', paragraph: 'persistent and severe absence' },
    ],
    effectiveFrom: '2015-09-01',
    confidence: 'high',
    fixable: false,
    suggestions: true,
    governorQuestion:
      'Does our policy define persistent absence as missing 10% or more of sessions (attendance of 90% or below), the same measure the DfE uses in our data?',
    messages: {
      dataAttendanceFigure:
        'Persistent absence is given as {{found}}%, which looks like an attendance figure; this value is the share of sessions missed, {{pa}}% or more nationally.',
      dataDifferentLevel: 'Persistent absence is given as {{found}}% of sessions missed; the national definition is {{pa}}% or more.',
      bandLeavesOutBoundary:
        'The band “{{label}}” starts below {{attendance}}% attendance, so a pupil at exactly {{attendance}}% is left out; persistent absence is attendance of {{attendance}}% or below.',
      proseBelow:
        '“Below {{attendance}}%” leaves out pupils at exactly {{attendance}}% attendance, who are persistently absent (missing {{pa}}% or more of sessions).',
      proseOldLevel:
        '{{value}}% was the persistent absence level until {{until}}; since {{year}} it is missing {{pa}}% or more of sessions, attendance of {{attendance}}% or below.',
      proseOldAttendanceLevel:
        '{{value}}% attendance belongs to the old {{measure}}% persistent absence measure, used until {{until}}; since {{year}} it is missing {{pa}}% or more of sessions, attendance of {{attendance}}% or below.',
    },
    hints: {
      dataAttendanceFigure:
        "Use {{pa}} (missing {{pa}}% or more of sessions), so the policy matches the DfE's data, or explain why the school uses a different level.",
      dataDifferentLevel:
        "Use {{pa}} (missing {{pa}}% or more of sessions), so the policy matches the DfE's data, or explain why the school uses a different level.",
      bandLeavesOutBoundary: 'Add `inclusive: true` to this band so that {{attendance}}% itself counts.',
      proseBelow: 'Say “{{attendance}}% or below” (or “missing {{pa}}% or more of sessions”).',
      proseOldLevel: 'Change it to {{pa}}% of sessions missed (attendance of {{attendance}}% or below).',
      proseOldAttendanceLevel: 'Change it to {{pa}}% of sessions missed (attendance of {{attendance}}% or below).',
    },
  },
  check(ctx) {
    const law = ctx.law('thresholds.persistent_absence_pct');
    if (!law) return;
    const pa = law.value;
    const attendance = 100 - pa;
    // Old measures, by the figure a policy might quote (absence or attendance), with the year each ended.
    const stale = new Map<number, { measure: number; until: string }>();
    const history = lawHistory('thresholds.persistent_absence_pct');
    history.forEach((h, i) => {
      if (typeof h.value !== 'number' || h.value === pa) return;
      const until = history[i + 1]?.since.slice(0, 4) ?? '';
      stale.set(h.value, { measure: h.value, until });
      stale.set(100 - h.value, { measure: h.value, until });
    });

    const pointer = '/thresholds/persistent_absence_pct';
    const found = ctx.get(pointer);
    if (typeof found === 'number' && found !== pa) {
      const looksLikeAttendance = found === attendance;
      ctx.report({
        pointer,
        messageId: looksLikeAttendance ? 'dataAttendanceFigure' : 'dataDifferentLevel',
        data: { found, pa },
        suggest: { pointer, value: pa },
      });
    }

    // Attendance bands named "persistent absence" that start just below 90% leave out pupils at exactly 90%.
    const levels = ctx.get('/thresholds/concern_levels');
    if (Array.isArray(levels)) {
      levels.forEach((level: { label?: unknown; below_pct?: unknown; inclusive?: unknown }, i) => {
        if (
          typeof level?.label !== 'string' ||
          !/persistent/i.test(level.label) ||
          level.below_pct !== attendance ||
          level.inclusive === true
        )
          return;
        ctx.report({
          pointer: `/thresholds/concern_levels/${i}/below_pct`,
          messageId: 'bandLeavesOutBoundary',
          data: { label: level.label, attendance },
          suggest: { pointer: `/thresholds/concern_levels/${i}/inclusive`, value: true },
        });
      });
    }

    for (const { block, match } of proseMatches(ctx, PROSE, (h) => STATISTIC_CONTEXT.test(h.sentence))) {
      const value = Number(match[1]);
      if (/severe/i.test(match[0].slice(10))) continue; // the figure belongs to severe absence
      const at = match.index! + match[0].lastIndexOf(match[1]!);
      const before = match[0].slice(0, match[0].lastIndexOf(match[1]!));
      if (value === attendance && BELOW.test(before)) {
        ctx.reportProse(block, at, match[1]!.length + 1, { messageId: 'proseBelow', data: { attendance, pa } });
      } else if (stale.has(value)) {
        const old = stale.get(value)!;
        ctx.reportProse(block, at, match[1]!.length + 1, {
          messageId: value === old.measure ? 'proseOldLevel' : 'proseOldAttendanceLevel',
          data: { value, measure: old.measure, until: old.until, year: law.since.slice(0, 4), pa, attendance },
        });
      }
    }
  },
});
