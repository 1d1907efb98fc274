import type { Rule } from '../rule.js';
import { HISTORICAL_CONTEXT, pounds } from '../rule-helpers.js';

const BASE = '/legal_measures/penalty_notices/excluded_pupil_public_place';
const EXCLUSION_NOTICE = /\b(public\s+(place|space)|excluded\s+pupil)/i;
const AMOUNT = /£\s?(\d{2,3})(?![\d,]|\.\d)/g;
const THRESHOLD = /\b(national\s+threshold|10\s+sessions|ten\s+sessions|two\s+(penalty\s+)?notices|2\s+(penalty\s+)?notices)\b/i;
// "not included in the National Framework", "separate from": the sentence keeps the regimes apart.
const KEEPS_APART = /\b(not|separate\w*|different|apart|except\w*|unlike)\b/i;

export const rule: Rule = {
  meta: {
    id: 'pn-excluded-pupil-public-place',
    level: 'must',
    severity: 'error',
    where: 'both',
    title: 'Penalty notices for an excluded pupil in a public place are a separate regime',
    explanation:
      'During the first five school days of a suspension or exclusion, parents must make sure their child is not in a public place in school hours without good reason, if the school has told them so. This is a separate offence, and its penalty notice is a separate regime: the national framework for attendance (the threshold, £80 and £160, the limit of two notices) does not appear to apply to it. Its amounts after 2024 could not be confirmed; £60 within 21 days and £120 within 28 days is most likely still right.',
    citations: [
      { source: 'Education and Inspections Act 2006', paragraph: 'ss103–105', url: 'https://www.legislation.gov.uk/ukpga/2006/40' },
      { source: 'Education (Penalty Notices) (England) (Amendment) Regulations 2024 (SI 2024/210)', paragraph: 'reg 4(1)(b)(i), restricting reg 4(1) of the 2007 Regulations to section 105 notices', url: 'https://www.legislation.gov.uk/uksi/2024/210' },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'low',
    confidenceNote: 'The amounts for this regime after 19 August 2024 could not be read in any available source. Findings about amounts are therefore at most warnings, and £60/£120 is reported only as information.',
    fixable: false,
    governorQuestion: 'Does our policy keep penalty notices for excluded pupils in public places separate from the attendance penalty notice framework?',
  },
  check(ctx) {
    const national = { discounted: ctx.law('penalty_notice.first.discounted'), full: ctx.law('penalty_notice.first.full') };
    const own = { discounted: ctx.law('excluded_pupil_notice.discounted'), full: ctx.law('excluded_pupil_notice.full') };
    if (!national.discounted || !national.full || !own.discounted || !own.full) return;
    const nationalAmounts = new Set([national.discounted.value, national.full.value]);
    const ownAmounts = new Set([own.discounted.value, own.full.value]);
    // Before the 2024 framework both regimes had the same amounts: nothing to tell apart.
    if ([...nationalAmounts].every((a) => ownAmounts.has(a))) return;
    const unconfirmed = `The amounts for this separate regime after August 2024 could not be confirmed; ${pounds(own.discounted.value)} and ${pounds(own.full.value)} are most likely still right.`;
    let toldUnconfirmed = false;
    const data = ctx.policy.legal_measures?.penalty_notices?.excluded_pupil_public_place;
    for (const key of ['discounted', 'full'] as const) {
      const found = data?.[key];
      if (typeof found !== 'number') continue;
      const pointer = `${BASE}/${key}`;
      if (found === own[key]!.value) {
        if (toldUnconfirmed) continue;
        toldUnconfirmed = true;
        ctx.report({ pointer, severity: 'info', message: unconfirmed, hint: 'Check the amounts with the local authority’s code of conduct.' });
      } else {
        ctx.report({
          pointer,
          severity: 'warning',
          message: nationalAmounts.has(found)
            ? `The excluded-pupil notice is given as ${pounds(found)}, the attendance framework amount. That framework most likely does not apply to this separate regime. ${unconfirmed}`
            : `The excluded-pupil notice is given as ${pounds(found)}, which is not an amount known for this regime. ${unconfirmed}`,
          hint: 'Check the amounts with the local authority’s code of conduct.',
        });
      }
    }
    for (const block of ctx.prose) {
      for (const m of block.text.matchAll(/[^.!?]+[.!?]?/g)) {
        const sentence = m[0];
        if (!EXCLUSION_NOTICE.test(sentence) || !/\b(penalt|fine|FPN)/i.test(sentence) || HISTORICAL_CONTEXT.test(sentence) || KEEPS_APART.test(sentence)) continue;
        for (const a of sentence.matchAll(AMOUNT)) {
          const amount = Number(a[1]);
          const offset = m.index! + a.index!;
          if (nationalAmounts.has(amount) && !ownAmounts.has(amount)) {
            ctx.reportProse(block, offset, a[0].length, `${pounds(amount)} is an attendance penalty notice amount; notices for an excluded pupil in a public place are a separate regime, most likely still ${pounds(own.discounted.value)} or ${pounds(own.full.value)}.`, {
              severity: 'warning',
              hint: 'Check the amounts with the local authority’s code of conduct.',
            });
          } else if (ownAmounts.has(amount) && !toldUnconfirmed) {
            toldUnconfirmed = true;
            ctx.reportProse(block, offset, a[0].length, unconfirmed, { severity: 'info', hint: 'Check the amounts with the local authority’s code of conduct.' });
          }
        }
        const t = THRESHOLD.exec(sentence);
        if (t) {
          ctx.reportProse(block, m.index! + t.index, t[0].length, 'The attendance threshold and the limit of two notices belong to the national framework for irregular attendance; they most likely do not apply to notices for an excluded pupil in a public place.', {
            severity: 'warning',
            hint: 'Describe the excluded-pupil notice separately from the attendance threshold.',
          });
        }
      }
    }
  },
  examples: {
    pass: [
      {
        title: 'Before August 2024 both regimes had the same amounts',
        asOf: '2024-06-01',
        yaml: 'legal_measures:\n  penalty_notices:\n    excluded_pupil_public_place: { discounted: 60, discount_days: 21, full: 120, full_days: 28 }\n',
      },
      { title: 'No excluded-pupil notices described', yaml: 'legal_measures:\n  penalty_notices:\n    used: true\n' },
      {
        title: 'Kept apart from the national framework',
        yaml: 'sections:\n  - id: legal\n    title: Legal\n    body: |\n      A penalty notice may also be issued if an excluded pupil is in a public place during school hours in the first 5 days of an exclusion. This is not included in the National Framework.\n',
      },
    ],
    fail: [
      { title: 'Attendance amounts applied to the separate regime', yaml: 'legal_measures:\n  penalty_notices:\n    excluded_pupil_public_place: { discounted: 80, discount_days: 21, full: 160, full_days: 28 }\n' },
      {
        title: '£160 for a pupil in a public place',
        yaml: 'sections:\n  - id: legal\n    title: Legal\n    body: |\n      If your excluded child is found in a public place, you may receive a penalty notice of £160.\n',
      },
      {
        title: '£60 is reported only as unconfirmed',
        yaml: 'legal_measures:\n  penalty_notices:\n    excluded_pupil_public_place: { discounted: 60, discount_days: 21, full: 120, full_days: 28 }\n',
      },
    ],
  },
};
