import { dayVariants } from '../../core/model.js';
import type { Rule } from '../rule.js';
import { firstPresent, isTrustBase, statutoryGuidanceInForce } from '../policy-facts.js';
import { listWords } from '../../text/words.js';
import { POLICY_LIST_CITATION, POLICY_LIST_FACTS } from './shared-facts.js';

export const rule: Rule = {
  meta: {
    id: 'policy-content-expectations-times',
    level: 'should',
    severity: 'warning',
    where: 'data',
    title: 'The policy states when the school day starts and ends and when registers close',
    explanation:
      'Parents and pupils can only be on time if they know the times. Statutory guidance expects the attendance policy to give the start and end of the school day and the time each register closes, for every school it covers.',
    citations: [POLICY_LIST_CITATION],
    ...POLICY_LIST_FACTS,
    governorQuestion: 'Can every parent find in our policy the times the day starts and ends and when each register closes?',
  },
  check(ctx) {
    if (!statutoryGuidanceInForce(ctx)) return; // these expectations come from the 2024 statutory guidance
    if (isTrustBase(ctx)) return; // each academy's own file gives these
    // Groups inherit their school's times, so checking each school (or the document default) is enough.
    for (const v of dayVariants(ctx.policy).filter((v) => !v.group)) {
      const d = v.day;
      const missing = [
        !d.starts && 'when the school day starts',
        !d.ends && 'when it ends',
        !d.registers?.morning?.closes && 'when the morning register closes',
        !d.registers?.afternoon?.closes && 'when the afternoon register closes',
      ].filter((m): m is string => Boolean(m));
      if (missing.length === 0) continue;
      const where = v.school ? ` for ${v.school.name}` : '';
      const schoolPointer = v.pointers.length > 1 ? v.pointers[0]!.replace(/\/school_day$/, '') : '';
      ctx.report({
        pointer: firstPresent(ctx, [...v.pointers, schoolPointer]),
        message: `The policy does not say ${listWords(missing)}${where}. Parents should be told the times of the school day and when registers close.`,
        hint: 'Add the missing times to the school day.',
      });
    }
  },
  examples: {
    pass: [
      {
        title: 'All times given',
        yaml: 'school_day:\n  starts: "08:45"\n  ends: "15:15"\n  registers:\n    morning: { opens: "08:45", closes: "09:05" }\n    afternoon: { opens: "13:00", closes: "13:10" }\n',
      },
    ],
    fail: [
      {
        title: 'No afternoon register close',
        yaml: 'school_day:\n  starts: "08:45"\n  ends: "15:15"\n  registers:\n    morning: { closes: "09:05" }\n',
      },
      { title: 'A school without times', yaml: 'schools:\n  - id: oak\n    name: Oak Primary School\n' },
    ],
  },
};
