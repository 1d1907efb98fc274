import type { ChosenKind } from './catalogue.js';
import { floorTo, fraction } from './exact.js';
import type { Pupil } from './pupil.js';
import type { Trigger } from './triggers.js';

/**
 * One rule for every letter, whether `--letter` names it or a stage's trigger chose it: a letter is
 * about a figure (absence, late marks, unauthorised sessions, ...), and a pupil whose figure is
 * recorded as nothing does not get it. A lateness letter saying "late 0 times", or a persistent
 * absence letter at 100% attendance, must never reach a family.
 */
interface Concern {
  /** The figure the letter is about; undefined when the row does not give it (then it is not judged here). */
  figure: (p: Pupil) => number | undefined;
  /** Why no letter, as the summary and the log say it. */
  none: string;
}

const absence: Concern = {
  figure: (p) =>
    p.sessions_possible === undefined || p.sessions_attended === undefined ? undefined : p.sessions_possible - p.sessions_attended,
  none: 'no absence recorded',
};
const lateMarks: Concern = { figure: (p) => p.late_marks, none: 'no late marks recorded' };
const unauthorised10wk: Concern = {
  figure: (p) => p.unauthorised_sessions_10wk,
  none: 'no unauthorised absence recorded in the last 10 school weeks',
};
const unauthorisedYear: Concern = {
  figure: (p) => p.unauthorised_sessions_year,
  none: 'no unauthorised absence recorded this school year',
};
const unexplained: Concern = {
  // Dates of an unexplained absence are a concern even when the count column is empty or 0.
  figure: (p) => (p.unexplained_dates ? undefined : p.unexplained_absence_days),
  none: 'no unexplained absence recorded',
};
const consecutive: Concern = { figure: (p) => p.consecutive_absence_days, none: 'no absence recorded' };
/** The rise from the previous figure, as the letter shows both (rounded down to 1 decimal place). */
const improvement: Concern = {
  figure: (p) =>
    p.previous_attendance_pct === undefined || !p.sessions_possible || p.sessions_attended === undefined
      ? undefined
      : floorTo(fraction(100 * p.sessions_attended, p.sessions_possible), 1) - p.previous_attendance_pct,
  none: 'attendance has not improved on the previous figure',
};

/** The built-in letters' figures. The leave letters answer a request, so they have none. */
const BY_LETTER: Record<string, Concern[]> = {
  'persistent-absence': [absence],
  'attendance-meeting': [absence],
  'notice-to-improve': [unauthorised10wk],
  'lateness-concern': [lateMarks],
  'unexplained-absence': [unexplained],
  'improvement-congratulations': [improvement],
  'leave-granted': [],
  'leave-refused': [],
};

function triggerConcern(t: Trigger): Concern {
  switch (t.metric) {
    case 'late_marks':
      return lateMarks;
    case 'unauthorised_sessions':
    case 'unauthorised_absences':
      return t.window?.type === 'year_to_date' ? unauthorisedYear : unauthorised10wk;
    case 'unexplained_absence_days':
      return unexplained;
    case 'consecutive_absence_days':
      return consecutive;
    default:
      return absence;
  }
}

/** A stage's own letter is about what its triggers measure; with none, about absence. */
function concernsOf(chosen: ChosenKind): Concern[] {
  const known = BY_LETTER[chosen.kind.id];
  if (known) return known;
  const triggers = chosen.stage?.triggers ?? [];
  return triggers.length ? [...new Set(triggers.map(triggerConcern))] : [absence];
}

/**
 * Why this pupil gets no such letter (every figure it is about is recorded as 0 or less), or
 * undefined when it may be sent. A figure the row does not give does not stop the letter.
 */
export function nothingToWriteAbout(chosen: ChosenKind, pupil: Pupil): string | undefined {
  const concerns = concernsOf(chosen);
  const judged = concerns.map((c) => ({ c, value: c.figure(pupil) })).filter((x) => x.value !== undefined);
  if (!judged.length || judged.some((x) => x.value! > 0)) return undefined;
  return [...new Set(judged.map((x) => x.c.none))].join('; ');
}
