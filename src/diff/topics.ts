/** Topics a change is grouped under, in the order a reader meets them in the policy. */
export const TOPICS: Array<[key: string, topic: string]> = [
  ['document', 'About the policy document'],
  ['trust', 'About the trust'],
  ['schools', 'About the school'],
  ['school_day', 'School day and registers'],
  ['groups', 'School day and registers'],
  ['registers', 'School day and registers'],
  ['contacts', 'Who to contact'],
  ['absence_reporting', 'Reporting an absence'],
  ['unexplained_absence', 'Unexplained absence'],
  ['lateness', 'Lateness'],
  ['illness', 'Illness and medical appointments'],
  ['leave_of_absence', 'Leave of absence'],
  ['part_time_timetables', 'Part-time timetables'],
  ['remote_education', 'Remote education'],
  ['thresholds', 'Attendance thresholds'],
  ['escalation', 'Support and escalation'],
  ['legal_measures', 'Penalty notices and legal measures'],
  ['rewards', 'Rewards and recognition'],
  ['codes_in_use', 'Attendance codes'],
  ['deletions', 'Taking a pupil off roll'],
  ['la_returns', 'Returns to the local authority'],
  ['monitoring', 'Monitoring attendance'],
  ['governance', 'The governing board’s role'],
  ['references', 'Laws and guidance cited'],
  ['local_variations', 'Local variations from the trust base'],
  ['sections', 'The text of the policy'],
];

const BY_KEY = new Map(TOPICS);
const ORDER = [...new Set(TOPICS.map(([, t]) => t))];

/** The settings compared across a trust are grouped by these names; they join the matching topic. */
const SETTING_GROUPS: Record<string, string> = {
  'School day': 'School day and registers',
  Registers: 'School day and registers',
  Thresholds: 'Attendance thresholds',
  'Leave of absence': 'Leave of absence',
  'Penalty approach': 'Penalty notices and legal measures',
  Review: 'About the policy document',
  People: 'Who to contact',
  Escalation: 'Support and escalation',
};

export function topicFor(key: string): string {
  return BY_KEY.get(key) ?? 'Other settings';
}

export function topicForSettingGroup(group: string): string {
  return SETTING_GROUPS[group] ?? 'Other settings';
}

export function topicOrder(topic: string): number {
  const i = ORDER.indexOf(topic);
  return i < 0 ? ORDER.length : i;
}
