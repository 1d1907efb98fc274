import type { Policy } from '../../types/policy.js';
import { joinWords, lowerFirst, plural, weekUnit } from '../format.js';
import { money, text, urlLink, type Line, type Part } from '../blocks.js';
import { AFTER_NON_PAYMENT, ISSUED_BY, label } from '../labels.js';

type Facts = Array<{ label: string; value: Line[] }>;

/** Formal and legal measures, with the current amounts and time limits from the data. */
export function legalMeasuresPart(policy: Policy): Part | undefined {
  const l = policy.legal_measures;
  if (!l) return undefined;
  const items: Facts = [];
  if (l.attendance_contract)
    items.push({
      label: 'Attendance contract',
      value: [
        [
          text(
            'A written agreement between you, the school and the local authority, setting out the support offered and what everyone will do.',
          ),
        ],
      ],
    });
  const nti = l.notice_to_improve;
  if (nti && nti.used !== false) {
    const value: Line[] = [[text('A last chance to improve before a penalty notice is issued.')]];
    // Letters count the period in school weeks when the policy gives its term dates: the policy says the same.
    if (nti.improvement_period_weeks) value.push([text(`Improvement period: ${plural(nti.improvement_period_weeks, weekUnit(policy))}.`)]);
    if (nti.sufficient_improvement) value.push([text(`Enough improvement means: ${lowerFirst(nti.sufficient_improvement)}`)]);
    items.push({ label: 'Notice to Improve', value });
  }
  const pn = l.penalty_notices;
  // Shown unless the policy says they are not used: stated amounts are never hidden.
  if (pn && pn.used !== false) {
    const th = pn.threshold;
    if (th?.text || th?.sessions) {
      const words = th.text
        ? withFullStop(th.text)
        : `${th.sessions} sessions of unauthorised absence${th.window_school_weeks ? ` in ${plural(th.window_school_weeks, 'school week')}` : ''}.`;
      items.push({ label: 'When a penalty notice is considered', value: [[text(words)]] });
    }
    if (pn.first) items.push({ label: 'First penalty notice', value: amountLines(pn.first) });
    if (pn.second) {
      const s = pn.second;
      const line: Line = [];
      if (s.amount !== undefined) line.push(money(s.amount));
      if (s.days) line.push(text(`${line.length ? ' if paid' : 'To be paid'} within ${plural(s.days, 'day')}`));
      const value: Line[] = line.length ? [[...line, text('.')]] : [];
      if (s.discount === false) value.push([text('There is no lower amount for paying early.')]);
      items.push({ label: 'Second penalty notice (same parent, same child, within 3 years)', value });
    }
    if (pn.max_per_parent_per_child_3y !== undefined) {
      items.push({
        label: 'Limit',
        value: [
          [
            text(
              `No more than ${plural(pn.max_per_parent_per_child_3y, 'penalty notice')} to one parent for the same child within 3 years.`,
            ),
          ],
        ],
      });
    }
    if (pn.issued_by?.length)
      items.push({
        label: 'Who can issue one',
        value: [
          [
            text(
              sentence(
                joinWords(
                  pn.issued_by.map((w) => label(ISSUED_BY, w)),
                  'or',
                ),
              ),
            ),
          ],
        ],
      });
    if (pn.after_non_payment)
      items.push({ label: 'If it is not paid', value: [[text(sentence(label(AFTER_NON_PAYMENT, pn.after_non_payment)))]] });
    const code = urlLink(pn.la_code_of_conduct_url);
    if (code) items.push({ label: "Local authority's code of conduct", value: [[code]] });
    if (pn.excluded_pupil_public_place)
      items.push({ label: 'Excluded pupil found in a public place', value: amountLines(pn.excluded_pupil_public_place) });
  }
  if (l.education_supervision_order)
    items.push({
      label: 'Education supervision order',
      value: [[text('The local authority can ask a court to appoint a supervisor to help your child attend school.')]],
    });
  const p = l.prosecution;
  if (p && (p.s444_1_max_fine !== undefined || p.s444_1a_max_fine !== undefined)) {
    const value: Line[] = [];
    if (p.s444_1_max_fine !== undefined)
      value.push([text('For irregular attendance (section 444(1)): a fine of up to '), money(p.s444_1_max_fine), text('.')]);
    if (p.s444_1a_max_fine !== undefined) {
      const custody = p.s444_1a_max_custody_months ? ` and up to ${plural(p.s444_1a_max_custody_months, 'month')} in prison` : '';
      value.push([
        text('If a parent knew about the absence and failed to act (section 444(1A)): a fine of up to '),
        money(p.s444_1a_max_fine),
        text(`${custody}.`),
      ]);
    }
    items.push({ label: 'Prosecution in court', value });
  }
  return items.length ? { id: 'legal-measures', title: 'Legal measures', blocks: [{ type: 'facts', items }] } : undefined;
}

type Amounts = { discounted?: number; discount_days?: number; full?: number; full_days?: number };

/** "£80 if paid within 21 days" and "£160 if paid within 28 days". */
function amountLines(a: Amounts): Line[] {
  const lines: Line[] = [];
  if (a.discounted !== undefined)
    lines.push([
      money(a.discounted),
      text(a.discount_days ? ` if paid within ${plural(a.discount_days, 'day')}` : ' if paid early'),
      text('.'),
    ]);
  if (a.full !== undefined)
    lines.push([money(a.full), text(a.full_days ? ` if paid within ${plural(a.full_days, 'day')}` : ''), text('.')]);
  return lines;
}

function sentence(s: string): string {
  return s ? `${s[0]!.toUpperCase()}${s.slice(1)}.` : s;
}

function withFullStop(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
