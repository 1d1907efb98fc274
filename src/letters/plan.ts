import { displayPath } from '../core/files.js';
import { UserError, type Diagnostic } from '../core/diagnostics.js';
import { findConfig, readConfig } from '../lint/config.js';
import { lintPolicy } from '../lint/engine.js';
import { checkPolicyFile } from '../validate/index.js';
import { invalidPolicyMessage } from '../validate/load-valid.js';
import type { School } from '../types/policy.js';
import { policyProblems, type LetterKind } from './catalogue.js';
import { letterChooser } from './choose-letter.js';
import { nothingToWriteAbout } from './concern.js';
import { floorTo, fraction } from './exact.js';
import { readColumnMap } from './column-map.js';
import { LETTERS_DIR } from './letter-templates.js';
import { checkPupilRow, duplicateProblem, missingFor } from './pupil.js';
import { readPupilFile, type RowProblem } from './read-pupils.js';
import type { PlannedLetter } from './render-letters.js';
import { defaultSupportOffered, helpContact, letterhead, selectSchool, signer } from './school.js';
import { buildLetterView } from './view.js';

export interface PlanOptions {
  policyFile: string;
  pupilsFile: string;
  /** A letter id, a stage id, `auto` (default) or `leave-decision`. */
  letter?: string;
  school?: string;
  mapFile?: string;
  /** The date on the letters, YYYY-MM-DD. */
  date: string;
  templatesDir?: string;
  /** Print even when the policy has lint errors; every page then carries a DRAFT mark. */
  allowErrors?: boolean;
}

/** What happens to one row. */
export interface PlanRow {
  row: number;
  /** `withheld`: the row is fine, but the letter would be about nothing (see `withheld`). */
  status: 'letter' | 'none' | 'skipped' | 'withheld';
  /** Only for rows that could be read; printed only with --verbose. */
  pupil_id?: string;
  name?: string;
  attendance_pct?: number;
  letterId?: string;
  stage?: string;
  trigger?: string;
  /** Why the letter was not sent to this pupil: "no late marks recorded". */
  withheld?: string;
  problems: RowProblem[];
}

export interface LettersPlan {
  school: School;
  letters: Array<PlannedLetter & { kind: LetterKind }>;
  rows: PlanRow[];
  /** For the person running the command: ignored headers, letterhead gaps, policy problems. */
  notes: string[];
  /** Lint errors of the policy, printed anyway with --allow-errors: every page is marked DRAFT. */
  policyErrors: Diagnostic[];
}

/** The policy fails its own check: letters are not written from it (exit 1) unless --allow-errors. */
export class PolicyHasErrorsError extends UserError {
  constructor(
    file: string,
    readonly diagnostics: Diagnostic[],
  ) {
    super(
      `${displayPath(file)} has ${diagnostics.length} lint error${diagnostics.length === 1 ? '' : 's'}, so no letters were written: a letter must not tell parents something the policy gets wrong. Fix ${diagnostics.length === 1 ? 'it' : 'them'} (policywright lint ${displayPath(file)}), or print draft letters with --allow-errors.`,
    );
    this.name = 'PolicyHasErrorsError';
  }
}

/** A policy that does not pass the schema: the command stops (exit 1) and says how to see why. */
export class InvalidPolicyError extends UserError {
  constructor(
    file: string,
    readonly diagnostics: Diagnostic[],
  ) {
    super(invalidPolicyMessage(file, diagnostics));
    this.name = 'InvalidPolicyError';
  }
}

