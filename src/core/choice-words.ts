/**
 * The choices of the policy data (`ap_academy`, `half_termly`, `lt`) in the words a governor or head
 * teacher uses, as they read inside a sentence. The file keeps the code; people read these.
 */
const CHOICE_WORDS: Record<string, string> = {
  // Kinds of school and trust
  maintained: 'maintained school',
  free_school: 'free school',
  special: 'special school',
  non_maintained_special: 'non-maintained special school',
  pru: 'PRU (pupil referral unit)',
  ap_academy: 'AP (alternative provision) academy',
  independent: 'independent school',
  multi_academy_trust: 'multi-academy trust',
  all_through: 'all-through',
  part_time_timetable: 'part-time timetable',
  // Who and how
  in_person: 'in person',
  text: 'text message',
  online_form: 'online form',
  yot_worker: 'YOT (youth offending team) worker',
  la_officer: 'local authority officer',
  deputy_head: 'deputy head',
  assistant_head: 'assistant head',
  parent_pupil_normally_lives_with: 'a parent the pupil normally lives with',
  any_parent: 'any parent',
  // Comparisons and periods
  lt: 'below',
  le: 'at or below',
  gt: 'above',
  ge: 'at or above',
  eq: 'exactly',
  year_to_date: 'the school year so far',
  half_termly: 'half-termly',
  attendance_pct: 'attendance (%)',
  absence_pct: 'absence (%)',
  unexplained_absence_days: 'days of unexplained absence',
  consecutive_absence_days: 'days absent in a row',
  // Medical evidence and penalty notices
  not_routine: 'not as a routine',
  after_days: 'after a number of days of illness',
  below_attendance: 'when attendance falls below a level',
  prosecute_s444: 'prosecution (section 444)',
  prosecute_or_withdraw: 'prosecution or withdrawal',
  prosecute_for_non_payment: 'prosecution for non-payment',
  withdraw: 'withdrawal',
  // References and sections
  local: 'local document',
  all: 'everyone',
};

const underscoresAsSpaces = (code: string) => code.replace(/_/g, ' ');

/**
 * A choice's code as words inside a sentence: "ap_academy" → "AP (alternative provision) academy",
 * "sixth_form" → "sixth form" (or as `otherwise` words a code with no words of its own).
 * Pure and free of Node: the app's form (web/) imports it too, so the form and the report agree.
 */
export function choiceWords(code: string, otherwise: (code: string) => string = underscoresAsSpaces): string {
  return Object.hasOwn(CHOICE_WORDS, code) ? CHOICE_WORDS[code]! : otherwise(code);
}

/** The same, to start a line or a list item: "Free school", "PRU (pupil referral unit)". */
export function choiceLabel(code: string, otherwise?: (code: string) => string): string {
  const w = choiceWords(code, otherwise);
  return w.charAt(0).toUpperCase() + w.slice(1);
}
