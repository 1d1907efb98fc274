import type { Fix } from '../context.js';
import { defineRule } from '../define-rule.js';
import { HISTORICAL_CONTEXT } from '../../text/vocabulary.js';
import { bodyPointer, statutoryGuidanceInForce } from '../policy-facts.js';

const PARENTING_CONTRACT = /\b(parenting)(\s+)(contracts?)\b/gi;
const RENAMED = /\b(renamed|known\s+as|now\s+called|instead\s+of)\b/i;

/** "parenting" → "attendance" in the same case. */
function attendanceLike(word: string): string {
  if (word === word.toUpperCase()) return 'ATTENDANCE';
  return word[0] === 'P' ? 'Attendance' : 'attendance';
}

/**
 * A text fix for one occurrence, or undefined when the replacement could read wrongly elsewhere in the body.
 * "a parenting contract" becomes "an attendance contract"; every occurrence of the same words is replaced.
 */
function textFix(body: string, text: string, index: number, match: RegExpMatchArray, pointer: string): Fix | undefined {
  const article = /(?:^|[^A-Za-z])([Aa])\s$/.exec(text.slice(Math.max(0, index - 3), index))?.[1];
  const phrase = match[0];
  const replaced = `${attendanceLike(match[1]!)}${match[2]}${match[3]}`;
  const from = article ? `${article} ${phrase}` : phrase;
  const to = article ? `${article}n ${replaced}` : replaced;
  const at = [...body.matchAll(new RegExp(from.replace(/\s+/g, '\\s+'), 'g'))].map((m) => m.index!);
  if (at.length === 0) return undefined;
  // Every occurrence must be a whole phrase; without the article, none may follow "a " (it would become "a attendance").
  const safe = at.every((i) =>
    article ? !/[A-Za-z]$/.test(body.slice(0, i)) : !/(^|[^A-Za-z])[Aa]\s+$/.test(body.slice(Math.max(0, i - 3), i)),
  );
  return safe && body.includes(from) ? { pointer, replace: { from, to } } : undefined;
}

export const rule = defineRule({
  meta: {
    id: 'law-parenting-order-attendance-contract',
    level: 'info',
    severity: 'info',
    where: 'both',
    settings: [],
    title: '“Parenting contract” is now called “attendance contract”',
    explanation:
      'An attendance contract is a voluntary written agreement between parents and the school or local authority to formalise support. Since 2024 the guidance calls it an attendance contract instead of a parenting contract. It is not legally binding, but not engaging with it can inform later action. A parenting order is different: a court can make one only after a parent is convicted.',
    citations: [
      {
        source: 'Working together to improve school attendance (2024 edition)',
        paragraph: 'attendance contracts, paras 138–150 (approximate)',
        url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
      },
      { source: 'Anti-social Behaviour Act 2003', paragraph: 's19', url: 'https://www.legislation.gov.uk/ukpga/2003/38' },
      { source: 'Crime and Disorder Act 1998', paragraph: 's8 (parenting orders)', url: 'https://www.legislation.gov.uk/ukpga/1998/37' },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    confidenceNote:
      'The renaming is from restatements of the 2024 guidance; the statutory basis of parenting orders and contracts (Crime and Disorder Act 1998 s8, Anti-social Behaviour Act 2003 s19) is recalled, not read.',
    fixable: true,
    governorQuestion: 'Does our policy use the current term “attendance contract”?',
    messages: {
      parentingContract: 'Since 2024 the guidance calls this an “attendance contract”, not a “parenting contract”.',
    },
    hints: {
      parentingContract: 'Use “attendance contract”.',
    },
  },
  check(ctx) {
    // The guidance renamed the contract in 2024; before then "parenting contract" was the term.
    if (!statutoryGuidanceInForce(ctx))
      return ctx.notApplicable('Before 19 August 2024 the guidance still called it a parenting contract.');
    for (const { block, match, sentence } of ctx.matchProse(PARENTING_CONTRACT)) {
      if (HISTORICAL_CONTEXT.test(sentence) || RENAMED.test(sentence)) continue;
      const pointer = bodyPointer(ctx, block);
      const body = pointer ? ctx.get(pointer) : undefined;
      const fix = typeof body === 'string' && pointer ? textFix(body, block.text, match.index!, match, pointer) : undefined;
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'parentingContract', ...(fix ? { fix } : {}) });
    }
  },
});
