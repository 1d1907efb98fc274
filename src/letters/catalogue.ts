import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Policy } from '../types/policy.js';
import type { ColumnName } from './columns.js';
import type { Stage } from './triggers.js';

/** A kind of letter: the template it uses and the pupil columns it cannot do without. */
export interface LetterKind {
  id: string;
  title: string;
  /** Template file name in templates/letters/, without `.hbs`. */
  template: string;
  /** Columns the letter needs beyond the pupil's name, the parent's name and the address. */
  needs: ColumnName[];
  /** What the letter is for (help and docs). */
  about: string;
}

const ATTENDANCE: ColumnName[] = ['sessions_possible', 'sessions_attended'];
const LEAVE: ColumnName[] = ['leave_start', 'leave_end', 'leave_reason'];

/** Letters that exist whatever the policy's stages are. */
export const BUILT_IN_LETTERS: LetterKind[] = [
  {
    id: 'persistent-absence',
    title: 'Persistent absence',
    template: 'persistent-absence',
    needs: ATTENDANCE,
    about: 'Attendance has fallen to the persistent absence level.',
  },
  {
    id: 'attendance-meeting',
    title: 'Invitation to an attendance meeting',
    template: 'attendance-meeting',
    needs: ATTENDANCE,
    about: 'Invites parents to a formal attendance meeting (meeting_date, meeting_time, meeting_place if known).',
  },
  {
    id: 'notice-to-improve',
    title: 'Notice to Improve',
    template: 'notice-to-improve',
    needs: [...ATTENDANCE, 'unauthorised_sessions_10wk', 'support_given'],
    about: 'The last step before a penalty notice, with everything the national framework asks for.',
  },
  {
    id: 'leave-granted',
    title: 'Leave of absence agreed',
    template: 'leave-granted',
    needs: LEAVE,
    about: 'A request for leave in term time has been agreed.',
  },
  {
    id: 'leave-refused',
    title: 'Leave of absence not agreed',
    template: 'leave-refused',
    needs: LEAVE,
    about: 'A request for leave in term time has been refused.',
  },
  {
    id: 'lateness-concern',
    title: 'Lateness',
    template: 'lateness-concern',
    needs: ['late_marks'],
    about: 'The pupil has reached the late marks at which the school acts.',
  },
  {
    id: 'unexplained-absence',
    title: 'Absence without a reason',
    template: 'unexplained-absence',
    needs: [],
    about: 'Asks for the reason for an absence (unexplained_dates if known).',
  },
  {
    id: 'improvement-congratulations',
    title: 'Improved attendance',
    template: 'improvement-congratulations',
    needs: ATTENDANCE,
    about: 'Congratulates the family on improved attendance (previous_attendance_pct if known).',
  },
];

/** The template for a stage letter that has no template of its own. */
export const GENERIC_STAGE_TEMPLATE = 'stage';

/** Letter choices that pick a letter per pupil rather than naming one. */
export const CHOOSERS = ['auto', 'leave-decision'] as const;

export interface ChosenKind {
  kind: LetterKind;
  stage?: Stage;
}

/** The letter a stage sends: its own template when one exists, else the generic stage letter. */
export function stageLetter(stage: Stage, templatesDir: string): LetterKind {
  const id = stage.letter ?? stage.id;
  const builtIn = BUILT_IN_LETTERS.find((k) => k.id === id);
  if (builtIn) return builtIn;
  // Only a plain id can name a template file, so a stage's letter can never reach outside templates/letters/.
  const own = /^[a-z0-9][a-z0-9-]*$/.test(id) && existsSync(path.join(templatesDir, `${id}.hbs`));
  return { id, title: stage.name, template: own ? id : GENERIC_STAGE_TEMPLATE, needs: ATTENDANCE, about: `The letter for ${stage.name}.` };
}

/** Every letter id `--letter` accepts for this policy, with the stage it belongs to. */
export function availableLetters(policy: Policy, templatesDir: string): Map<string, ChosenKind> {
  const out = new Map<string, ChosenKind>();
  for (const stage of policy.escalation?.stages ?? []) {
    const kind = stageLetter(stage, templatesDir);
    if (!out.has(kind.id)) out.set(kind.id, { kind, stage });
  }
  for (const kind of BUILT_IN_LETTERS) if (!out.has(kind.id)) out.set(kind.id, { kind });
  return out;
}

/** Reasons the policy itself stops a letter being sent (checked once, before any pupil). */
export function policyProblems(kind: LetterKind, policy: Policy): string[] {
  const problems: string[] = [];
  if (kind.id === 'notice-to-improve') {
    const nti = policy.legal_measures?.notice_to_improve;
    const weeks = nti?.improvement_period_weeks;
    if (nti?.used === false)
      problems.push('the policy says Notices to Improve are not used (legal_measures.notice_to_improve.used is false)');
    if (weeks === undefined)
      problems.push('the policy gives no improvement period (legal_measures.notice_to_improve.improvement_period_weeks)');
    else if (weeks < 3 || weeks > 6)
      problems.push(
        `the policy's improvement period is ${weeks} weeks; the national framework allows 3 to 6 (legal_measures.notice_to_improve.improvement_period_weeks)`,
      );
    if (!nti?.sufficient_improvement)
      problems.push('the policy does not say what sufficient improvement is (legal_measures.notice_to_improve.sufficient_improvement)');
  }
  if (kind.id === 'lateness-concern' && policy.lateness?.concern_after_late_marks === undefined) {
    problems.push('the policy does not say after how many late marks the school acts (lateness.concern_after_late_marks)');
  }
  return problems;
}
