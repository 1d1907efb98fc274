import { defineRule } from '../define-rule.js';
import { HISTORICAL_CONTEXT, negatedBefore } from '../../text/vocabulary.js';
import { listWords } from '../../text/words.js';

const PER_FAMILY = /\b(?:per|each|one\s+for\s+the)\s+family\b/gi;
const WRONG_ISSUER =
  /\b(?:attendance\s+officers?|class\s+teachers?|(?<!head\s?)teachers?|(?:school\s+)?office\s+staff|governors?)\s+(?:will|may|can|could)\s+(?:also\s+)?issue\b/gi;

export const rule = defineRule({
  meta: {
    id: 'pn-who-can-issue-and-scope',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/legal_measures/penalty_notices/used'],
    title: 'Penalty notices: who can issue them, to whom, and for which schools',
    explanation:
      'Only a headteacher (or a deputy or assistant head they authorise), an authorised local-authority officer or the police can issue an attendance penalty notice, following the local authority’s code of conduct. A notice goes to each parent for each child, not one per family, and penalty notices cannot be used for pupils at independent schools.',
    citations: [
      { source: 'Education Act 1996', paragraph: 's444A', url: 'https://www.legislation.gov.uk/ukpga/1996/56/section/444A' },
      {
        source: 'Education (Penalty Notices) (England) Regulations 2007 (SI 2007/1867)',
        paragraph: 'regs 10–14',
        url: 'https://www.legislation.gov.uk/uksi/2007/1867',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion: 'Does our policy say correctly who can issue a penalty notice and that each parent receives their own?',
    messages: {
      independentSchool:
        'The policy says penalty notices may be used, but {{school}} is an independent school: penalty notices do not apply to pupils at independent schools.',
      independentSchools:
        'The policy says penalty notices may be used, but {{schools}} are independent schools: penalty notices do not apply to pupils at independent schools.',
      prosePerFamily: 'Penalty notices are issued to each parent for each child, not one per family.',
      proseWrongIssuer:
        'Only a headteacher (or a deputy or assistant head they authorise), a local-authority officer or the police can issue a penalty notice.',
    },
    hints: {
      independentSchool: 'Remove penalty notices from the policy for independent schools, or correct the school type.',
      independentSchools: 'Remove penalty notices from the policy for independent schools, or correct the school type.',
      prosePerFamily: 'Say that a notice may be issued to each parent liable for each child’s absence.',
      proseWrongIssuer: 'Say who issues penalty notices: the headteacher or someone they authorise, the local authority, or the police.',
    },
  },
  check(ctx) {
    const used = ctx.policy.legal_measures?.penalty_notices?.used;
    const independent = (ctx.policy.schools ?? []).filter((s) => s.type === 'independent');
    if (used === true && independent.length) {
      ctx.report({
        pointer: '/legal_measures/penalty_notices/used',
        ...(independent.length > 1
          ? { messageId: 'independentSchools', data: { schools: listWords(independent.map((s) => s.name)) } }
          : { messageId: 'independentSchool', data: { school: independent[0]!.name } }),
      });
    }
    for (const { block, match, sentence } of ctx.matchProse(PER_FAMILY)) {
      if (
        !/\b(penalt|fines?\b|FPN)/i.test(sentence) ||
        /\b(each|per|every)\s+parent/i.test(sentence) ||
        negatedBefore(block.text, match.index!) ||
        HISTORICAL_CONTEXT.test(sentence)
      )
        continue;
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'prosePerFamily' });
    }
    for (const { block, match, sentence } of ctx.matchProse(WRONG_ISSUER)) {
      if (!/\b(penalt|fines?\b|FPN|notice)/i.test(sentence) || HISTORICAL_CONTEXT.test(sentence)) continue;
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'proseWrongIssuer' });
    }
  },
});
