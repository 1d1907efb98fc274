/* Generated from schemas/policy.schema.json by `npm run types`. Do not edit by hand. */

/**
 * A date written YYYY-MM-DD.
 */
export type Date = string;
/**
 * A web address starting https://
 */
export type Url = string;
/**
 * A short identifier in lower case with hyphens. Used to merge with a trust base and to refer to this item.
 */
export type Id = string;
/**
 * A 24-hour time in quotes, "HH:MM".
 */
export type Time = string;
/**
 * An email address.
 */
export type Email = string;
/**
 * A phone number, digits and spaces (a leading + is allowed).
 */
export type Phone = string;
/**
 * A percentage from 0 to 100.
 */
export type Percent = number;
/**
 * An amount in pounds, without the £ sign.
 */
export type Money = number;
/**
 * Text in Markdown. Write `{{path.to.value}}` to show a value from the data.
 */
export type Markdown = string;

/**
 * A school attendance policy written as data. One file can describe one school, a federation of several schools, or a trust base that school files extend.
 */
export interface Policy {
  /**
   * Where an editor finds this schema. Usually set by the `# yaml-language-server: $schema=` comment instead.
   */
  $schema?: string;
  /**
   * Relative path to a trust base (or another policy) that this file builds on. Values here override the base; sections, stages, schools and groups merge by `id`; other lists replace the base list.
   */
  extends?: string;
  document?: Document;
  trust?: Trust;
  /**
   * The schools this policy covers. A federation lists several; a trust base usually lists none.
   */
  schools?: School[];
  /**
   * Default school day for every school in this document (and every school that extends it). A school or a group can override any time.
   */
  school_day?: SchoolDay;
  /**
   * People and services shared by every school in the document. Each school can add its own under `schools[].contacts`.
   */
  contacts?: Contacts;
  absence_reporting?: AbsenceReporting;
  unexplained_absence?: UnexplainedAbsence;
  lateness?: Lateness;
  leave_of_absence?: LeaveOfAbsence;
  illness?: Illness;
  part_time_timetables?: PartTimeTimetables;
  remote_education?: RemoteEducation;
  thresholds?: Thresholds;
  escalation?: Escalation;
  legal_measures?: LegalMeasures;
  rewards?: Rewards;
  registers?: Registers;
  /**
   * The attendance codes the school uses and what it tells parents each means.
   */
  codes_in_use?: CodeInUse[];
  deletions?: Deletions;
  la_returns?: LaReturns;
  monitoring?: Monitoring;
  governance?: Governance;
  /**
   * Legislation, guidance and linked policies the document cites, each with its year or edition so the linter can check it is current.
   */
  references?: Reference[];
  /**
   * The school's terms (or half terms) this school year, each with its first and last day. The holidays are the gaps between them. When given, letters count improvement periods and "within N school weeks" in school weeks, skipping the holidays.
   */
  term_dates?: {
    /**
     * What the school calls it.
     */
    name?: string;
    /**
     * First day of the term.
     */
    starts: Date;
    /**
     * Last day of the term.
     */
    ends: Date;
  }[];
  /**
   * Settings where this school deliberately differs from the trust base, each with the reason the school gives. Shown to the trust board in the trust report.
   */
  local_variations?: {
    /**
     * The setting that differs, as a field path.
     */
    field: string;
    /**
     * Why the school differs, in a sentence the trust board can read.
     */
    reason: string;
  }[];
  /**
   * The prose of the policy, in order. Markdown. Write `{{path.to.value}}` to show a value from the data, so it is typed once (for example `{{school_day.registers.morning.closes}}`).
   */
  sections?: Section[];
}
/**
 * Facts about the policy document itself.
 */
