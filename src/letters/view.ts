import { effectiveDay, type EffectiveDay } from '../core/model.js';
import { label, REPORTING_METHODS } from '../render/labels.js';
import { periodEnd, schoolDaysEnd } from '../core/school-weeks.js';
import type { Policy, School } from '../types/policy.js';
import type { LetterKind } from './catalogue.js';
import type { FiredTrigger } from './choose-letter.js';
import { floorTo, fraction } from './exact.js';
import type { Pupil } from './pupil.js';
import type { ContactView, LetterheadView } from './school.js';
import { triggerText, type Stage } from './triggers.js';

/** The pupil as a letter shows them: the row's own fields, and figures worked out from them. */
export interface PupilView extends Pupil {
  full_name: string;
  /** "Year 10", "Reception", or the year group as the file gives it. */
  year_label?: string;
  /** Attendance so far this year, rounded down to 1 decimal place (never shows 90% for 89.99%). */
  attendance_pct?: number;
  absence_pct?: number;
  sessions_missed?: number;
}

export interface StageView {
  id: string;
  name: string;
  actions: string[];
  who?: string;
  review_after_weeks?: number;
  /** Each trigger as parents read it. */
  triggers: string[];
  /** The trigger that chose this letter (with --letter auto). */
  fired?: string;
}

/** Everything a letter template can show. Every key is always present, so templates can be checked. */
export interface LetterView {
  letter: { id: string; title: string; date: string; reference: string };
  from: LetterheadView;
  to: { name: string; address_lines: string[] };
  greeting: string;
  pupil: PupilView;
  stage: StageView | undefined;
  signer: { role: string; name?: string };
  help: ContactView | undefined;
  support_offered: string[];
  /** How to tell the school about an absence, one line each ("Phone: 01632 960202"). */
  reporting: string[];
  /** The school day for the pupil's group (register times for the lateness letter). */
  day: EffectiveDay;
  /** Last day of the Notice to Improve's improvement period, counted from the letter's date. */
  improvement_period_ends: string | undefined;
  /** True when the period was counted in school weeks from the policy's term dates (holidays skipped). */
  improvement_period_in_school_weeks: boolean;
  /**
   * When the stage's review falls: its weeks counted in school weeks from the letter's date. Only
   * with term dates that cover it: a date counted in calendar weeks could fall in a holiday.
   */
  review_on: string | undefined;
  /** The last day of "within the next five school days" (the meeting letter), when the term dates cover it. */
  reply_by: string | undefined;
  /** The merged policy data: amounts, periods and rules are always taken from here. */
  policy: Policy;
  school: School;
}

export interface LetterInput {
  kind: LetterKind;
  stage?: Stage;
  fired?: FiredTrigger;
  pupil: Pupil;
  policy: Policy;
  school: School;
  from: LetterheadView;
  signer: { role: string; name?: string };
  help: ContactView | undefined;
  supportOffered: string[];
  /** YYYY-MM-DD. */
  date: string;
}

/** The meeting letter asks parents to reply "within the next five school days" (templates/letters/attendance-meeting.hbs). */
const REPLY_SCHOOL_DAYS = 5;

export function buildLetterView(input: LetterInput): LetterView {
  const { pupil, stage, policy, date } = input;
  const weeks = policy.legal_measures?.notice_to_improve?.improvement_period_weeks;
  // Counted in school weeks when the policy gives its term dates, so it never runs through a holiday.
  const period = weeks ? periodEnd(date, weeks, policy.term_dates) : undefined;
  return {
    letter: { id: input.kind.id, title: input.kind.title, date, reference: pupil.pupil_id },
    from: input.from,
    to: { name: pupil.parent_name, address_lines: pupil.address_lines },
    greeting: `Dear ${pupil.salutation ?? salutationFrom(pupil.parent_name)}`,
    pupil: pupilView(pupil),
    stage: stage ? stageView(stage, input.fired) : undefined,
    signer: input.signer,
    help: input.help,
    support_offered: pupil.support_offered?.length ? pupil.support_offered : input.supportOffered,
    reporting: (policy.absence_reporting?.methods ?? []).map((m) =>
      m.detail ? `${label(REPORTING_METHODS, m.type)}: ${m.detail}` : label(REPORTING_METHODS, m.type),
    ),
    day: effectiveDay(policy, input.school, groupOf(input.school, pupil.year_group)),
    improvement_period_ends: period?.ends,
    improvement_period_in_school_weeks: period?.schoolWeeks ?? false,
    review_on: stage?.review_after_weeks ? schoolDaysEnd(date, stage.review_after_weeks * 5, policy.term_dates) : undefined,
    reply_by: schoolDaysEnd(date, REPLY_SCHOOL_DAYS, policy.term_dates),
    policy,
    school: input.school,
  };
}

function pupilView(p: Pupil): PupilView {
  const view: PupilView = {
    ...p,
    full_name: `${p.first_name} ${p.last_name}`,
    year_label: yearLabel(p.year_group),
    attendance_pct: undefined,
    absence_pct: undefined,
    sessions_missed: undefined,
  };
  if (p.sessions_possible && p.sessions_attended !== undefined) {
    const missed = p.sessions_possible - p.sessions_attended;
    view.attendance_pct = floorTo(fraction(100 * p.sessions_attended, p.sessions_possible), 1);
    view.absence_pct = floorTo(fraction(100 * missed, p.sessions_possible), 1);
    view.sessions_missed = missed;
  }
  return view;
}

function stageView(s: Stage, fired: FiredTrigger | undefined): StageView {
  return {
    id: s.id,
    name: s.name,
    actions: s.actions ?? [],
    who: s.who,
    review_after_weeks: s.review_after_weeks,
    triggers: (s.triggers ?? []).map(triggerText),
    fired: fired?.stage.id === s.id ? fired.text : undefined,
  };
}

function yearLabel(year: string | undefined): string | undefined {
  if (!year) return undefined;
  if (/^\d{1,2}$/.test(year)) return `Year ${year}`;
  if (/^r(eception)?$/i.test(year)) return 'Reception';
  return year;
}

/** The group (Reception, say) whose year groups include the pupil's, for its own times. */
function groupOf(school: School, year: string | undefined): string | undefined {
  if (!year) return undefined;
  const bare = year
    .replace(/^year\s*/i, '')
    .trim()
    .toLowerCase();
  return school.groups?.find((g) =>
    g.year_groups?.some((y) => y.toLowerCase() === bare || (bare === 'reception' && y.toLowerCase() === 'r')),
  )?.id;
}

/** "Ms Sana Harcourt" → "Ms Harcourt"; anything else ("Mr and Mrs Forsythe", "Sam Lee") as it is. */
function salutationFrom(name: string): string {
  const m = /^(Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?:[^\s]+\s+)+([^\s]+)$/i.exec(name.trim());
  return m && !/\s(and|&)\s/i.test(name) ? `${m[1]} ${m[2]}` : name;
}
