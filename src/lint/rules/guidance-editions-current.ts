import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';
import type { LawKey, LawValueTypes } from '../../law/index.js';
import { proseHits } from '../prose-match.js';
import { type Reference, references } from '../policy-facts.js';

/** Keys of the law data whose values are numbers (edition years among them). */
type NumberKey = { [K in LawKey]: LawValueTypes[K] extends number ? K : never }[LawKey];

/** Other DfE and Ofsted documents a policy cites by edition; each edition in force is law data. */
interface Document {
  /** Its messages are `<id>Cited` (in the references) and `<id>InText`. */
  id: string;
  name: string;
  law: NumberKey;
  title: RegExp;
  prose: RegExp;
  /** Ofsted's framework is context for the policy, not guidance it must follow: information only. */
  severity?: 'info';
  /** What to do, with `{{current}}` for the edition in force. */
  hint: string;
}

const YEAR_IN_BRACKETS = String.raw`[^.]{0,60}?\(\s*(?:[a-z]+\.?\s+)?(20\d\d)\s*\)`;
const DOCUMENTS: Document[] = [
  {
    id: 'childrenMissingEducation',
    name: 'Children missing education',
    law: 'guidance.children_missing_education.current_year',
    title: /children\s+missing\s+(from\s+)?education/i,
    prose: new RegExp(String.raw`children\s+missing\s+(?:from\s+)?education\s*\(\s*(?:[a-z]+\s+)?(20\d\d)\s*\)`, 'gi'),
    hint: 'Cite Children missing education ({{current}}).',
  },
  {
    id: 'exclusionGuidance',
    name: 'the statutory guidance on suspension and permanent exclusion',
    law: 'guidance.exclusion.current_year',
    title: /suspension\s+and\s+permanent\s+exclusion|exclusion\s+from\s+maintained\s+schools/i,
    prose: new RegExp(
      String.raw`(?:suspension\s+and\s+permanent\s+exclusion|exclusion\s+from\s+maintained\s+schools)${YEAR_IN_BRACKETS}`,
      'gi',
    ),
    hint: 'Cite the {{current}} statutory guidance on suspension and permanent exclusion, and check how the policy records suspensions and any safeguarding separation.',
  },
  {
    id: 'ofstedFramework',
    name: "Ofsted's inspection framework",
    law: 'guidance.ofsted_framework.current_year',
    title: /education\s+inspection\s+framework|ofsted[^.]{0,40}framework/i,
    prose: /(?:education\s+inspection\s+framework|\bEIF\b)\s*(?:\(\s*)?(?:[a-z]+\s+)?(20\d\d)\b/gi,
    severity: 'info',
    hint: 'Refer to Ofsted’s {{current}} framework (report cards, with attendance under “Attendance and behaviour”) or leave the edition out.',
  },
];

/** Messages by id, two for each document. */
const messages: Record<string, string> = {};
const hints: Record<string, string> = {};
for (const doc of DOCUMENTS) {
  messages[`${doc.id}Cited`] =
    `The policy cites the {{year}} edition of ${doc.name}; the {{current}} edition replaced it on {{since|date}}.`;
  messages[`${doc.id}InText`] =
    `The {{year}} edition of ${doc.name} is not the current one: the {{current}} edition has applied since {{since|date}}.`;
  hints[`${doc.id}Cited`] = hints[`${doc.id}InText`] = doc.hint;
}

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
      messageId: `${doc.id}Cited`,
      data: { year, current: current.value, since: current.since },
      ...severity,
    });
  }
  for (const hit of proseHits(ctx, [doc.prose])) {
    const year = Number(hit.match[1]);
    if (year >= current.value) continue;
    ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, {
      messageId: `${doc.id}InText`,
      data: { year, current: current.value, since: current.since },
      ...severity,
    });
  }
}

export const rule = defineRule({
  meta: {
    id: 'guidance-editions-current',
    level: 'should',
    severity: 'warning',
    where: 'both',
    settings: ['/references/*/title', '/references/*/edition', '/references/*/year', '/references/*/statutory', '/references/*/kind'],
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
    messages,
    hints,
  },
  check(ctx) {
    for (const doc of DOCUMENTS) check(ctx, doc);
  },
});