export interface Document {
  /**
   * Title shown on the cover.
   */
  title?: string;
  /**
   * Whether the school treats this as a statutory policy. An attendance policy is expected by statutory guidance but is not itself required by law.
   */
  statutory?: boolean;
  /**
   * Who wrote or owns the document.
   */
  author?: string;
  /**
   * Who approved it.
   */
  approved_by?: string;
  /**
   * Whether the policy is still a draft or has been approved. A draft (or a policy with no approval date) is printed with a DRAFT mark on every page. `policywright init` starts a policy as a draft.
   */
  status?: 'draft' | 'approved';
  /**
   * Date it was approved. Leave it out until the policy is approved: a policy without it is printed as a draft.
   */
  approved_on?: Date;
  /**
   * Reference of the board minute that approved the policy (written by `policywright ratify`).
   */
  approval_minute?: string;
  /**
   * Fingerprint of the policy's content (data and text, after inheriting from the trust base) when it was approved. Written by `policywright ratify`; lint warns when the policy changes after that.
   */
  approved_fingerprint?: string;
  /**
   * Version label, in quotes.
   */
  version?: string;
  /**
   * How often it is reviewed, in months.
   */
  review_frequency_months?: number;
  /**
   * When it must next be reviewed.
   */
  next_review?: Date;
  /**
   * Where parents can read it online.
   */
  published_url?: Url;
  /**
   * Language of the document (BCP 47).
   */
  language?: string;
  /**
   * One-sentence summary for the cover.
   */
  summary?: string;
  /**
   * Change log: what changed in each version.
   */
  changes?: {
    /**
     * When the change was made.
     */
    date?: Date;
    /**
     * Version that introduced the change.
     */
    version?: string;
    /**
     * Ids of sections changed.
     */
    sections?: string[];
    /**
     * What changed.
     */
    summary: string;
  }[];
}
/**
 * The multi-academy trust, federation or diocese the schools belong to.
 */
export interface Trust {
  /**
   * Name of the trust or federation.
   */
  name: string;
  /**
   * What kind of group it is.
   */
  kind?: 'multi_academy_trust' | 'federation' | 'diocese' | 'local_authority' | 'other';
  /**
   * Trust website.
   */
  website?: Url;
  /**
   * Company number, for an academy trust.
   */
  companies_house_number?: string;
}
/**
 * One school covered by the policy.
 */
export interface School {
  id: Id;
  /**
   * Full name of the school.
   */
  name: string;
  /**
   * Short name used in the running header and letters.
   */
  short_name?: string;
  /**
   * Unique reference number, six or seven digits, in quotes.
   */
  urn?: string;
  /**
   * DfE (LAESTAB) number.
   */
  dfe_number?: string;
  /**
   * Type of school. Some rules (penalty notices, leave) depend on it.
   */
  type?:
    | 'maintained'
    | 'academy'
    | 'free_school'
    | 'special'
    | 'non_maintained_special'
    | 'pru'
    | 'ap_academy'
    | 'independent';
  /**
   * Phases the school covers.
   */
  phase?: ('nursery' | 'primary' | 'infant' | 'junior' | 'middle' | 'secondary' | 'sixth_form' | 'all_through')[];
  /**
   * The local authority the school is in.
   */
  local_authority?: string;
  /**
   * Religious character, if any.
   */
  religious_character?: string;
  /**
   * School website.
   */
  website?: Url;
  /**
   * Postal address, one line per part separated by commas.
   */
  address?: string;
  /**
   * Path to a PNG or SVG logo, relative to this file.
   */
  logo?: string;
  /**
   * Name of the headteacher (used to sign letters).
   */
  headteacher?: string;
  /**
   * This school's times. Anything not given comes from the document's `school_day`.
   */
  school_day?: SchoolDay;
  /**
   * Groups of pupils with their own times (for example Reception, or a second site).
   */
  groups?: Group[];
  /**
   * This school's own contacts (for example its attendance officer).
   */
  contacts?: Contacts;
}
/**
 * Times of the school day. Every time is a 24-hour "HH:MM" string in quotes.
 */
export interface SchoolDay {
  /**
   * When the gates or doors open.
   */
  gates_open?: Time;
  /**
   * When the gates close.
   */
  gates_close?: Time;
  /**
   * When the school day (and the morning session) starts.
   */
  starts?: Time;
  /**
   * When the school day ends.
   */
  ends?: Time;
  /**
   * Lunch break.
   */
  lunch?: {
    /**
     * When lunch starts.
     */
    starts?: Time;
    /**
     * When lunch ends.
     */
    ends?: Time;
  };
  /**
   * When each register is taken.
   */
  registers?: {
    /**
     * The morning register.
     */
    morning?: RegisterWindow;
    /**
     * The afternoon register.
     */
    afternoon?: RegisterWindow;
  };
}
/**
 * When a register opens and closes. Pupils arriving after it closes are marked U.
 */
