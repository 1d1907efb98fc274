import { dayVariants } from '../../core/model.js';
import { defineRule } from '../define-rule.js';
import { beforeStatutoryGuidance, firstPresent, isTrustBase } from '../policy-facts.js';
import { listWords } from '../../text/words.js';
import { POLICY_LIST_CITATION, POLICY_LIST_FACTS } from './shared-facts.js';

/** Each time the policy should give, as a finding names it; `missingParts` in its data lists the keys. */
const TIMES = {
  starts: 'when the school day starts',
  ends: 'when it ends',
  morning: 'when the morning register closes',
  afternoon: 'when the afternoon register closes',
};

export const rule = defineRule({
  meta: {
    id: 'policy-content-expectations-times',
    level: 'should',
    severity: 'warning',
    where: 'data',
    settings: ['/**/school_day/**'],
    title: 'The policy states when the school day starts and ends and when registers close',
    explanation:
      'Parents and pupils can only be on time if they know the times. Statutory guidance expects the attendance policy to give the start and end of the school day and the time each register closes, for every school it covers.',
    citations: [POLICY_LIST_CITATION],
    ...POLICY_LIST_FACTS,
    governorQuestion: 'Can every parent find in our policy the times the day starts and ends and when each register closes?',
    // {{missing}} lists the times not given, in the words of TIMES; `missingParts` lists their keys (for the audit).
    // The messages that say the policy lacks something (an audit treats these with care).
    absence: ['timesMissing', 'timesMissingForSchool'],
    messages: {
      timesMissing: 'The policy does not say {{missing}}. Parents should be told the times of the school day and when registers close.',
      timesMissingForSchool:
        'The policy does not say {{missing}} for {{school}}. Parents should be told the times of the school day and when registers close.',
    },
    hints: {
      timesMissing: 'Add the missing times to the school day.',
      timesMissingForSchool: 'Add the missing times to the school day.',
    },
  },
  check(ctx) {
    // These expectations come from the 2024 statutory guidance.
    if (beforeStatutoryGuidance(ctx)) return;
    if (isTrustBase(ctx)) return ctx.notApplicable('This is a trust base: each academy’s own policy gives these.');
    // Groups inherit their school's times, so checking each school (or the document default) is enough.
    for (const v of dayVariants(ctx.policy).filter((v) => !v.group)) {
      const d = v.day;
      const given: Record<keyof typeof TIMES, unknown> = {
        starts: d.starts,
        ends: d.ends,
        morning: d.registers?.morning?.closes,
        afternoon: d.registers?.afternoon?.closes,
      };
      const missingParts = (Object.keys(TIMES) as Array<keyof typeof TIMES>).filter((k) => !given[k]);
      if (missingParts.length === 0) continue;
      const schoolPointer = v.pointers.length > 1 ? v.pointers[0]!.replace(/\/school_day$/, '') : '';
      const data = { missing: listWords(missingParts.map((k) => TIMES[k])), missingParts };
      ctx.report({
        pointer: firstPresent(ctx, [...v.pointers, schoolPointer]),
        ...(v.school
          ? { messageId: 'timesMissingForSchool', data: { ...data, school: v.school.name } }
          : { messageId: 'timesMissing', data }),
      });
    }
  },
});
