import { nextReviewDate } from '../core/dates.js';
import path from 'node:path';
import { GUIDANCE_MARKER } from '../core/guidance-marker.js';
import { slug } from '../core/slug.js';
import { lawValue, type LawKey } from '../law/index.js';

export interface StarterOptions {
  school?: string;
  /** Path of the trust base, relative to the new file. */
  extendsPath?: string;
  /** Path of the schema, relative to the new file. */
  schemaPath: string;
  /** Today, YYYY-MM-DD: sets the next review date (a year on). */
  today: string;
  /** Write a trust base for this trust: no schools, and prose that does not name one school. */
  trust?: string;
}

function schoolId(name: string): string {
  return slug(name) || 'our-school';
}

function yamlString(s: string): string {
  return JSON.stringify(s);
}

/**
 * Sections every policy should have, with guidance for the person writing them. Each guidance
 * paragraph starts with GUIDANCE_MARKER, so lint names any left in and no document is built with
 * one. Say it once: where a table or list is made from the data (times, how to report an absence,
 * the day-by-day follow-up, the stages, the amounts), the guidance says so, and asks the writer
 * to add only what it does not say.
 */
export const STARTER_SECTIONS: Array<{ id: string; title: string; guidance: string }> = [
  {
    id: 'introduction',
    title: 'Introduction and aims',
    guidance:
      'Say why attendance matters to the school and what this policy sets out to do. Keep it short and warm. Your attendance target is shown with the attendance levels; name it here only if you want to.',
  },
  {
    id: 'roles',
    title: 'Roles and responsibilities',
    guidance:
      'Who does what: governors, the headteacher, the senior attendance champion, the attendance officer, teachers, parents and pupils. Names and contact details go in the data under `contacts`: they are listed for parents in their own section.',
  },
  {
    id: 'school-day',
    title: 'The school day',
    guidance:
      'A table of the times of the school day (gates, start, registers, end) is made from `school_day` and shown here. Do not repeat the times: say what the table cannot, such as where to go if your child arrives after the gates close.',
  },
  {
    id: 'reporting-absence',
    title: 'Telling us about an absence',
    guidance:
      "How to report an absence (each way, the time to call by, on every day of absence, what to tell us) is listed here from `absence_reporting`. Give each method its detail there (the phone number, the app's name). Add only what the list does not say.",
  },
  {
    id: 'unexplained-absence',
    title: 'When we do not know why a child is absent',
    guidance:
      'The day-by-day follow-up (first-day calling and each later step) is a table made from `unexplained_absence.follow_up`. Explain here why you do it (to keep children safe); do not list the days again.',
  },
  {
    id: 'lateness',
    title: 'Punctuality and lateness',
    guidance:
      'The late marks (L before the register closes, U after it) and when you contact parents are listed from `lateness`. Say here why punctuality matters and anything the list does not.',
  },
  {
    id: 'leave-of-absence',
    title: 'Leave of absence in term time',
    guidance:
      'Who decides, how far in advance to ask and in what form are listed from `leave_of_absence`. Explain here, in plain words, that leave is only agreed in exceptional circumstances and holidays are not exceptional.',
  },
  {
    id: 'illness',
    title: 'Illness and medical appointments',
    guidance:
      "Say that a parent's word is usually enough for illness, and when the school may ask for more. Ask parents to make appointments outside school hours where they can.",
  },
  {
    id: 'support',
    title: 'Support for pupils who struggle to attend',
    guidance:
      'Describe the help on offer, including for pupils with SEND, health needs or mental health needs, and how the school works with families.',
  },
  {
    id: 'persistent-absence',
    title: 'Persistent and severe absence',
    guidance:
      'The attendance levels (persistent absence at 10% or more of sessions missed, severe absence at 50%) and the table of stages are made from `thresholds` and `escalation`. Say here why these levels matter and that support comes first; do not list the levels or stages again.',
  },
  {
    id: 'legal-intervention',
    title: 'When support does not work',
    guidance:
      'The penalty notice amounts, the improvement period and prosecution fines are listed from `legal_measures`. Explain here, support first, what an attendance contract, a Notice to Improve and a penalty notice are. Do not type the amounts: they are shown from the data.',
  },
  {
    id: 'rewards',
    title: 'Celebrating good attendance',
    guidance:
      'Describe how good and improving attendance is recognised. If you list rewards under `rewards.items`, they are shown here: do not list them twice.',
  },
  {
    id: 'data-and-monitoring',
    title: 'How we use attendance data',
    guidance:
      'Explain how often attendance is analysed, how it is reported to governors, and that data is shared daily with the Department for Education.',
  },
  {
    id: 'safeguarding',
    title: 'Attendance and safeguarding',
    guidance: 'Link to the child protection policy: unexplained or persistent absence can be a sign that a child needs help.',
  },
];