/** Read the policy and the pupils, and decide every letter, without drawing any. */
export function planLetters(options: PlanOptions): LettersPlan {
  const templatesDir = options.templatesDir ?? LETTERS_DIR;
  const checked = checkPolicyFile(options.policyFile);
  if (checked.unreadable) throw new UserError(checked.diagnostics[0]?.message ?? `${options.policyFile} cannot be read.`);
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new InvalidPolicyError(options.policyFile, errors);
  const loaded = checked.policy;
  const policy = loaded.data;
  // The law on the date of the letters decides what is an error.
  const policyErrors = lintPolicy(loaded, { asOf: options.date, config: readConfig(findConfig(options.policyFile)) }).filter(
    (d) => d.severity === 'error' && !d.excepted,
  );
  if (policyErrors.length && !options.allowErrors) throw new PolicyHasErrorsError(options.policyFile, policyErrors);
  const { school, index } = selectSchool(policy, options.school);
  const head = letterhead(loaded, school, index);
  const sign = signer(policy, school);
  const chooser = letterChooser(options.letter ?? 'auto', policy, templatesDir);

  const file = readPupilFile(options.pupilsFile, options.mapFile ? readColumnMap(options.mapFile) : undefined);
  const notes = [...head.warnings];
  for (const { column, why } of chooser.columns) {
    if (!file.columns.has(column))
      throw new UserError(`The pupil file has no ${column} column, and ${why}. Add it, or map your export's header to it with --map.`);
  }
  if (file.encoding && file.encoding !== 'UTF-8') notes.push(`The pupil file was read as ${file.encoding}.`);
  if (file.delimiter && file.delimiter !== ',')
    notes.push(`The pupil file's columns are separated by ${file.delimiter === ';' ? 'semicolons' : 'tabs'}.`);
  if (file.ignoredHeaders.length) notes.push(`Columns not used: ${file.ignoredHeaders.join(', ')}.`);
  for (const m of file.missingMappedHeaders)
    notes.push(`The mapping gives "${m.header}" for ${m.column}, but the pupil file has no such header.`);

  const rows: PlanRow[] = file.problems.map((p) => ({ row: p.row, status: 'skipped', problems: [p] }));
  const letters: LettersPlan['letters'] = [];
  const firstRowOf = new Map<string, number>();
  const blockedKinds = new Map<string, string[]>();
  for (const raw of file.rows) {
    const check = checkPupilRow(raw);
    if (!check.ok) {
      rows.push({ row: raw.row, status: 'skipped', problems: check.problems });
      continue;
    }
    const pupil = check.pupil;
    const base = { row: pupil.row, pupil_id: pupil.pupil_id, name: `${pupil.first_name} ${pupil.last_name}` };
    const firstRow = firstRowOf.get(pupil.pupil_id);
    if (firstRow !== undefined) {
      rows.push({ ...base, status: 'skipped', problems: [duplicateProblem(pupil, firstRow)] });
      continue;
    }
    firstRowOf.set(pupil.pupil_id, pupil.row);
    const choice = chooser.choose(pupil);
    if ('problem' in choice) {
      rows.push({ ...base, status: 'skipped', problems: [choice.problem] });
      continue;
    }
    if ('none' in choice) {
      rows.push({ ...base, status: 'none', attendance_pct: attendanceOf(pupil), problems: [] });
      continue;
    }
    const { kind, stage } = choice.letter;
    if (!blockedKinds.has(kind.id)) blockedKinds.set(kind.id, policyProblems(kind, policy));
    const blocked = blockedKinds.get(kind.id)!;
    const missing = missingFor(pupil, kind.needs);
    const problems: RowProblem[] = [
      ...blocked.map((why) => ({ row: pupil.row, message: `the ${kind.title} letter cannot be sent: ${why}` })),
      ...missing.map((column) => ({ row: pupil.row, column, message: `is empty; the ${kind.title} letter needs it` })),
    ];
    const withheld = problems.length ? undefined : nothingToWriteAbout(choice.letter, pupil);
    const planned: PlanRow = {
      ...base,
      status: problems.length ? 'skipped' : withheld ? 'withheld' : 'letter',
      attendance_pct: attendanceOf(pupil),
      letterId: kind.id,
      stage: stage?.name,
      trigger: choice.fired?.text,
      ...(withheld ? { withheld } : {}),
      problems,
    };
    rows.push(planned);
    if (planned.status !== 'letter') continue;
    const view = buildLetterView({
      kind,
      stage,
      fired: choice.fired,
      pupil,
      policy,
      school,
      from: head.view,
      signer: sign,
      help: helpContact(policy, school, pupil.year_group),
      supportOffered: defaultSupportOffered(policy, school, pupil.year_group),
      date: options.date,
    });
    letters.push({ kind, template: kind.template, view });
  }
  if (letters.some((l) => l.kind.id === 'notice-to-improve') && !policy.term_dates?.length) {
    notes.push(
      'The policy gives no term_dates, so each Notice to Improve counts its improvement period in calendar weeks from the letter’s date, and it may run through a school holiday. Add the term dates to the policy to count school weeks.',
    );
  } else if (letters.some((l) => l.kind.id === 'notice-to-improve' && !l.view.improvement_period_in_school_weeks)) {
    notes.push(
      'The policy’s term_dates end before the improvement period does, so it was counted in calendar weeks. Add next term’s dates to count school weeks.',
    );
  }
  // Review periods of escalation stages are counted in school weeks too, and dated only when they can be.
  const undatedReviews = letters.filter((l) => l.view.stage?.review_after_weeks && !l.view.review_on).length;
  if (undatedReviews) {
    const which = undatedReviews === 1 ? '1 letter gives its' : `${undatedReviews} letters give their`;
    notes.push(
      policy.term_dates?.length
        ? `The policy’s term_dates end before the review of the escalation stage, so ${which} review as a number of weeks, without a date. Add next term’s dates to count school weeks.`
        : `The policy gives no term_dates, so ${which} review of the escalation stage as a number of weeks, without a date, and cannot leave out the holidays. Add the term dates to the policy to count school weeks.`,
    );
  }
  for (const [id, why] of blockedKinds) if (why.length) notes.push(`No ${id} letters were made: ${why.join('; ')}.`);
  rows.sort((a, b) => a.row - b.row);
  if (policyErrors.length)
    notes.push(
      `The policy has ${policyErrors.length} lint error${policyErrors.length === 1 ? '' : 's'}: every page is marked “DRAFT: the policy this letter is based on has errors”. Do not post these letters.`,
    );
  return { school, letters, rows, notes, policyErrors };
}

/** As the letters show it: rounded down to 1 decimal place. */
function attendanceOf(p: { sessions_possible?: number; sessions_attended?: number }): number | undefined {
  return p.sessions_possible ? floorTo(fraction(100 * (p.sessions_attended ?? 0), p.sessions_possible), 1) : undefined;
}