export interface RegisterWindow {
  /**
   * When the register begins to be taken.
   */
  opens?: Time;
  /**
   * When the register closes.
   */
  closes?: Time;
}
/**
 * A group of pupils whose day differs from the school's.
 */
export interface Group {
  id: Id;
  /**
   * Name shown to parents.
   */
  name: string;
  /**
   * Year groups in the group.
   */
  year_groups?: string[];
  /**
   * Times that differ for this group.
   */
  school_day?: SchoolDay;
}
/**
 * Who parents and pupils can contact about attendance.
 */
export interface Contacts {
  /**
   * The senior leader responsible for attendance (expected by the statutory guidance), with contact details.
   */
  senior_attendance_champion?: Person;
  /**
   * Attendance officer(s).
   */
  attendance_officers?: Person[];
  /**
   * Day-to-day contacts, such as the form tutor or the office.
   */
  day_to_day?: Person[];
  /**
   * Contacts for more support, such as head of year, pastoral lead or family liaison.
   */
  further_support?: Person[];
  /**
   * Designated safeguarding lead.
   */
  dsl?: Person;
  /**
   * Special educational needs co-ordinator.
   */
  sendco?: Person;
  /**
   * The governor who oversees attendance.
   */
  link_governor?: Person;
  /**
   * The school office.
   */
  office?: Person;
  /**
   * Local-authority services: attendance support, children missing education, early help.
   */
  local_authority?: Person[];
  /**
   * Role that signs letters to parents.
   */
  letters_signed_by?: string;
}
/**
 * A person or office that parents can contact.
 */
export interface Person {
  id?: Id;
  /**
   * Name.
   */
  name?: string;
  /**
   * Job title or role.
   */
  role?: string;
  email?: Email;
  phone?: Phone;
  url?: Url;
  /**
   * When to contact them.
   */
  notes?: string;
}
/**
 * How parents tell the school about an absence.
 */
export interface AbsenceReporting {
  /**
   * Ways to report an absence.
   */
  methods?: {
    /**
     * How.
     */
    type: 'phone' | 'email' | 'app' | 'text' | 'in_person' | 'online_form';
    /**
     * Number, address or app name.
     */
    detail?: string;
  }[];
  /**
   * Time by which to report, each day.
   */
  deadline?: Time;
  /**
   * Whether parents must report on every day of absence.
   */
  every_day?: boolean;
  /**
   * Whether parents should say when the child is expected back.
   */
  give_expected_return?: boolean;
  /**
   * What parents should tell the school.
   */
  details_wanted?: string;
  /**
   * Whether the school contacts parents on the first day of unexplained absence.
   */
  first_day_calling?: boolean;
}
/**
 * What the school does, day by day, when an absence is not explained.
 */
export interface UnexplainedAbsence {
  /**
   * Steps by day of absence.
   */
  follow_up?: {
    /**
     * School day of absence on which this happens.
     */
    day: number;
    /**
     * What happens.
     */
    action: string;
    /**
     * Who does it.
     */
    by?: string;
  }[];
  /**
   * Who else is told of unexplained absence.
   */
  notify?: ('social_worker' | 'yot_worker' | 'virtual_school' | 'local_authority' | 'police')[];
  /**
   * Within how many school days an N code is replaced by the right code (or O).
   */
  code_n_resolved_within_school_days?: number;
  /**
   * The unit the policy uses for that deadline.
   */
  code_n_unit?: 'school_days' | 'working_days';
}
/**
 * How lateness is recorded and followed up.
 */
export interface Lateness {
  /**
   * Code for arriving after the register opens but before it closes.
   */
  before_close_code?: string;
  /**
   * Code for arriving after the register closes.
   */
  after_close_code?: string;
  /**
   * Number of late marks after which the school acts.
   */
  concern_after_late_marks?: number;
  /**
   * What happens then.
   */
  action?: string;
  /**
   * How late arrivals sign in.
   */
  sign_in?: string;
}
/**
 * How leave of absence in term time is requested and decided.
 */
