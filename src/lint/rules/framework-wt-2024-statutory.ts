import type { RuleContext } from '../context.js';
import type { Rule } from '../rule.js';
import { longDate } from '../../text/dates.js';
import { editionPointer, type Reference, references } from '../policy-facts.js';
import { proseHits, reportHit } from '../prose-match.js';

const WT = /working\s+together\s+to\s+improve\s+school\s+attendance/i;
const DEPARTMENTAL_ADVICE = /school\s+attendance:?\s+departmental\s+advice|departmental\s+advice[^.]{0,40}school\s+attendance/i;
/** Published with each edition of the guidance (September 2022, then 2024). */
const SUMMARY_TABLE = /summary\s+table\s+of\s+responsibilities\s+for\s+school\s+attendance/i;

const PROSE_WT = [
  /working together to improve school attendance[^.]{0,80}(non-?statutory|may\s+2022|september\s+2022)/gi,
  /working together to improve school attendance[^.]{0,120}\b(will|expected\s+to|is\s+due\s+to)\s+become\s+statutory/gi,
];
/** The summary table was reissued with the 2024 guidance: only an older dated edition is stale. */
const PROSE_SUMMARY_TABLE = /summary\s+table\s+of\s+responsibilities\s+for\s+school\s+attendance\s*\(\s*(?:[a-z]+\.?\s+)?(20\d\d)\s*\)/gi;
const PROSE_ADVICE = [
  /school attendance:?\s+departmental advice/gi,
  /guidance\s+(for\s+maintained\s+schools[^.]{0,60})?\(?(november\s+2016|august\s+2020|november\s+2013)\)?/gi,
];
/** The sentence says WT is now statutory, or names the current edition: it is describing the change. */
function describesChange(sentence: string, current: number): boolean {
  return (
    /\b(became|becomes|is\s+now|now)\s+statutory\b/i.test(sentence) ||
    new RegExp(`\\b[a-z]+\\s+${current}\\b|\\(${current}\\)`, 'i').test(sentence)
  );
}

/** The year or the edition given is older than the current edition (an undated citation is not judged). */
function olderEdition(ref: Reference, current: number): boolean {
  if (ref.year !== undefined) return ref.year < current;
  const years = [...(ref.edition ?? '').matchAll(/\b(19|20)\d\d\b/g)].map((m) => Number(m[0]));
  return years.length > 0 && Math.max(...years) < current;
}

function staleWorkingTogether(ref: Reference, current: number): boolean {
  if (!WT.test(ref.title)) return false;
  return ref.statutory === false || olderEdition(ref, current) || (ref.year === undefined && /non-?statutory/i.test(ref.edition ?? ''));
}

