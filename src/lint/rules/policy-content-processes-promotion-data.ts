import { defineRule } from '../define-rule.js';
import { listWords } from '../../text/words.js';
import { POLICY_LIST_CITATION, POLICY_LIST_FACTS } from './shared-facts.js';
import { someSentence } from '../prose-match.js';
import { beforeStatutoryGuidance } from '../policy-facts.js';

// The text may already describe each part (the rulebook's prose hints).
const FOLLOW_UP = /\bfirst[- ]day\s+(calling|call|contact|response)|\bfollow\w*[- ]up\b[^.]{0,40}\babsen/i;
const REWARDS = [/\b(reward|incentiv|celebrat|certificate|prize|encourag|promot)\w*/i, /\battendance\b/i];
const DATA = [/\b(analys|monitor)\w*/i, /\bdata\b/i];
/** Each part the policy should describe, as a finding names it; `missingParts` in its data lists the keys. */
const PARTS = {
  followUp: 'how unexplained absence is followed up each day (for example first-day calling)',
  rewards: 'how good attendance is encouraged or rewarded',
  data: 'how often attendance data is analysed to target support',
};

export const rule = defineRule({
  meta: {
    id: 'policy-content-processes-promotion-data',
    level: 'should',
    severity: 'warning',
    where: 'both',
    settings: ['/absence_reporting/first_day_calling', '/monitoring/analysis_frequency'],
    title: 'The policy describes daily processes, how good attendance is promoted, and how data is used',
    explanation:
      'Statutory guidance expects the attendance policy to describe the school’s day-to-day processes (for example calling parents on the first day of an unexplained absence and following it up), how the school encourages and rewards good attendance, and how it uses attendance data to focus help on the pupils and groups who need it most.',
    citations: [POLICY_LIST_CITATION],
    ...POLICY_LIST_FACTS,
    governorQuestion:
      'Does our policy explain how absence is followed up each day, how good attendance is celebrated, and how we use attendance data?',
    // {{missing}} lists the parts not described, in the words of PARTS; `missingParts` lists their keys (for the audit).
    // The messages that say the policy lacks something (an audit treats these with care).
    absence: ['partsMissing'],
    messages: {
      partsMissing: 'The policy does not describe {{missing}}.',
    },
    hints: {
      partsMissing:
        'Add the missing parts: the daily follow-up of absence, rewards and incentives, and how the school analyses and uses its attendance data.',
    },
  },
  check(ctx) {
    // These expectations come from the 2024 statutory guidance.
    if (beforeStatutoryGuidance(ctx)) return;
    const p = ctx.policy;
    const described: Record<keyof typeof PARTS, boolean> = {
      followUp: Boolean(p.absence_reporting?.first_day_calling || p.unexplained_absence?.follow_up?.length || someSentence(ctx, FOLLOW_UP)),
      rewards: Boolean(p.rewards?.items?.length || someSentence(ctx, ...REWARDS)),
      data: Boolean(p.monitoring?.analysis_frequency || someSentence(ctx, ...DATA)),
    };
    const missingParts = (Object.keys(PARTS) as Array<keyof typeof PARTS>).filter((k) => !described[k]);
    if (missingParts.length === 0) return;
    ctx.report({ pointer: '', messageId: 'partsMissing', data: { missing: listWords(missingParts.map((k) => PARTS[k])), missingParts } });
  },
});
