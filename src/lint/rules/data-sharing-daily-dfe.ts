import type { Rule } from '../rule.js';
import type { Policy } from '../../types/policy.js';
import type { RuleContext } from '../context.js';
import { longDate } from '../../text/dates.js';
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

/** True when every school the policy names is outside the requirement on the `--as-of` date (independent or maintained nursery schools). */
function allOutside(ctx: RuleContext): boolean {
  const schools = ctx.policy.schools ?? [];
  const independentIn = ctx.law('data_sharing.covers_independent_schools')?.value !== false;
  const nurseryIn = ctx.law('data_sharing.covers_maintained_nursery_schools')?.value !== false;
  return schools.length > 0 && schools.every((s) => (s.type === 'independent' && !independentIn) || (maintainedNursery(s) && !nurseryIn));
}

export const rule: Rule = {
  meta: {
    id: 'data-sharing-daily-dfe',
    level: 'must',
    severity: 'error',
    where: 'both',
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
  },
  check(ctx) {
    const required = ctx.law('data_sharing.dfe_daily_required');
    if (required?.value !== true || allOutside(ctx)) return;
    const pointer = '/monitoring/dfe_daily_sharing';
    if (ctx.get(pointer) === false) {
      ctx.report({
        pointer,
        message: `The policy says register data is not shared daily with the DfE; since ${longDate(required.since)} state-funded schools (other than maintained nursery schools) must share it.`,
        hint: 'Set this to true and make sure the management information system is connected to the DfE attendance data service.',
        fix: { pointer, value: true },
      });
    }
    for (const { block, match } of proseMatches(ctx, [VOLUNTARY, OPTIONAL], (h) =>
      /\bno\s+longer\b|\bmandatory\b|\bmust\b|\brequired\b/i.test(h.sentence),
    )) {
      ctx.reportProse(
        block,
        match.index!,
        match[0].length,
        `Sharing attendance data with the DfE has not been voluntary for state-funded schools since ${longDate(required.since)}; it is a legal requirement.`,
        {
          hint: 'Say that the school shares its register data with the DfE daily, as the law requires.',
        },
      );
    }
  },
  examples: {
    pass: [
      { title: 'Shared daily', yaml: 'monitoring:\n  dfe_daily_sharing: true\n' },
      {
        title: 'Mandatory sharing described',
        yaml: 'sections:\n  - id: data\n    title: Using data\n    body: |\n      The school takes part in the mandatory daily sharing of attendance data with the DfE.\n',
      },
      { title: 'Before 19 August 2024 sharing was voluntary', asOf: '2024-06-01', yaml: 'monitoring:\n  dfe_daily_sharing: false\n' },
      {
        title: 'A maintained nursery school is not covered',
        yaml: 'schools:\n  - id: acorn\n    name: Acorn Nursery School\n    type: maintained\n    phase: [nursery]\nmonitoring:\n  dfe_daily_sharing: false\n',
      },
      {
        title: 'An independent school is not covered',
        yaml: 'schools:\n  - id: hall\n    name: Hall School\n    type: independent\nmonitoring:\n  dfe_daily_sharing: false\n',
      },
    ],
    fail: [
      {
        title: 'Not shared, in the data',
        yaml: 'monitoring:\n  dfe_daily_sharing: false\n',
        output: 'monitoring:\n  dfe_daily_sharing: true\n',
      },
      {
        title: 'A maintained primary school with a nursery class is covered',
        yaml: 'schools:\n  - id: elm\n    name: Elm Primary School\n    type: maintained\n    phase: [nursery, primary]\nmonitoring:\n  dfe_daily_sharing: false\n',
        output:
          'schools:\n  - id: elm\n    name: Elm Primary School\n    type: maintained\n    phase: [nursery, primary]\nmonitoring:\n  dfe_daily_sharing: true\n',
      },
      {
        title: 'Described as voluntary',
        yaml: 'sections:\n  - id: data\n    title: Using data\n    body: |\n      The school voluntarily shares its attendance data with the DfE.\n',
      },
    ],
  },
};
