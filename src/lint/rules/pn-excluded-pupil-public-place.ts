import { defineRule } from '../define-rule.js';
import { HISTORICAL_CONTEXT } from '../../text/vocabulary.js';

const BASE = '/legal_measures/penalty_notices/excluded_pupil_public_place';
const EXCLUSION_NOTICE = /\b(public\s+(place|space)|excluded\s+pupil)/i;
const AMOUNT = /£\s?(\d{2,3})(?![\d,]|\.\d)/g;
const THRESHOLD = /\b(national\s+threshold|10\s+sessions|ten\s+sessions|two\s+(penalty\s+)?notices|2\s+(penalty\s+)?notices)\b/i;
// "not included in the National Framework", "separate from": the sentence keeps the regimes apart.
const KEEPS_APART = /\b(not|separate\w*|different|apart|except\w*|unlike)\b/i;

export const rule = defineRule({
  meta: {
    id: 'pn-excluded-pupil-public-place',
    level: 'must',
    // Medium confidence: the rulebook allows a warning, not an error (see the confidence note).
    severity: 'warning',
    where: 'both',
    settings: [
      '/legal_measures/penalty_notices/excluded_pupil_public_place/discounted',
      '/legal_measures/penalty_notices/excluded_pupil_public_place/full',
    ],
    title: 'Penalty notices for an excluded pupil in a public place are a separate regime',
    explanation:
      'During the first five school days of a suspension or permanent exclusion, parents must make sure their child is not in a public place in school hours without good reason, if the school has told them so. This is a separate offence with its own penalty notice. The 2024 amendments kept the old amounts for these notices only (£60 if paid within 21 days, £120 within 28 days) and brought in £80 and £160 separately for attendance notices; the national threshold of 10 sessions and the limit of two notices in three years do not apply to them either.',
    citations: [
      {
        source: 'Education and Inspections Act 2006',
        paragraph: 'ss103–105',
        url: 'https://www.legislation.gov.uk/ukpga/2006/40/section/105',
      },
      {
        source: 'Education (Penalty Notices) (England) (Amendment) Regulations 2024 (SI 2024/210)',
        paragraph: 'reg 4(1)(b)(i), which confines the old amounts in reg 4(1) of the 2007 Regulations to section 105 notices',
        url: 'https://www.legislation.gov.uk/uksi/2024/210/regulation/4',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'medium',
    confidenceNote:
      'The provision that confines the old amounts to these notices was read (about 0.8); the amounts are not restated in any guidance read. A policy that applies the attendance amounts, threshold or limit to these notices is therefore warned, not treated as an error.',
    fixable: false,
    governorQuestion:
      'Does our policy keep penalty notices for excluded pupils in public places separate from the attendance penalty notice framework?',
    // {{low}} and {{full}} are this regime's own amounts.
    messages: {
      dataNationalAmount:
        'The excluded-pupil notice is given as {{found|pounds}}, the attendance penalty notice amount. These notices are a separate regime and stay at {{low|pounds}} if paid within 21 days, or {{full|pounds}} within 28 days.',
      dataOtherAmount:
        'The excluded-pupil notice is given as {{found|pounds}}; notices for an excluded pupil in a public place are {{low|pounds}} if paid within 21 days, or {{full|pounds}} within 28 days.',
      proseNationalAmount:
        '{{amount|pounds}} is an attendance penalty notice amount; notices for an excluded pupil in a public place are a separate regime, at {{low|pounds}} if paid within 21 days, or {{full|pounds}} within 28 days.',
      proseThreshold:
        'The national threshold and the limit of two notices belong to the framework for irregular attendance; they do not apply to notices for an excluded pupil in a public place.',
    },
    hints: {
      dataNationalAmount: 'Give the excluded-pupil notice its own amounts and keep it apart from the attendance framework.',
      dataOtherAmount: 'Give the excluded-pupil notice its own amounts and keep it apart from the attendance framework.',
      proseNationalAmount: 'Give the excluded-pupil notice its own amounts and keep it apart from the attendance framework.',
      proseThreshold: 'Describe the excluded-pupil notice separately from the attendance threshold.',
    },
  },
  check(ctx) {
    const national = { discounted: ctx.law('penalty_notice.first.discounted'), full: ctx.law('penalty_notice.first.full') };
    const own = { discounted: ctx.law('excluded_pupil_notice.discounted'), full: ctx.law('excluded_pupil_notice.full') };
    if (!national.discounted || !national.full || !own.discounted || !own.full)
      return ctx.notApplicable('The penalty notice amounts were not in force on this date.');
    const nationalAmounts = new Set([national.discounted.value, national.full.value]);
    const ownAmounts = new Set([own.discounted.value, own.full.value]);
    // Before the 2024 framework both regimes had the same amounts: nothing to tell apart.
    if ([...nationalAmounts].every((a) => ownAmounts.has(a)))
      return ctx.notApplicable('On this date a penalty notice for an excluded pupil cost the same as any other.');
    const right = { low: own.discounted.value, full: own.full.value };
    const data = ctx.policy.legal_measures?.penalty_notices?.excluded_pupil_public_place;
    for (const key of ['discounted', 'full'] as const) {
      const found = data?.[key];
      if (typeof found !== 'number' || found === own[key]!.value) continue;
      ctx.report({
        pointer: `${BASE}/${key}`,
        messageId: nationalAmounts.has(found) ? 'dataNationalAmount' : 'dataOtherAmount',
        data: { found, ...right },
      });
    }
    for (const block of ctx.prose) {
      for (const m of block.text.matchAll(/[^.!?]+[.!?]?/g)) {
        const sentence = m[0];
        if (
          !EXCLUSION_NOTICE.test(sentence) ||
          !/\b(penalt|fine|FPN)/i.test(sentence) ||
          HISTORICAL_CONTEXT.test(sentence) ||
          KEEPS_APART.test(sentence)
        )
          continue;
        for (const a of sentence.matchAll(AMOUNT)) {
          const amount = Number(a[1]);
          if (!nationalAmounts.has(amount) || ownAmounts.has(amount)) continue;
          ctx.reportProse(block, m.index! + a.index!, a[0].length, { messageId: 'proseNationalAmount', data: { amount, ...right } });
        }
        const t = THRESHOLD.exec(sentence);
        if (t) {
          ctx.reportProse(block, m.index! + t.index, t[0].length, { messageId: 'proseThreshold' });
        }
      }
    }
  },
});
