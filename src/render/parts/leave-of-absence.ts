import type { Policy } from '../../types/policy.js';
import { formatPeriod, sentenceCase, whoStartsSentence } from '../format.js';
import { paragraph, text, type Block, type Line, type Part } from '../blocks.js';
import { label, LEAVE_GROUNDS, REQUESTED_BY } from '../labels.js';

/** How to ask for leave in term time, who decides, and on what grounds leave may be given. */
export function leaveOfAbsencePart(policy: Policy): Part | undefined {
  const l = policy.leave_of_absence;
  if (!l) return undefined;
  const steps: Line[] = [];
  const ask: string[] = ['Ask us'];
  if (l.in_writing) ask.push('in writing');
  if (l.notice) ask.push(`at least ${formatPeriod(l.notice)} before the leave would start`);
  steps.push([text(`${ask.join(' ')}.`)]);
  // The form's name on a line of its own: "Use the leave of absence request form, from the school office."
  if (l.form) steps.push([text(`Use ${formName(l.form)}.`)]);
  if (l.requested_by && REQUESTED_BY[l.requested_by])
    steps.push([text(`The request must come from ${label(REQUESTED_BY, l.requested_by)}.`)]);
  if (l.decided_by) steps.push([text(`${whoStartsSentence(l.decided_by)} decides each request.`)]);
  if (l.decision_in_writing) steps.push([text('We will give you the decision in writing.')]);
  if (l.appeal === false) steps.push([text('There is no appeal against the decision.')]);
  if (l.appeal === true) steps.push([text('If leave is refused, you can appeal against the decision.')]);

  const blocks: Block[] = [{ type: 'list', ordered: true, items: steps }];
  if (l.grounds?.length) {
    blocks.push(paragraph(text('Leave may be given for:')));
    blocks.push({ type: 'list', ordered: false, items: l.grounds.map((g) => [text(sentenceCase(label(LEAVE_GROUNDS, g)))]) });
  }
  if (l.holidays_authorised === false) blocks.push(paragraph(text('We do not give leave for holidays in term time.')));
  if (l.holidays_authorised === true && l.max_holiday_days_authorised) {
    blocks.push(paragraph(text(`We may give leave for up to ${l.max_holiday_days_authorised} days of holiday in term time.`)));
  }
  if (l.retrospective_requests === false) blocks.push(paragraph(text('We cannot give leave after it has been taken.')));
  return { id: 'leave-of-absence', title: 'Asking for leave in term time', blocks };
}

/** "Leave of absence request form, from the office" → "the leave of absence request form, from the office"; a name in capitals ("SIMS form") is kept. */
function formName(form: string): string {
  const f = form.trim().replace(/(^|[^.\s])[.\s]+$/, '$1');
  if (/^(the|a|an|our|your)\s/i.test(f)) return f.charAt(0).toLowerCase() + f.slice(1);
  return `the ${/^[A-Z][a-z]/.test(f) ? f.charAt(0).toLowerCase() + f.slice(1) : f}`;
}
