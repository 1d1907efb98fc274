import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';
import { editionPointer, type Reference, references } from '../policy-facts.js';
import { fullMonths } from '../in-sentence.js';
import { proseHits } from '../prose-match.js';

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

export const rule = defineRule({
  meta: {
    id: 'framework-wt-2024-statutory',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/references/*/title', '/references/*/edition', '/references/*/year', '/references/*/statutory', '/references/*/kind'],
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
    messages: {
      citesOlderEdition:
        'The policy cites the {{edition}} edition of Working together to improve school attendance. Since {{since|date}} the {{current}} edition applies, and it is statutory guidance.',
      citesNonStatutory:
        'The policy describes Working together to improve school attendance as non-statutory. Since {{since|date}} it is statutory guidance that schools must have regard to.',
      citesOldSummaryTable:
        'The policy cites the {{edition}} summary table of responsibilities for school attendance, which went with the non-statutory 2022 guidance. It was reissued with Working together to improve school attendance ({{current}}).',
      citesDepartmentalAdvice:
        'The policy cites {{cited}}, which was withdrawn: Working together to improve school attendance replaced it.',
      proseNonStatutory:
        'The May 2022 non-statutory version no longer applies. Since {{since|date}} Working together to improve school attendance ({{current}}) is statutory guidance.',
      proseOldSummaryTable:
        'The {{year}} summary table of responsibilities for school attendance went with the non-statutory guidance; it was reissued with Working together to improve school attendance ({{current}}).',
      proseDepartmentalAdvice:
        'This DfE advice on school attendance has been withdrawn: Working together to improve school attendance replaced it.',
    },
    hints: {
      citesOlderEdition: 'Cite Working together to improve school attendance ({{current}}) and describe it as statutory guidance.',
      citesNonStatutory: 'Cite Working together to improve school attendance ({{current}}) and describe it as statutory guidance.',
      citesOldSummaryTable: 'Cite the {{current}} summary table, or Working together to improve school attendance ({{current}}).',
      citesDepartmentalAdvice: 'Remove this reference and cite Working together to improve school attendance ({{current}}).',
      proseNonStatutory:
        'Refer to Working together to improve school attendance ({{current}}) as statutory guidance that the school must have regard to.',
      proseOldSummaryTable: 'Refer to the {{current}} summary table and Working together to improve school attendance ({{current}}).',
      proseDepartmentalAdvice: 'Refer to Working together to improve school attendance ({{current}}) instead.',
    },
  },
  check(ctx) {
    const wt = ctx.law('guidance.working_together.current_year');
    if (!wt) return;
    const statutory = ctx.law('guidance.working_together.statutory');
    const wtStatutory = statutory?.value === true;
    checkReferences(ctx, wt.value, wtStatutory, wt.since);
    for (const hit of proseHits(ctx, PROSE_WT, (h) => !wtStatutory || describesChange(h.sentence, wt.value))) {
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, {
        messageId: 'proseNonStatutory',
        data: { since: wt.since, current: wt.value },
      });
    }
    for (const hit of proseHits(ctx, [PROSE_SUMMARY_TABLE], (h) => !wtStatutory || Number(h.match[1]) >= wt.value)) {
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, {
        messageId: 'proseOldSummaryTable',
        data: { year: hit.match[1]!, current: wt.value },
      });
    }
    for (const hit of proseHits(ctx, PROSE_ADVICE)) {
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, {
        messageId: 'proseDepartmentalAdvice',
        data: { current: wt.value },
      });
    }
  },
});

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
        ...(older
          ? { messageId: 'citesOlderEdition', data: { edition: fullMonths(String(ref.edition ?? ref.year!)), since, current } }
          : { messageId: 'citesNonStatutory', data: { since, current } }),
      });
    } else if (wtStatutory && SUMMARY_TABLE.test(ref.title) && olderEdition(ref, current)) {
      ctx.report({
        pointer: editionPointer(ref, ref.year !== undefined),
        messageId: 'citesOldSummaryTable',
        data: { edition: fullMonths(String(ref.edition ?? ref.year!)), current },
      });
    } else if (DEPARTMENTAL_ADVICE.test(ref.text)) {
      ctx.report({
        pointer: `${ref.pointer}/title`,
        messageId: 'citesDepartmentalAdvice',
        data: { cited: `“${ref.title}”${ref.edition ? ` (${ref.edition})` : ''}`, current },
      });
    }
  }
}
