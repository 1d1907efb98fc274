import type { Policy } from '../../types/policy.js';
import { paragraph, text, type Block, type Part } from '../blocks.js';
import { lowerFirst } from '../format.js';

/** How late arrivals are recorded, in the school's own codes. */
export function latenessPart(policy: Policy): Part | undefined {
  const l = policy.lateness;
  if (!l) return undefined;
  const blocks: Block[] = [];
  if (l.before_close_code)
    blocks.push(
      paragraph(
        text(
          `If your child arrives after the register has opened but before it closes, they are marked late (code ${l.before_close_code}).`,
        ),
      ),
    );
  if (l.after_close_code) {
    const counts = l.after_close_code === 'U' ? ': this counts as an unauthorised absence for that session' : '';
    blocks.push(
      paragraph(text(`If your child arrives after the register has closed, they are marked with code ${l.after_close_code}${counts}.`)),
    );
  }
  if (l.sign_in) blocks.push(paragraph(text(l.sign_in)));
  if (l.concern_after_late_marks) {
    blocks.push(
      paragraph(text(`After ${l.concern_after_late_marks} late marks${l.action ? `: ${lowerFirst(l.action)}` : ', we will contact you.'}`)),
    );
  } else if (l.action) {
    blocks.push(paragraph(text(l.action)));
  }
  return blocks.length ? { id: 'lateness', title: 'Arriving late', blocks } : undefined;
}
