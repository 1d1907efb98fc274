import type { Policy } from '../../types/policy.js';
import { joinWords } from '../format.js';
import { paragraph, text, type Block, type Part } from '../blocks.js';
import { label, NOTIFY } from '../labels.js';

/** What the school does, day by day, when it does not know why a child is away. */
export function unexplainedAbsencePart(policy: Policy): Part | undefined {
  const u = policy.unexplained_absence;
  if (!u) return undefined;
  const blocks: Block[] = [];
  const steps = [...(u.follow_up ?? [])].sort((a, b) => a.day - b.day);
  if (steps.length) {
    const anyWho = steps.some((s) => s.by);
    blocks.push({
      type: 'table',
      caption: 'What we do, day by day',
      columns: ['Day of absence', 'What happens', ...(anyWho ? ['Who does it'] : [])],
      rows: steps.map((s) => [[[text(`Day ${s.day}`)]], [[text(s.action)]], ...(anyWho ? [s.by ? [[text(s.by)]] : []] : [])]),
    });
  }
  if (u.notify?.length) {
    blocks.push(
      paragraph(
        text(
          `We also tell ${joinWords(u.notify.map((n) => label(NOTIFY, n)))} when a child they work with is absent and we do not know why.`,
        ),
      ),
    );
  }
  if (u.code_n_resolved_within_school_days) {
    const unit = u.code_n_unit === 'working_days' ? 'working days' : 'school days';
    blocks.push(
      paragraph(
        text(
          `If we still do not know the reason after ${u.code_n_resolved_within_school_days} ${unit}, the absence is recorded as unauthorised.`,
        ),
      ),
    );
  }
  return blocks.length ? { id: 'unexplained-absence', title: 'When we do not know why your child is away', blocks } : undefined;
}
