/** Plain-English names for the codes used in the policy data. */

export const REPORTING_METHODS: Record<string, string> = {
  phone: 'Phone',
  email: 'Email',
  app: 'App',
  text: 'Text message',
  in_person: 'In person',
  online_form: 'Online form',
};

export const LEAVE_GROUNDS: Record<string, string> = {
  regulated_performance: 'taking part in a licensed performance, such as a show or filming',
  employment_abroad: 'employment abroad that has been licensed',
  interview: 'an interview for a place at another school or college, or for a job',
  study_leave: 'study leave',
  part_time_timetable: 'an agreed temporary part-time timetable',
  exceptional_circumstances: 'exceptional circumstances',
  medical_appointment: 'a medical or dental appointment',
  religious_observance: 'a day set apart for religious observance by your religious body',
  elite_sport: 'taking part in elite sport',
  mobile_family_travel: 'travelling with a Traveller or other mobile family for work',
  holiday: 'a holiday',
  special_circumstances: 'special circumstances',
};

export const REQUESTED_BY: Record<string, string> = {
  parent_pupil_normally_lives_with: 'the parent your child normally lives with',
  any_parent: 'any parent',
};

export const NOTIFY: Record<string, string> = {
  social_worker: "the child's social worker",
  yot_worker: "the child's youth offending team worker",
  virtual_school: 'the virtual school head',
  local_authority: 'the local authority',
  police: 'the police',
};

export const ISSUED_BY: Record<string, string> = {
  headteacher: 'the headteacher',
  deputy_head: 'a deputy headteacher',
  assistant_head: 'an assistant headteacher',
  la_officer: 'a local authority officer',
  police: 'the police',
};

export const AFTER_NON_PAYMENT: Record<string, string> = {
  prosecute_s444: 'the local authority may prosecute for the attendance offence (section 444 of the Education Act 1996)',
  withdraw: 'the notice is withdrawn',
  prosecute_or_withdraw: 'the local authority decides whether to prosecute or to withdraw the notice',
  prosecute_for_non_payment: 'the local authority may prosecute for not paying',
};

export const REFERENCE_KINDS: Record<string, string> = {
  legislation: 'Legislation',
  statutory_guidance: 'Statutory guidance',
  guidance: 'Guidance',
  local: 'Local guidance',
  policy: 'Related policy',
};

export const FREQUENCY: Record<string, string> = {
  daily: 'every day',
  weekly: 'every week',
  fortnightly: 'every fortnight',
  monthly: 'every month',
  half_termly: 'every half term',
  termly: 'every term',
  annually: 'every year',
};

/** Contact roles in the order parents are most likely to need them. */
export const CONTACT_ROLES: Array<{ key: string; label: string }> = [
  { key: 'senior_attendance_champion', label: 'Senior attendance champion' },
  { key: 'attendance_officers', label: 'Attendance officer' },
  { key: 'office', label: 'School office' },
  { key: 'day_to_day', label: 'Day-to-day contact' },
  { key: 'further_support', label: 'Further support' },
  { key: 'dsl', label: 'Designated safeguarding lead' },
  { key: 'sendco', label: 'Special educational needs co-ordinator (SENDCo)' },
  { key: 'link_governor', label: 'Attendance link governor' },
  { key: 'local_authority', label: 'Local authority service' },
];

export function label(map: Record<string, string>, key: string | undefined): string {
  if (!key) return '';
  return map[key] ?? key.replace(/_/g, ' ');
}
