import type { Policy } from '../../types/policy.js';
import { formatNumber, formatPercent, plural, weekUnit } from '../format.js';
import { paragraph, text, type Block, type Line, type Part } from '../blocks.js';

type Stage = NonNullable<NonNullable<Policy['escalation']>['stages']>[number];
type Trigger = NonNullable<Stage['triggers']>[number];

const COUNTS: Record<string, [string, string]> = {
  unauthorised_sessions: ['session of unauthorised absence', 'sessions of unauthorised absence'],
  unauthorised_absences: ['unauthorised absence', 'unauthorised absences'],
  late_marks: ['late mark', 'late marks'],
  unexplained_absence_days: ['day of absence with no reason given', 'days of absence with no reason given'],
  consecutive_absence_days: ['day of absence in a row', 'days of absence in a row'],
};

const PCT_COMPARISON: Record<string, string> = { lt: 'below', le: 'at or below', gt: 'above', ge: 'at or above', eq: 'exactly' };

/** A trigger as parents read it: the school's own words when it gave them, otherwise written from the data. */
export function triggerText(t: Trigger): string {
  if (t.text) return t.text;
  let what: string;
  if (t.metric === 'attendance_pct' || t.metric === 'absence_pct') {
    what = `${t.metric === 'attendance_pct' ? 'Attendance' : 'Absence'} ${PCT_COMPARISON[t.comparison]} ${formatPercent(t.value)}`;
  } else {
    const [one, many] = COUNTS[t.metric] ?? [t.metric, t.metric];
    const noun = t.value === 1 && (t.comparison === 'eq' || t.comparison === 'ge') ? one : many;
    const n = formatNumber(t.value);
    const amount = { lt: `Fewer than ${n}`, le: `${n} or fewer`, gt: `More than ${n}`, ge: `${n} or more`, eq: `Exactly ${n}` }[
      t.comparison
    ];
    what = `${amount} ${noun}`;
  }
  return `${what}${windowText(t.window)}`;
}

function windowText(w: Trigger['window']): string {
  if (!w) return '';
  switch (w.type) {
    case 'year_to_date':
      return ' over the school year so far';
    case 'term':
      return ' this term';
    case 'half_term':
      return ' this half term';
    case 'rolling_school_weeks':
      return w.length ? ` in any ${plural(w.length, 'school week')}` : '';
    case 'rolling_weeks':
      return w.length ? ` in any ${plural(w.length, 'week')}` : '';
    default:
      return '';
  }
}

/** The stages the school follows as attendance falls: when each applies, what happens, who acts. */
export function escalationPart(policy: Policy): Part | undefined {
  const e = policy.escalation;
  if (!e?.stages?.length && !e?.approach) return undefined;
  const blocks: Block[] = [];
  if (e.approach) blocks.push(paragraph(text(e.approach)));
  if (e.stages?.length) {
    blocks.push({
      type: 'table',
      caption: 'Stages of support and action',
      columns: ['Stage', 'When this applies', 'What we do', 'Who'],
      rows: e.stages.map((s) => {
        const when: Line[] = (s.triggers ?? []).map((t) => [text(triggerText(t))]);
        const actions: Line[] = (s.actions ?? []).map((a) => [text(a)]);
        if (s.review_after_weeks) actions.push([text(`We review progress after ${plural(s.review_after_weeks, weekUnit(policy))}.`)]);
        return [[[text(s.name)]], when, actions, s.who ? [[text(s.who)]] : []];
      }),
    });
  }
  return { id: 'escalation', title: 'How we respond when attendance falls', blocks };
}