export interface LeaveOfAbsence {
  /**
   * Who decides (the person authorised by the proprietor, normally the headteacher).
   */
  decided_by?: string;
  /**
   * Who may ask.
   */
  requested_by?: 'parent_pupil_normally_lives_with' | 'any_parent' | 'not_stated';
  /**
   * How far in advance to ask.
   */
  notice?: Period;
  /**
   * Whether requests must be in writing.
   */
  in_writing?: boolean;
  /**
   * Name or address of the request form.
   */
  form?: string;
  /**
   * Whether the decision is given in writing.
   */
  decision_in_writing?: boolean;
  /**
   * Whether there is an appeal against a refusal.
   */
  appeal?: boolean;
  /**
   * Circumstances in which leave may be granted.
   */
  grounds?: (
    | 'regulated_performance'
    | 'employment_abroad'
    | 'interview'
    | 'study_leave'
    | 'part_time_timetable'
    | 'exceptional_circumstances'
    | 'medical_appointment'
    | 'religious_observance'
    | 'elite_sport'
    | 'mobile_family_travel'
    | 'holiday'
    | 'special_circumstances'
  )[];
  /**
   * Whether term-time holidays are ever authorised.
   */
  holidays_authorised?: boolean;
  /**
   * Days of holiday the school says it may authorise (0 if none).
   */
  max_holiday_days_authorised?: number;
  /**
   * Whether leave can be approved after the event.
   */
  retrospective_requests?: boolean;
}
/**
 * A length of time, such as 2 weeks or 4 school weeks.
 */
export interface Period {
  /**
   * How many.
   */
  amount: number;
  /**
   * The unit.
   */
  unit: 'days' | 'school_days' | 'weeks' | 'school_weeks' | 'months' | 'years';
}
/**
 * How illness absence is handled.
 */
export interface Illness {
  /**
   * When the school asks for medical evidence.
   */
  medical_evidence?: 'not_routine' | 'after_days' | 'below_attendance' | 'always';
  /**
   * Days of illness after which evidence is asked for (with `after_days`).
   */
  evidence_after_days?: number;
  /**
   * Attendance below which evidence is asked for (with `below_attendance`).
   */
  evidence_below_attendance_pct?: Percent;
  /**
   * Evidence the school accepts.
   */
  acceptable_evidence?: string[];
}
/**
 * Temporary part-time timetables.
 */
export interface PartTimeTimetables {
  /**
   * Whether the school ever uses them.
   */
  used?: boolean;
  /**
   * Agreed with a parent the pupil lives with.
   */
  parent_agreement?: boolean;
  /**
   * Always has an end date.
   */
  time_limited?: boolean;
  /**
   * Reviewed at least every N weeks.
   */
  review_weeks?: number;
  /**
   * Code used for the sessions missed.
   */
  register_code?: string;
  /**
   * Whether it is used to manage behaviour (it must not be).
   */
  used_for_behaviour?: boolean;
}
/**
 * Remote education for pupils who cannot attend.
 */
export interface RemoteEducation {
  /**
   * Code used while a pupil learns remotely (an absence code).
   */
  register_code?: string;
  /**
   * Whether remote learning is recorded as absence.
   */
  recorded_as_absence?: boolean;
}
/**
 * Attendance levels the school uses.
 */
export interface Thresholds {
  /**
   * Whole-school attendance target.
   */
  target_attendance_pct?: Percent;
  /**
   * Level celebrated as excellent.
   */
  excellent_attendance_pct?: Percent;
  /**
   * Named attendance bands.
   */
  concern_levels?: {
    id: Id;
    /**
     * Name parents see.
     */
    label: string;
    /**
     * Attendance below this (or at or below, see `inclusive`) falls in the band.
     */
    below_pct: Percent;
    /**
     * True if attendance exactly at `below_pct` is in the band.
     */
    inclusive?: boolean;
  }[];
  /**
   * Absence at or above this is persistent absence (10 nationally).
   */
  persistent_absence_pct?: Percent;
  /**
   * Absence at or above this is severe absence (50 nationally).
   */
  severe_absence_pct?: Percent;
}
/**
 * The stages the school follows as attendance falls, from first concern to legal action.
 */
export interface Escalation {
  /**
   * One sentence on the approach.
   */
  approach?: string;
  /**
   * Stages in order, mildest first.
   */
  stages?: Stage[];
}
/**
 * One stage of the escalation procedure.
 */