const TRUST_SECTION_GUIDANCE = "Each school gives its own times here: add a section with this section's id to the school's file.";

/** The text of a starter policy. Every value is current national practice or left for the school to fill. */
export function starterPolicy(o: StarterOptions): string {
  const school = o.school ?? 'Our School';
  const review = nextReviewDate(o.today);
  // Legal values come from the law data in force today, so a new starter never carries an old figure.
  const law = (key: LawKey): number | boolean | string => lawValue(key, o.today)?.value ?? 'null';
  const lines: string[] = [];
  lines.push(`# yaml-language-server: $schema=${o.schemaPath}`);
  lines.push('# Attendance policy. Edit the values below; run `policywright validate` and `policywright lint` to check.');
  lines.push('# Times are 24-hour "HH:MM" strings in quotes. Dates are YYYY-MM-DD.');
  if (o.trust) {
    lines.push(`# Trust base of ${o.trust}: each school's file starts with \`extends:\` and the path of this file;`);
    lines.push('# anything a school does not set comes from here. A trust base lists no schools.');
  }
  if (o.extendsPath) {
    lines.push(`extends: ${o.extendsPath}  # the trust base: anything not set here comes from it`);
    lines.push('');
    lines.push(...schoolBlock(school));
    lines.push('');
    lines.push('# Sections, stages and other lists merge with the trust base by `id`: add a section here with');
    lines.push('# the same id as one in the trust base to replace its text for this school only.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(`document:
  title: Attendance Policy
  statutory: false
  author: Senior attendance champion
  # A new policy is a draft: every page is marked DRAFT until governors approve it.
  # Then set status: approved and approved_on: the date they approved it.
  status: draft
  approved_by: Full governing board
  version: "1.0"
  review_frequency_months: 12
  next_review: ${review}
  language: en-GB
`);
  if (!o.trust) lines.push(...schoolBlock(school));
  lines.push(`
contacts:
  # TODO: name the senior leader responsible for attendance and give their contact details.
  senior_attendance_champion:
    role: Senior attendance champion
  letters_signed_by: Headteacher

absence_reporting:
  methods:
    - type: phone
      detail: "${GUIDANCE_MARKER} the number parents ring, and when it is answered"
  deadline: "09:00"
  every_day: true
  give_expected_return: true
  first_day_calling: true

unexplained_absence:
  follow_up:
    - day: 1
      action: The office contacts parents and the other emergency contacts.
  notify: [social_worker, yot_worker]
  code_n_resolved_within_school_days: ${law('codes.n_resolve_school_days')}
  code_n_unit: school_days

lateness:
  before_close_code: L
  after_close_code: U

leave_of_absence:
  decided_by: Headteacher
  requested_by: parent_pupil_normally_lives_with
  notice: { amount: 2, unit: school_weeks }
  in_writing: true
  decision_in_writing: true
  appeal: false
  grounds: [regulated_performance, employment_abroad, interview, study_leave, part_time_timetable, exceptional_circumstances]
  holidays_authorised: false

illness:
  medical_evidence: not_routine

part_time_timetables:
  used: true
  parent_agreement: true
  time_limited: true
  review_weeks: 2
  register_code: C2
  used_for_behaviour: false

remote_education:
  recorded_as_absence: true

thresholds:
  target_attendance_pct: 96
  persistent_absence_pct: ${law('thresholds.persistent_absence_pct')}
  severe_absence_pct: ${law('thresholds.severe_absence_pct')}

escalation:
  approach: Support first. Each stage offers help before any formal step.
  stages:
    - id: stage-1
      name: "Stage 1: early concern"
      triggers:
        - { metric: attendance_pct, comparison: lt, value: 96, window: { type: year_to_date } }
      actions: [A letter home and a conversation with the class teacher or tutor.]
      who: Attendance officer
      letter: attendance-concern

legal_measures:
  attendance_contract: true
  education_supervision_order: true
  notice_to_improve:
    used: true
    improvement_period_weeks: 4
  penalty_notices:
    used: true
    threshold: { sessions: ${law('penalty_notice.threshold.sessions')}, window_school_weeks: ${law('penalty_notice.threshold.window_school_weeks')}, codes: [G, O, U] }
    first: { discounted: ${law('penalty_notice.first.discounted')}, discount_days: ${law('penalty_notice.first.discount_days')}, full: ${law('penalty_notice.first.full')}, full_days: ${law('penalty_notice.first.full_days')} }
    second: { amount: ${law('penalty_notice.second.amount')}, days: ${law('penalty_notice.second.days')}, discount: false }
    max_per_parent_per_child_3y: ${law('penalty_notice.max_per_parent_per_child_3y')}
    issued_by: [headteacher, la_officer, police]
    after_non_payment: prosecute_or_withdraw

registers:
  electronic: true
  retention_years: ${law('registers.retention_years')}
  amendments_record: [original_entry, amended_entry, reason, date, name_and_position]
  emergency_contacts_min: ${law('registers.emergency_contacts_min')}

la_returns:
  new_pupil_days: ${law('la_returns.new_pupil_days')}
  attendance_return_frequency: monthly
  sickness_return_days: ${law('la_returns.sickness_return_days')}

monitoring:
  analysis_frequency: weekly
  governor_reports: termly
  dfe_daily_sharing: true

governance:
  reviews_data: true
  review_frequency: termly
  attendance_training: true

references:
  - { title: Working together to improve school attendance, kind: statutory_guidance, year: ${law('guidance.working_together.current_year')}, statutory: true }
  - { title: School Attendance (Pupil Registration) (England) Regulations ${law('legislation.pupil_registration_regulations.year')}, kind: legislation, year: ${law('legislation.pupil_registration_regulations.year')} }
  - { title: Education (Penalty Notices) (England) (Amendment) Regulations ${law('legislation.penalty_notice_regulations.amended_year')}, kind: legislation, year: ${law('legislation.penalty_notice_regulations.amended_year')} }
  - { title: Keeping children safe in education, kind: statutory_guidance, year: ${law('guidance.kcsie.current_year')} }

sections:`);
  for (const s of STARTER_SECTIONS) {
    lines.push(`  - id: ${s.id}`);
    lines.push(`    title: ${yamlString(s.title)}`);
    lines.push('    body: |');
    lines.push(`      ${GUIDANCE_MARKER} ${o.trust && s.guidance.includes('{{school.') ? TRUST_SECTION_GUIDANCE : s.guidance}`);
  }
  return `${lines.join('\n')}\n`;
}

function schoolBlock(school: string): string[] {
  return [
    'schools:',
    `  - id: ${schoolId(school)}`,
    `    name: ${yamlString(school)}`,
    '    # urn: "123456"          # TODO: the school\'s URN, in quotes',
    '    # local_authority: ...   # TODO',
    '    school_day:',
    '      gates_open: "08:40"',
    '      starts: "08:50"',
    '      ends: "15:20"',
    '      registers:',
    '        morning: { opens: "08:50", closes: "09:10" }',
    '        afternoon: { opens: "13:00", closes: "13:20" }',
  ];
}

export function relativeForYaml(fromFile: string, target: string): string {
  const rel = path.relative(path.dirname(path.resolve(fromFile)), path.resolve(target));
  return rel.split(path.sep).join('/');
}
