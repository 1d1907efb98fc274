import { defineRule } from '../define-rule.js';
import { HISTORICAL_CONTEXT, negatedBefore } from '../../text/vocabulary.js';
import { POLICY_LIST_FACTS } from './shared-facts.js';
import { someSentence } from '../prose-match.js';
import { beforeStatutoryGuidance } from '../policy-facts.js';

// Sanction-first wording: a fine issued automatically, or "will be issued" on a trigger.
// ("parenting contract" and "warning letter" have their own rules.)
const AUTOMATIC = /\b(?:fines?|penalt\w*(?:\s+notices?)?|FPNs?)\b[^.]{0,40}\bautomatic\w*/gi;
const WILL_BE_ISSUED =
  /\b(?:fines?|penalt\w*(?:\s+notices?)?|FPNs?)\b[^.]{0,40}\bwill\s+be\s+issued\b[^.]{0,60}\b(?:if|when|after|once|for)\b/gi;
// The text may already set out the strategy or the legal measures.
const STRATEGY = [/\b(persistent|severe)\w*\s+absen/i, /\b(support|strategy|intervention|plan)\w*/i];
const LEGAL = /\b(penalty\s+notices?|prosecut\w*|notices?\s+to\s+improve|legal\s+(action|intervention))\b/i;
const SUPPORT_FIRST = /\b(support|consider\w*|may|notice\s+to\s+improve|discretion|each\s+parent|code\s+of\s+conduct)\b/i;

export const rule = defineRule({
  meta: {
    id: 'policy-content-pa-sa-strategy-and-legal-intervention',
    level: 'should',
    severity: 'warning',
    where: 'both',
    settings: [],
    title: 'The policy sets out a strategy for persistent and severe absence, and when legal measures are used',
    explanation:
      'Statutory guidance expects the policy to explain how the school reduces persistent and severe absence (the stages of support, including wider services and formal support such as an attendance contract) and when Notices to Improve, penalty notices or other legal steps may be used. Support comes first: a policy should not say that fines follow automatically.',
    citations: [
      {
        source: 'Working together to improve school attendance (2024)',
        paragraph: 'chapter 2 (policy contents) and chapters 4–6',
        url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
      },
    ],
    ...POLICY_LIST_FACTS,
    governorQuestion:
      'Does our policy show the support offered at each stage before any legal measure, and say when legal measures are considered?',
    // The messages that say the policy lacks something (an audit treats these with care).
    absence: ['noStrategyOrLegal', 'noStrategy', 'noLegal'],
    messages: {
      noStrategyOrLegal:
        'The policy does not set out the stages of support for pupils whose absence becomes persistent or severe, or when legal measures (Notice to Improve, penalty notice, prosecution) may be used.',
      noStrategy: 'The policy does not set out the stages of support for pupils whose absence becomes persistent or severe.',
      noLegal: 'The policy does not set out when legal measures (Notice to Improve, penalty notice, prosecution) may be used.',
      proseAutomaticFine:
        'This reads as if a fine follows automatically. A penalty notice must be considered case by case, after support has been offered or where support is not appropriate.',
    },
    hints: {
      noStrategyOrLegal: 'Describe the stages of support, mildest first, and say when formal support and legal measures are considered.',
      noStrategy: 'Describe the stages of support, mildest first, and say when formal support and legal measures are considered.',
      noLegal: 'Describe the stages of support, mildest first, and say when formal support and legal measures are considered.',
      proseAutomaticFine: 'Say that a penalty notice may be considered when the threshold is met, and what support comes first.',
    },
  },
  check(ctx) {
    // These expectations come from the 2024 statutory guidance.
    if (beforeStatutoryGuidance(ctx)) return;
    const p = ctx.policy;
    const noStrategy = !p.escalation?.stages?.length && !someSentence(ctx, ...STRATEGY);
    const noLegal = !p.legal_measures && !someSentence(ctx, LEGAL);
    if (noStrategy || noLegal) {
      ctx.report({
        pointer: p.escalation ? '/escalation' : '',
        messageId: noStrategy && noLegal ? 'noStrategyOrLegal' : noStrategy ? 'noStrategy' : 'noLegal',
      });
    }
    const seen = new Set<string>(); // one finding per sentence
    for (const re of [AUTOMATIC, WILL_BE_ISSUED]) {
      for (const { block, match, sentence } of ctx.matchProse(re)) {
        if (seen.has(`${block.section}:${sentence}`)) continue;
        seen.add(`${block.section}:${sentence}`);
        if (
          HISTORICAL_CONTEXT.test(sentence) ||
          negatedBefore(block.text, match.index!) ||
          /\bnot\b/i.test(match[0]) ||
          (re === WILL_BE_ISSUED && SUPPORT_FIRST.test(sentence))
        )
          continue;
        ctx.reportProse(block, match.index!, match[0].length, { messageId: 'proseAutomaticFine' });
      }
    }
  },
});
