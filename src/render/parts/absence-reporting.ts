import type { Policy } from '../../types/policy.js';
import { link, paragraph, text, time, type Block, type Line, type Part } from '../blocks.js';
import { label, REPORTING_METHODS } from '../labels.js';

/** How parents tell the school about an absence: the ways, the time, every day. */
export function absenceReportingPart(policy: Policy): Part | undefined {
  const r = policy.absence_reporting;
  if (!r) return undefined;
  const blocks: Block[] = [];
  const when: Line = [text('Please tell us on the first day your child is away')];
  if (r.deadline) when.push(text(', by '), time(r.deadline));
  if (r.every_day) when.push(text(', and again on every day of the absence'));
  when.push(text('.'));
  blocks.push({ type: 'paragraph', content: when });
  if (r.methods?.length) {
    blocks.push(paragraph(text('You can tell us by:')));
    blocks.push({
      type: 'list',
      ordered: false,
      items: r.methods.map((m): Line => {
        const name = label(REPORTING_METHODS, m.type);
        if (!m.detail) return [text(name)];
        const detail =
          m.type === 'email' && /^[^\s@]+@[^\s@]+$/.test(m.detail)
            ? link(m.detail, `mailto:${m.detail}`)
            : /^https?:\/\/\S+$/.test(m.detail)
              ? link(m.detail, m.detail)
              : text(m.detail);
        return [text(`${name}: `), detail];
      }),
    });
  }
  // The details are a list of things to give ("your child's name and class, …"), so they get a lead-in.
  if (r.details_wanted)
    blocks.push(
      paragraph(
        text(
          /^[a-z]/.test(r.details_wanted)
            ? `When you tell us, please give ${r.details_wanted.replace(/(^|[^.\s])[.\s]+$/, '$1')}.`
            : r.details_wanted,
        ),
      ),
    );
  // Said once: not again when the details already ask when the child will be back.
  if (r.give_expected_return && !/\b(back|return)/i.test(r.details_wanted ?? ''))
    blocks.push(paragraph(text('Please tell us when you expect your child to be back at school.')));
  // Said once: the day-by-day table of what happens when we do not know why a child is away starts with the first day.
  if (r.first_day_calling && !policy.unexplained_absence?.follow_up?.some((s) => s.day === 1))
    blocks.push(paragraph(text('If we have not heard from you, we will contact you on the first day of absence.')));
  return { id: 'absence-reporting', title: 'How to tell us about an absence', blocks };
}