export interface Stage {
  id: Id;
  /**
   * Name of the stage.
   */
  name: string;
  /**
   * The stage applies when any trigger is met.
   */
  triggers?: Trigger[];
  /**
   * What the school does.
   */
  actions?: string[];
  /**
   * Who acts.
   */
  who?: string;
  /**
   * Id of the letter sent at this stage.
   */
  letter?: string;
  /**
   * Review after this many weeks.
   */
  review_after_weeks?: number;
}
/**
 * A machine-readable condition: metric, comparison, value, over a window.
 */
export interface Trigger {
  /**
   * What is measured.
   */
  metric:
    | 'attendance_pct'
    | 'absence_pct'
    | 'unauthorised_sessions'
    | 'unauthorised_absences'
    | 'late_marks'
    | 'unexplained_absence_days'
    | 'consecutive_absence_days';
  /**
   * lt: below; le: at or below; gt: above; ge: at or above; eq: exactly.
   */
  comparison: 'lt' | 'le' | 'gt' | 'ge' | 'eq';
  /**
   * The value compared with.
   */
  value: number;
  /**
   * The period measured.
   */
  window?: {
    /**
     * Kind of period.
     */
    type: 'year_to_date' | 'term' | 'rolling_school_weeks' | 'rolling_weeks' | 'half_term';
    /**
     * Length in weeks, for rolling windows.
     */
    length?: number;
  };
  /**
   * The same condition in words, as parents read it.
   */
  text?: string;
}
/**
 * Formal and legal measures the school or local authority may use.
 */
export interface LegalMeasures {
  /**
   * Whether attendance contracts (formerly parenting contracts) are used.
   */
  attendance_contract?: boolean;
  /**
   * Whether the policy explains education supervision orders.
   */
  education_supervision_order?: boolean;
  /**
   * Notice to Improve: a last chance before a penalty notice.
   */
  notice_to_improve?: {
    /**
     * Whether the school uses them.
     */
    used?: boolean;
    /**
     * Improvement period, in weeks (3 to 6 nationally).
     */
    improvement_period_weeks?: number;
    /**
     * What counts as enough improvement.
     */
    sufficient_improvement?: string;
  };
  /**
   * Penalty notices for irregular attendance.
   */
  penalty_notices?: {
    /**
     * Whether the school or LA may issue them for this school.
     */
    used?: boolean;
    /**
     * When a penalty notice is considered.
     */
    threshold?: {
      /**
       * Unauthorised sessions.
       */
      sessions?: number;
      /**
       * Within a rolling period of this many school weeks.
       */
      window_school_weeks?: number;
      /**
       * Codes that count.
       */
      codes?: string[];
      /**
       * The threshold as the policy words it.
       */
      text?: string;
    };
    /**
     * First notice to a parent for a pupil.
     */
    first?: PenaltyAmounts;
    /**
     * Second notice to the same parent for the same pupil within 3 years.
     */
    second?: {
      amount?: Money;
      /**
       * Days to pay.
       */
      days?: number;
      /**
       * Whether a lower amount is offered for early payment.
       */
      discount?: boolean;
    };
    /**
     * Most notices to one parent for one child in 3 years.
     */
    max_per_parent_per_child_3y?: number;
    /**
     * Who may issue them.
     */
    issued_by?: ('headteacher' | 'deputy_head' | 'assistant_head' | 'la_officer' | 'police')[];
    /**
     * What happens if unpaid after 28 days.
     */
    after_non_payment?: 'prosecute_s444' | 'withdraw' | 'prosecute_or_withdraw' | 'prosecute_for_non_payment';
    /**
     * The local authority's code of conduct.
     */
    la_code_of_conduct_url?: Url;
    /**
     * Notices for an excluded pupil found in a public place (a separate regime).
     */
    excluded_pupil_public_place?: PenaltyAmounts;
  };
  /**
   * Prosecution under section 444 of the Education Act 1996.
   */
  prosecution?: {
    /**
     * Maximum fine, s444(1).
     */
    s444_1_max_fine?: Money;
    /**
     * Maximum fine, s444(1A).
     */
    s444_1a_max_fine?: Money;
    /**
     * Maximum prison term, s444(1A), months.
     */
    s444_1a_max_custody_months?: number;
  };
}
/**
 * Amounts and payment periods for a penalty notice.
 */
