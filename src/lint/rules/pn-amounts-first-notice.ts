import { lawHistory, staleValues, type LawKey } from '../../law/index.js';
import { defineRule } from '../define-rule.js';
import { EXCLUSION_CONTEXT, HISTORICAL_CONTEXT } from '../../text/vocabulary.js';
import { lawText } from '../../law/law-text.js';

const FIELDS = [
  { key: 'discounted', law: 'penalty_notice.first.discounted', messageId: 'dataDiscounted' },
  { key: 'discount_days', law: 'penalty_notice.first.discount_days', messageId: 'dataDiscountDays' },
  { key: 'full', law: 'penalty_notice.first.full', messageId: 'dataFull' },
  { key: 'full_days', law: 'penalty_notice.first.full_days', messageId: 'dataFullDays' },
] as const;

/**
 * Patterns for old amounts and payment periods, built from the history of the parameters (one set per
 * distinct list of old values, so the prose matcher's cache keeps working).
 * "FPN" is how many policies name a fixed penalty notice; "£60." may end a sentence.
 */
const patterns = new Map<string, { amounts: RegExp[]; stale: RegExp | undefined; days: RegExp | undefined }>();
function prose(amounts: number[], days: number[]): { amounts: RegExp[]; stale: RegExp | undefined; days: RegExp | undefined } {
  const key = `${amounts.join(',')}/${days.join(',')}`;
  let out = patterns.get(key);
  if (!out) {
    const a = amounts.join('|');
    out = {
      amounts: amounts.length
        ? [
            new RegExp(String.raw`£\s?(${a})(?![\d,]|\.\d)[^.]{0,80}\b(penalt|fine|fixed|FPN)`, 'gi'),
            new RegExp(String.raw`\b(penalt|fine|FPN)[^.]{0,80}£\s?(${a})(?![\d,]|\.\d)`, 'gi'),
          ]
        : [],
      stale: amounts.length ? new RegExp(String.raw`£\s?(${a})(?!\d|,\d|\.\d)`, 'g') : undefined,
      days: days.length ? new RegExp(String.raw`within\s+(${days.join('|')})\s+days`, 'gi') : undefined,
    };
    patterns.set(key, out);
  }
  return out;
}

/** Old values of these parameters that are not current for any of them. */
function oldOnly(ctx: { asOf: string; law: (k: PnKey) => { value: number } | undefined }, keys: PnKey[]): number[] {
  const current = new Set(keys.map((k) => ctx.law(k)?.value));
  return [...new Set(keys.flatMap((k) => staleValues(k, ctx.asOf)))].filter((v) => !current.has(v)).sort((x, y) => x - y);
}
type PnKey =
  | 'penalty_notice.first.discounted'
  | 'penalty_notice.first.full'
  | 'penalty_notice.second.amount'
  | 'penalty_notice.first.discount_days'
  | 'penalty_notice.first.full_days'
  | 'penalty_notice.second.days';

/** The date a value of the parameter stopped applying (the start of the next value). */
function staleUntil(key: LawKey, value: number): string | undefined {
  const h = lawHistory(key);
  const i = h.findIndex((e) => e.value === value);
  return i >= 0 ? h[i + 1]?.since : undefined;
}

