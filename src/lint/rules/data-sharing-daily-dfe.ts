import { defineRule } from '../define-rule.js';
import type { Policy } from '../../types/policy.js';
import type { RuleContext } from '../context.js';
import { proseMatches } from '../prose-match.js';

/** "we voluntarily share our attendance data" */
const VOLUNTARY = /\b(voluntar\w+)\s+(?:to\s+)?(share|sharing|shares|provide|provides|providing)\b[^.]{0,40}?\bdata\b/gi;
const OPTIONAL =
  /\b(?:opted|opt|chosen|choose|signed\s+up)\s+(?:in\s+)?to\s+share\b[^.]{0,40}?\b(?:attendance|register)\s+data\b[^.]{0,40}?\b(?:DfE|Department\s+for\s+Education)\b/gi;

type School = NonNullable<Policy['schools']>[number];

/** A maintained school whose only phase is nursery: a maintained nursery school. */
function maintainedNursery(s: School): boolean {
  return s.type === 'maintained' && (s.phase ?? []).length > 0 && (s.phase ?? []).every((p) => p === 'nursery');
}

/** Why a school is outside the requirement on the `--as-of` date (an independent or a maintained nursery school), if it is. */
function outside(ctx: RuleContext, s: School): string | undefined {
  if (s.type === 'independent' && ctx.law('data_sharing.covers_independent_schools')?.value === false)
    return 'Independent schools are outside the daily data sharing requirement.';
  if (maintainedNursery(s) && ctx.law('data_sharing.covers_maintained_nursery_schools')?.value === false)
    return 'Maintained nursery schools are outside the daily data sharing requirement.';
  return undefined;
}

export const rule = defineRule({
  meta: {
    id: 'data-sharing-daily-dfe',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/monitoring/dfe_daily_sharing'],
    title: 'State-funded schools share attendance data with the DfE every day',
    explanation:
      "Since 19 August 2024, maintained schools, non-maintained special schools, academies, free schools and pupil referral units must share their attendance register data with the Department for Education. In practice the school's management information system sends it automatically each day, and the DfE makes it available to the local authority and the trust. Independent schools and maintained nursery schools are not covered. Before then, sharing was voluntary, and older policies still describe it that way.",
    citations: [
      {
        source: 'Education (Information About Individual Pupils) (England) (Amendment) Regulations 2024',
        paragraph: 'mandatory attendance data sharing',
      },
      {
        source: 'DfE guidance on sharing daily attendance data (updated 15 September 2025)',
        paragraph: 'which schools are covered',
        url: 'https://www.gov.uk/guidance/share-your-daily-school-attendance-data',
      },
      {
        source: 'Working together to improve school attendance (2024 edition)',
        paragraph: 'para 51 of the 2024 edition (as quoted by The Key)',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: true,
    governorQuestion:
      'Is our register data shared with the DfE every day, and do leaders and governors use the resulting attendance reports?',
    messages: {
      dataNotShared:
        'The policy says register data is not shared daily with the DfE; since {{since|date}} state-funded schools (other than maintained nursery schools) must share it.',
      proseVoluntary:
        'Sharing attendance data with the DfE has not been voluntary for state-funded schools since {{since|date}}; it is a legal requirement.',
    },
    hints: {
      dataNotShared: 'Set this to true and make sure the management information system is connected to the DfE attendance data service.',
      proseVoluntary: 'Say that the school shares its register data with the DfE daily, as the law requires.',
    },
  },
  check(ctx) {
    const required = ctx.law('data_sharing.dfe_daily_required');
    if (required?.value !== true)
      return ctx.notApplicable('Schools did not have to share attendance data with the DfE every day on this date.');
    const schools = ctx.policy.schools ?? [];
    if (schools.length > 0 && schools.every((s) => outside(ctx, s)))
      return ctx.notApplicable('Maintained nursery schools and independent schools are outside the daily data sharing requirement.');
    // A federation with a nursery school: the requirement is for its other schools.
    for (const s of schools) {
      const why = outside(ctx, s);
      if (why) ctx.notApplicable(why, { school: s.id });
    }
    const pointer = '/monitoring/dfe_daily_sharing';
    if (ctx.get(pointer) === false) {
      ctx.report({
        pointer,
        messageId: 'dataNotShared',
        data: { since: required.since },
        fix: { pointer, value: true },
      });
    }
    for (const { block, match } of proseMatches(ctx, [VOLUNTARY, OPTIONAL], (h) =>
      /\bno\s+longer\b|\bmandatory\b|\bmust\b|\brequired\b/i.test(h.sentence),
    )) {
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'proseVoluntary', data: { since: required.since } });
    }
  },
});