export interface PenaltyAmounts {
  /**
   * Amount if paid early.
   */
  discounted?: Money;
  /**
   * Days to pay the lower amount.
   */
  discount_days?: number;
  /**
   * Full amount.
   */
  full?: Money;
  /**
   * Days to pay the full amount.
   */
  full_days?: number;
}
/**
 * How good attendance is recognised.
 */
export interface Rewards {
  /**
   * Rewards and celebrations.
   */
  items?: string[];
}
/**
 * How the admission and attendance registers are kept.
 */
export interface Registers {
  /**
   * Management information system.
   */
  mis?: string;
  /**
   * Whether registers are kept electronically (required).
   */
  electronic?: boolean;
  /**
   * Years every entry is kept.
   */
  retention_years?: number;
  /**
   * What is recorded when an entry is amended.
   */
  amendments_record?: ('original_entry' | 'amended_entry' | 'reason' | 'date' | 'name_and_position')[];
  /**
   * Emergency contacts asked for per pupil.
   */
  emergency_contacts_min?: number;
}
/**
 * An attendance code and what the school says it means.
 */
export interface CodeInUse {
  /**
   * The code, in quotes.
   */
  code: string;
  /**
   * What the policy tells parents it means.
   */
  meaning?: string;
}
/**
 * Removing a pupil from the admission register.
 */
export interface Deletions {
  /**
   * School days of continuous unauthorised absence before deletion is considered.
   */
  continuous_absence_school_days?: number;
  /**
   * Whether deletions are backdated (they must not be).
   */
  backdated?: boolean;
  /**
   * Whether the policy says consent is needed to deregister for home education.
   */
  home_education_requires_consent?: boolean;
}
/**
 * Information sent to the local authority.
 */
export interface LaReturns {
  /**
   * Days after admission to send the new-pupil return.
   */
  new_pupil_days?: number;
  /**
   * How often the attendance return is sent.
   */
  attendance_return_frequency?: 'weekly' | 'fortnightly' | 'monthly' | 'termly';
  /**
   * Days of sickness absence after which the LA is told.
   */
  sickness_return_days?: number;
}
/**
 * How attendance data is analysed and reported.
 */
export interface Monitoring {
  /**
   * How often data is analysed.
   */
  analysis_frequency?: 'daily' | 'weekly' | 'fortnightly' | 'half_termly' | 'termly';
  /**
   * How often governors receive attendance reports.
   */
  governor_reports?: 'half_termly' | 'termly' | 'annually';
  /**
   * Whether register data is shared daily with the DfE.
   */
  dfe_daily_sharing?: boolean;
}
/**
 * The governing board's role.
 */
export interface Governance {
  /**
   * Whether the board reviews attendance data.
   */
  reviews_data?: boolean;
  /**
   * How often.
   */
  review_frequency?: 'half_termly' | 'termly' | 'annually';
  /**
   * Whether the board checks staff receive attendance training.
   */
  attendance_training?: boolean;
  /**
   * What the policy says the board does for attendance, in the policy's own words (import fills it from a legacy policy).
   */
  duties?: string;
}
/**
 * A piece of legislation, guidance or a linked policy.
 */
export interface Reference {
  id?: Id;
  /**
   * Title as cited.
   */
  title: string;
  /**
   * What it is.
   */
  kind?: 'legislation' | 'statutory_guidance' | 'guidance' | 'local' | 'policy';
  /**
   * Year of the edition cited.
   */
  year?: number;
  /**
   * Edition or date as the policy gives it.
   */
  edition?: string;
  /**
   * Whether the policy describes it as statutory.
   */
  statutory?: boolean;
  url?: Url;
}
/**
 * A section of prose.
 */
export interface Section {
  id: Id;
  /**
   * Heading shown to readers.
   */
  title: string;
  /**
   * The text, in Markdown.
   */
  body?: Markdown;
  /**
   * Who the section is mainly for (readability checks apply to parents and all).
   */
  audience?: 'parents' | 'staff' | 'governors' | 'all';
  /**
   * Marked [New] or [Updated] in the change log.
   */
  status?: 'new' | 'updated' | 'unchanged';
}