export const rule: Rule = {
  meta: {
    id: 'framework-wt-2024-statutory',
    level: 'must',
    severity: 'error',
    where: 'both',
    title: 'Cites Working together to improve school attendance (2024, statutory), not older guidance',
    explanation:
      'Since 19 August 2024 the DfE guidance "Working together to improve school attendance" is statutory: schools, trusts and governors must follow it unless they have a good reason not to. It replaced the May 2022 non-statutory version (with its summary table of responsibilities), which had itself replaced "School attendance: departmental advice". A policy that calls the guidance non-statutory, or relies on the older documents, is out of date.',
    citations: [
      {
        source: 'Working together to improve school attendance (DfE, 2024)',
        paragraph: 'summary and status',
        url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion:
      'Does our policy treat Working together to improve school attendance (2024) as statutory guidance, and have we dropped the 2022 and older DfE advice?',
  },
  check(ctx) {
    const wt = ctx.law('guidance.working_together.current_year');
    if (!wt) return;
    const statutory = ctx.law('guidance.working_together.statutory');
    const wtStatutory = statutory?.value === true;
    checkReferences(ctx, wt.value, wtStatutory, longDate(wt.since));
    for (const hit of proseHits(ctx, PROSE_WT, (h) => !wtStatutory || describesChange(h.sentence, wt.value))) {
      reportHit(
        ctx,
        hit,
        `The May 2022 non-statutory version no longer applies. Since ${longDate(wt.since)} Working together to improve school attendance (${wt.value}) is statutory guidance.`,
        `Refer to Working together to improve school attendance (${wt.value}) as statutory guidance that the school must have regard to.`,
      );
    }
    for (const hit of proseHits(ctx, [PROSE_SUMMARY_TABLE], (h) => !wtStatutory || Number(h.match[1]) >= wt.value)) {
      reportHit(
        ctx,
        hit,
        `The ${hit.match[1]} summary table of responsibilities for school attendance went with the non-statutory guidance; it was reissued with Working together to improve school attendance (${wt.value}).`,
        `Refer to the ${wt.value} summary table and Working together to improve school attendance (${wt.value}).`,
      );
    }
    for (const hit of proseHits(ctx, PROSE_ADVICE)) {
      reportHit(
        ctx,
        hit,
        'This DfE advice on school attendance has been withdrawn: Working together to improve school attendance replaced it.',
        `Refer to Working together to improve school attendance (${wt.value}) instead.`,
      );
    }
  },
  examples: {
    pass: [
      {
        title: 'Cites the 2024 statutory guidance',
        yaml: 'references:\n  - title: Working together to improve school attendance\n    kind: statutory_guidance\n    year: 2024\n    statutory: true\n',
      },
      {
        title: 'Mentions the non-statutory version only to say it was replaced',
        yaml: 'sections:\n  - id: law\n    title: Guidance\n    body: |\n      Working together to improve school attendance (2024) replaced the non-statutory May 2022 guidance.\n',
      },
      {
        title: 'Before 19 August 2024 the 2022 edition was current',
        asOf: '2024-03-01',
        yaml: 'references:\n  - title: Working together to improve school attendance\n    kind: guidance\n    year: 2022\n    statutory: false\n',
      },
      {
        title: 'The summary table reissued in 2024',
        yaml: 'references:\n  - title: Summary table of responsibilities for school attendance\n    year: 2024\n    edition: applies from 19 August 2024\n',
      },
      {
        title: 'Working together (2024) stays correct after the July 2026 revision',
        asOf: '2026-11-25',
        yaml: 'references:\n  - title: Working together to improve school attendance\n    kind: statutory_guidance\n    year: 2024\n    statutory: true\n',
      },
      {
        title: "Children missing education (2016) is another rule's finding",
        yaml: 'references:\n  - title: Children Missing Education\n    kind: statutory_guidance\n    year: 2016\n',
      },
      {
        title: 'Working together to safeguard children is a different document',
        yaml: 'references:\n  - title: Working together to safeguard children\n    kind: statutory_guidance\n    year: 2023\n',
      },
    ],
    fail: [
      {
        title: 'Cites the 2022 non-statutory edition',
        yaml: 'references:\n  - title: Working together to improve school attendance\n    kind: guidance\n    year: 2022\n    edition: May 2022\n    statutory: false\n',
      },
      {
        title: 'Cites the 2022 summary table',
        yaml: 'references:\n  - title: Summary Table of Responsibilities for School Attendance\n    year: 2022\n    edition: Sept 2022\n',
      },
      {
        title: 'Calls the guidance non-statutory in the prose',
        yaml: 'sections:\n  - id: law\n    title: Guidance\n    body: |\n      This policy follows Working together to improve school attendance, non-statutory guidance from the DfE.\n',
      },
      {
        title: 'Relies on the old departmental advice',
        yaml: 'sections:\n  - id: law\n    title: Guidance\n    body: |\n      This policy follows School attendance: departmental advice for maintained schools (November 2016).\n',
      },
    ],
  },
};

function checkReferences(ctx: RuleContext, current: number, wtStatutory: boolean, since: string): void {
  for (const ref of references(ctx)) {
    if (wtStatutory && staleWorkingTogether(ref, current)) {
      const older = olderEdition(ref, current);
      ctx.report({
        pointer: older
          ? editionPointer(ref, ref.year !== undefined)
          : ref.statutory === false
            ? `${ref.pointer}/statutory`
            : editionPointer(ref, false),
        message: older
          ? `The policy cites the ${ref.edition ?? ref.year} edition of Working together to improve school attendance. Since ${since} the ${current} edition applies, and it is statutory guidance.`
          : `The policy describes Working together to improve school attendance as non-statutory. Since ${since} it is statutory guidance that schools must have regard to.`,
        hint: `Cite Working together to improve school attendance (${current}) and describe it as statutory guidance.`,
      });
    } else if (wtStatutory && SUMMARY_TABLE.test(ref.title) && olderEdition(ref, current)) {
      ctx.report({
        pointer: editionPointer(ref, ref.year !== undefined),
        message: `The policy cites the ${ref.edition ?? ref.year} summary table of responsibilities for school attendance, which went with the non-statutory 2022 guidance. It was reissued with Working together to improve school attendance (${current}).`,
        hint: `Cite the ${current} summary table, or Working together to improve school attendance (${current}).`,
      });
    } else if (DEPARTMENTAL_ADVICE.test(ref.text)) {
      ctx.report({
        pointer: `${ref.pointer}/title`,
        message: `The policy cites “${ref.title}”${ref.edition ? ` (${ref.edition})` : ''}, which was withdrawn: Working together to improve school attendance replaced it.`,
        hint: `Remove this reference and cite Working together to improve school attendance (${current}).`,
      });
    }
  }
}