export const rule = defineRule({
  meta: {
    id: 'pn-amounts-first-notice',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: [
      '/legal_measures/penalty_notices/first/discounted',
      '/legal_measures/penalty_notices/first/discount_days',
      '/legal_measures/penalty_notices/first/full',
      '/legal_measures/penalty_notices/first/full_days',
    ],
    title: lawText(
      'First penalty notice: {penalty_notice.first.discounted} if paid within {penalty_notice.first.discount_days}, {penalty_notice.first.full} within {penalty_notice.first.full_days}',
    ),
    explanation:
      'Since 19 August 2024 a first attendance penalty notice costs £80 if paid within 21 days and £160 if paid within 28 days. Policies written before then often still say £60 and £120. Parents must be told the right amounts.',
    citations: [
      {
        source: 'Education (Penalty Notices) (England) (Amendment) Regulations 2024 (SI 2024/210)',
        paragraph: 'reg 4 of the 2007 Regulations as amended',
        url: 'https://www.legislation.gov.uk/uksi/2024/210',
      },
      { source: 'Working together to improve school attendance (2024)', paragraph: 'chapter 6, national framework for penalty notices' },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: true,
    governorQuestion:
      'Does our policy give parents the current penalty notice amounts (£80 and £160), and who checked it after August 2024?',
    messages: {
      dataDiscounted:
        'The policy gives {{found|pounds}} as the lower amount of a first penalty notice, paid early; since {{since|date}} it is {{required|pounds}}.',
      dataDiscountDays:
        'The policy gives {{found}} days to pay the lower amount of a first penalty notice; since {{since|date}} it is {{required}} days.',
      dataFull:
        'The policy gives {{found|pounds}} as the full amount of a first penalty notice; since {{since|date}} it is {{required|pounds}}.',
      dataFullDays:
        'The policy gives {{found}} days to pay the full amount of a first penalty notice; since {{since|date}} it is {{required}} days.',
      proseOldDiscounted:
        '{{amount|pounds}} is not a current penalty notice amount (a first notice is {{low|pounds}}, or {{full|pounds}} after {{lowDays}} days).',
      proseOldFull:
        '{{amount|pounds}} is not a current penalty notice amount (a first notice is {{low|pounds}}, or {{full|pounds}} after {{lowDays}} days).',
      proseOldDays: 'Penalty notices are paid within {{lowDays}} or {{fullDays}} days; {{days}} days was the period before {{until|date}}.',
    },
    hints: {
      dataDiscounted: 'Change it to {{required}} ({{reference}}).',
      dataDiscountDays: 'Change it to {{required}} ({{reference}}).',
      dataFull: 'Change it to {{required}} ({{reference}}).',
      dataFullDays: 'Change it to {{required}} ({{reference}}).',
      // The old early-payment amount becomes the early-payment amount; the other old amounts the full amount.
      proseOldDiscounted:
        'Change {{amount|pounds}} to {{low|pounds}} (if paid within {{lowDays}} days), or show the amount from the data with {{legal_measures.penalty_notices.first.discounted}}.',
      proseOldFull:
        'Change {{amount|pounds}} to {{full|pounds}}, or show the amount from the data with {{legal_measures.penalty_notices.first.full}}.',
      proseOldDays: 'Say {{lowDays}} days for the lower amount and {{fullDays}} days for the full amount.',
    },
  },
  check(ctx) {
    const base = '/legal_measures/penalty_notices/first';
    for (const f of FIELDS) {
      const found = ctx.get(`${base}/${f.key}`);
      const law = ctx.law(f.law);
      if (typeof found !== 'number' || !law || found === law.value) continue;
      ctx.report({
        pointer: `${base}/${f.key}`,
        messageId: f.messageId,
        data: { found, required: law.value, since: law.since, reference: law.reference },
        fix: { pointer: `${base}/${f.key}`, value: law.value },
      });
    }
    const low = ctx.law('penalty_notice.first.discounted');
    const full = ctx.law('penalty_notice.first.full');
    const lowDays = ctx.law('penalty_notice.first.discount_days');
    const current = new Set([low?.value, full?.value, ctx.law('penalty_notice.second.amount')?.value]);
    const old = prose(
      oldOnly(ctx, ['penalty_notice.first.discounted', 'penalty_notice.first.full', 'penalty_notice.second.amount']),
      oldOnly(ctx, ['penalty_notice.first.discount_days', 'penalty_notice.first.full_days', 'penalty_notice.second.days']),
    );
    // Every stale amount in a sentence is reported, each with what to write instead: a sentence
    // often gives two ("£60 … rising to £120"), and fixing one should not reveal the other later.
    const done = new Set<string>();
    // Old amounts exist only where the current ones do (every first-notice parameter starts on the same date).
    for (const re of low && full && lowDays ? old.amounts : []) {
      for (const { block, match, sentence } of ctx.matchProse(re)) {
        if (EXCLUSION_CONTEXT.test(sentence) || /\bpublic\s+space\b/i.test(sentence) || HISTORICAL_CONTEXT.test(sentence)) continue;
        const start = block.text.indexOf(sentence, Math.max(0, match.index! - sentence.length));
        const base = start >= 0 ? start : match.index!;
        for (const m of (start >= 0 ? sentence : match[0]).matchAll(old.stale!)) {
          const amount = Number(m[1]);
          const at = base + m.index!;
          const key = `${block.section}\u0000${block.text}\u0000${at}`;
          if (current.has(amount) || done.has(key)) continue;
          done.add(key);
          ctx.reportProse(block, at, m[0].length, {
            messageId: staleValues('penalty_notice.first.discounted', ctx.asOf).includes(amount) ? 'proseOldDiscounted' : 'proseOldFull',
            data: { amount, low: low!.value, full: full!.value, lowDays: lowDays!.value },
          });
        }
      }
    }
    const payDays = [lowDays?.value, ctx.law('penalty_notice.first.full_days')?.value];
    if (old.days && payDays[0] && payDays[1]) {
      for (const { block, match, sentence } of ctx.matchProse(old.days)) {
        if (!/penalt|fine|pay/i.test(sentence)) continue;
        const n = Number(match[1]);
        const until = staleUntil('penalty_notice.first.full_days', n) ?? staleUntil('penalty_notice.first.discount_days', n);
        ctx.reportProse(block, match.index!, match[0].length, {
          messageId: 'proseOldDays',
          // The current periods started when the old one stopped.
          data: { lowDays: payDays[0]!, fullDays: payDays[1]!, days: n, until: until ?? lowDays!.since },
        });
      }
    }
  },
});
