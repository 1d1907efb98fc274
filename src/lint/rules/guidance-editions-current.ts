import type { RuleContext } from '../context.js';
import type { Rule } from '../rule.js';
import type { LawKey, LawValueTypes } from '../../law/index.js';
import { longDate } from '../../text/dates.js';
import { proseHits, reportHit } from '../prose-match.js';
import { type Reference, references } from '../policy-facts.js';

/** Keys of the law data whose values are numbers (edition years among them). */
type NumberKey = { [K in LawKey]: LawValueTypes[K] extends number ? K : never }[LawKey];

/** Other DfE and Ofsted documents a policy cites by edition; each edition in force is law data. */
interface Document {
  name: string;
  law: NumberKey;
  title: RegExp;
  prose: RegExp;
  /** Ofsted's framework is context for the policy, not guidance it must follow: information only. */
  severity?: 'info';
  hint: (year: number) => string;
}

const YEAR_IN_BRACKETS = String.raw`[^.]{0,60}?\(\s*(?:[a-z]+\.?\s+)?(20\d\d)\s*\)`;
const DOCUMENTS: Document[] = [
  {
    name: 'Children missing education',
    law: 'guidance.children_missing_education.current_year',
    title: /children\s+missing\s+(from\s+)?education/i,
    prose: new RegExp(String.raw`children\s+missing\s+(?:from\s+)?education\s*\(\s*(?:[a-z]+\s+)?(20\d\d)\s*\)`, 'gi'),
    hint: (y) => `Cite Children missing education (${y}).`,
  },
  {
    name: 'the statutory guidance on suspension and permanent exclusion',
    law: 'guidance.exclusion.current_year',
    title: /suspension\s+and\s+permanent\s+exclusion|exclusion\s+from\s+maintained\s+schools/i,
    prose: new RegExp(
      String.raw`(?:suspension\s+and\s+permanent\s+exclusion|exclusion\s+from\s+maintained\s+schools)${YEAR_IN_BRACKETS}`,
      'gi',
    ),
    hint: (y) =>
      `Cite the ${y} statutory guidance on suspension and permanent exclusion, and check how the policy records suspensions and any safeguarding separation.`,
  },
  {
    name: "Ofsted's inspection framework",
    law: 'guidance.ofsted_framework.current_year',
    title: /education\s+inspection\s+framework|ofsted[^.]{0,40}framework/i,
    prose: /(?:education\s+inspection\s+framework|\bEIF\b)\s*(?:\(\s*)?(?:[a-z]+\s+)?(20\d\d)\b/gi,
    severity: 'info',
    hint: (y) =>
      `Refer to Ofsted's ${y} framework (report cards, with attendance under "Attendance and behaviour") or leave the edition out.`,
  },
];

/** The edition year a reference gives (in `year`, its edition text or its title). */
function citedYear(ref: Reference): number | undefined {
  if (ref.year !== undefined) return ref.year;
  const years = [...`${ref.edition ?? ''} ${ref.title}`.matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]));
  return years.length ? Math.max(...years) : undefined;
}

function isLocalDocument(ref: Reference): boolean {
  return ref.kind === 'local' || ref.kind === 'policy' || /policy|procedure/i.test(ref.title);
}

function check(ctx: RuleContext, doc: Document): void {
  const current = ctx.law(doc.law);
  if (!current) return;
  const severity = doc.severity ? { severity: doc.severity } : {};
  for (const ref of references(ctx)) {
    if (!doc.title.test(ref.title) || isLocalDocument(ref)) continue;
    const year = citedYear(ref);
    if (year === undefined || year >= current.value) continue;
    ctx.report({
      pointer: ref.year !== undefined ? `${ref.pointer}/year` : `${ref.pointer}/title`,
      message: `The policy cites the ${year} edition of ${doc.name}; the ${current.value} edition replaced it on ${longDate(current.since)}.`,
      hint: doc.hint(current.value),
      ...severity,
    });
  }
  for (const hit of proseHits(ctx, [doc.prose])) {
    const year = Number(hit.match[1]);
    if (year >= current.value) continue;
    reportHit(
      ctx,
      hit,
      `The ${year} edition of ${doc.name} is not the current one: the ${current.value} edition has applied since ${longDate(current.since)}.`,
      doc.hint(current.value),
      doc.severity,
    );
  }
}

export const rule: Rule = {
  meta: {
    id: 'guidance-editions-current',
    level: 'should',
    severity: 'warning',
    where: 'both',
    title: 'Cites the current editions of related DfE guidance (children missing education, exclusions)',
    explanation:
      'An attendance policy often points to other statutory guidance. Children missing education was reissued in August 2024, replacing the September 2016 edition. New statutory guidance on suspension and permanent exclusion has applied since 26 July 2026: it brings in a "safeguarding separation" protocol, makes managed moves permanent and extends off-site direction to academies and pupil referral units, so a policy citing the earlier exclusion guidance is out of date. Ofsted\'s renewed inspection framework (report cards, with an "Attendance and behaviour" evaluation area and no single-word grades) has applied since 10 November 2025; citing the 2019 framework is noted for information.',
    citations: [
      {
        source: 'Children missing education (DfE, August 2024)',
        paragraph: 'replaces the September 2016 edition',
        url: 'https://www.gov.uk/government/publications/children-missing-education',
      },
      {
        source: 'Suspension and permanent exclusion: statutory guidance (DfE, published 26 May 2026)',
        paragraph: 'in force 26 July 2026',
        url: 'https://www.gov.uk/government/publications/school-exclusion',
      },
      { source: 'Ofsted renewed education inspection framework', paragraph: 'in force 10 November 2025' },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    confidenceNote:
      'How a safeguarding separation under the 2026 exclusion guidance is recorded in the attendance register was not found (low confidence), so the rule checks only which edition is cited.',
    fixable: false,
    governorQuestion: 'Does our policy point to the current editions of the guidance it relies on, including the 2026 exclusion guidance?',
  },
  check(ctx) {
    for (const doc of DOCUMENTS) check(ctx, doc);
  },
  examples: {
    pass: [
      {
        title: 'The current Children missing education',
        yaml: 'references:\n  - title: Children missing education\n    kind: statutory_guidance\n    year: 2024\n',
      },
      {
        title: 'The 2024 exclusion guidance before the 2026 guidance applied',
        asOf: '2026-07-01',
        yaml: 'references:\n  - title: Suspension and permanent exclusion from maintained schools, academies and pupil referral units in England\n    kind: statutory_guidance\n    year: 2024\n',
      },
      {
        title: 'A local procedure with an older date',
        yaml: 'references:\n  - title: Children missing education procedure\n    kind: local\n    year: 2016\n',
      },
    ],
    fail: [
      {
        title: 'The 2016 Children missing education',
        yaml: 'references:\n  - title: Children Missing Education\n    kind: statutory_guidance\n    year: 2016\n',
      },
      {
        title: 'The 2023 exclusion guidance after July 2026',
        yaml: 'sections:\n  - id: exclusions\n    title: Exclusions\n    body: |\n      Suspensions follow the DfE guidance on suspension and permanent exclusion (September 2023).\n',
      },
      {
        title: "Ofsted's 2019 framework (information only)",
        yaml: 'references:\n  - title: Education inspection framework\n    kind: guidance\n    year: 2019\n',
      },
    ],
  },
};
