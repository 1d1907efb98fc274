import { dayVariants, minutes } from '../../core/model.js';
import { defineRule } from '../define-rule.js';
import { lawText } from '../../law/law-text.js';

/** The expectation is for mainstream state schools; other types are not checked. */
const MAINSTREAM = new Set(['maintained', 'academy', 'free_school']);

function hoursAndMinutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = Math.round(total % 60);
  return m ? `${h} hours ${m} minutes` : `${h} hours`;
}

export const rule = defineRule({
  meta: {
    id: 'school-week-length-expectation',
    level: 'info',
    severity: 'info',
    where: 'data',
    settings: ['/**/school_day/**'],
    title: lawText('The school week is at least {school_week.min_hours}'),
    explanation:
      'Since September 2024 the DfE has expected mainstream state schools to open for at least 32.5 hours a week, for example 8:45am to 3:15pm each day. This is not part of the attendance law, but the times in the attendance policy show whether the school meets it.',
    citations: [
      {
        source: 'DfE, Length of the school week (non-statutory guidance)',
        url: 'https://www.gov.uk/government/publications/length-of-the-school-week-minimum-expectation',
      },
    ],
    effectiveFrom: '2024-09-01',
    confidence: 'medium',
    confidenceNote: 'Taken from recall of the DfE guidance, not from a source read for the rulebook.',
    fixable: false,
    governorQuestion: 'Does our school week meet the DfE expectation of 32.5 hours, and if not, what is our plan and timescale?',
    messages: {
      shortWeek:
        "{{name}}'s day runs {{day}}, {{week}} a week; the DfE expects mainstream state schools to open for at least {{expected}} hours a week.",
    },
    hints: {
      shortWeek: 'Check the start and end times. If the week is shorter, governors should agree a plan to meet the expectation.',
    },
  },
  check(ctx) {
    const expected = ctx.law('school_week.min_hours');
    if (!expected) return;
    for (const v of dayVariants(ctx.policy)) {
      if (v.group) continue; // groups (Reception, nursery) may rightly keep shorter days
      if (v.school?.type && !MAINSTREAM.has(v.school.type)) continue;
      if (v.school?.phase?.length && v.school.phase.every((p) => p === 'nursery' || p === 'sixth_form')) continue;
      const day = v.day;
      const start = minutes(day.starts ?? day.registers?.morning?.opens ?? day.gates_close);
      const end = minutes(day.ends);
      if (start === undefined || end === undefined || end <= start) continue;
      const week = (end - start) * 5;
      if (week >= expected.value * 60) continue;
      const where = v.pointers.find((p) => ctx.get(`${p}/ends`) !== undefined) ?? v.pointers[0]!;
      const name = v.school ? (v.school.short_name ?? v.school.name) : 'The school';
      ctx.report({
        pointer: `${where}/ends`,
        messageId: 'shortWeek',
        data: { name, day: hoursAndMinutes(end - start), week: hoursAndMinutes(week), expected: expected.value },
      });
    }
  },
});
