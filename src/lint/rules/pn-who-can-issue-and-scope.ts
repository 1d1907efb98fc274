import type { Rule } from '../rule.js';
import { HISTORICAL_CONTEXT, negatedBefore } from '../../text/vocabulary.js';

const PER_FAMILY = /\b(?:per|each|one\s+for\s+the)\s+family\b/gi;
const WRONG_ISSUER =
  /\b(?:attendance\s+officers?|class\s+teachers?|(?<!head\s?)teachers?|(?:school\s+)?office\s+staff|governors?)\s+(?:will|may|can|could)\s+(?:also\s+)?issue\b/gi;

export const rule: Rule = {
  meta: {
    id: 'pn-who-can-issue-and-scope',
    level: 'must',
    severity: 'error',
    where: 'both',
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
  },
  check(ctx) {
    const used = ctx.policy.legal_measures?.penalty_notices?.used;
    const independent = (ctx.policy.schools ?? []).filter((s) => s.type === 'independent');
    if (used === true && independent.length) {
      ctx.report({
        pointer: '/legal_measures/penalty_notices/used',
        message: `The policy says penalty notices may be used, but ${independent.map((s) => s.name).join(' and ')} ${independent.length > 1 ? 'are independent schools' : 'is an independent school'}: penalty notices do not apply to pupils at independent schools.`,
        hint: 'Remove penalty notices from the policy for independent schools, or correct the school type.',
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
      ctx.reportProse(
        block,
        match.index!,
        match[0].length,
        'Penalty notices are issued to each parent for each child, not one per family.',
        {
          hint: 'Say that a notice may be issued to each parent liable for each child’s absence.',
        },
      );
    }
    for (const { block, match, sentence } of ctx.matchProse(WRONG_ISSUER)) {
      if (!/\b(penalt|fines?\b|FPN|notice)/i.test(sentence) || HISTORICAL_CONTEXT.test(sentence)) continue;
      ctx.reportProse(
        block,
        match.index!,
        match[0].length,
        'Only a headteacher (or a deputy or assistant head they authorise), a local-authority officer or the police can issue a penalty notice.',
        {
          hint: 'Say who issues penalty notices: the headteacher or someone they authorise, the local authority, or the police.',
        },
      );
    }
  },
  examples: {
    pass: [
      {
        title: 'Issuers named correctly',
        yaml: 'legal_measures:\n  penalty_notices:\n    used: true\n    issued_by: [headteacher, la_officer, police]\n',
      },
      {
        title: 'Each parent, not each family',
        yaml: 'sections:\n  - id: legal\n    title: Legal\n    body: |\n      A penalty notice is issued to each parent, not one per family. The headteacher, the local authority or the police can issue them.\n',
      },
    ],
    fail: [
      {
        title: 'Independent school using penalty notices',
        yaml: 'schools:\n  - id: oak\n    name: Oak House School\n    type: independent\nlegal_measures:\n  penalty_notices:\n    used: true\n',
      },
      {
        title: 'One notice per family',
        yaml: 'sections:\n  - id: legal\n    title: Legal\n    body: |\n      One penalty notice is issued per family.\n',
      },
      {
        title: 'Attendance officer issues fines',
        yaml: 'sections:\n  - id: legal\n    title: Legal\n    body: |\n      The attendance officer will issue a penalty notice.\n',
      },
    ],
  },
};
