import type { Policy } from '../../types/policy.js';
import type { Part } from '../blocks.js';
import { absenceReportingPart } from './absence-reporting.js';
import { changesPart } from './changes.js';
import { codesPart } from './codes.js';
import { contactsPart } from './contacts.js';
import { escalationPart } from './escalation.js';
import { latenessPart } from './lateness.js';
import { leaveOfAbsencePart } from './leave-of-absence.js';
import { legalMeasuresPart } from './legal-measures.js';
import { referencesPart } from './references.js';
import { rewardsPart } from './rewards.js';
import { schoolTimesPart } from './school-times.js';
import { thresholdsPart } from './thresholds.js';
import { unexplainedAbsencePart } from './unexplained-absence.js';

/**
 * Each part is placed under the prose section it belongs to: a section with one of these ids, or
 * else the first whose title matches. A part with no such section gets a section of its own after
 * the prose, in this order.
 */
export interface PartPlacement {
  build: (policy: Policy) => Part | undefined;
  sectionIds: string[];
  sectionTitle?: { test(title: string): boolean };
  /** Where it goes when no section has one of its own ids or titles (it then sits beside related text). */
  fallbackSectionIds?: string[];
}

/**
 * "Reporting absence", "Report an absence", "Telling us": "report" and, later on the same line,
 * "absen". Two searches, where one pattern with `.*` between them would backtrack on a long title.
 */
export function reportingAbsenceTitle(title: string): boolean {
  if (/\btell(ing)? us\b/i.test(title)) return true;
  // `.` in the old pattern stopped at a line break, so each line is searched on its own.
  return title.split(/[\n\r\u2028\u2029]/).some((line) => {
    const report = /\breport(ing)?\b/i.exec(line);
    return report !== null && /\babsen/i.test(line.slice(report.index + report[0].length - 1));
  });
}

export const PART_PLACEMENTS: PartPlacement[] = [
  {
    build: schoolTimesPart,
    sectionIds: ['school-day', 'the-school-day', 'school-times', 'timings'],
    sectionTitle: /\bschool day\b|\bschool times\b|\btimings\b/i,
  },
  {
    build: absenceReportingPart,
    sectionIds: ['reporting-absence', 'reporting-an-absence', 'absence-reporting', 'telling-us'],
    sectionTitle: { test: reportingAbsenceTitle },
  },
  {
    build: unexplainedAbsencePart,
    sectionIds: ['unexplained-absence', 'first-day-calling'],
    sectionTitle: /\bunexplained\b|\bdo not know why\b|\bfirst[- ]day\b/i,
  },
  { build: latenessPart, sectionIds: ['lateness', 'punctuality', 'punctuality-and-lateness'], sectionTitle: /\blate(ness)?\b|\bpunctual/i },
  {
    build: leaveOfAbsencePart,
    sectionIds: ['leave-of-absence', 'term-time-leave', 'leave'],
    sectionTitle: /\bleave of absence\b|\bleave in term\b|\bterm[- ]time (leave|holiday)/i,
  },
  {
    build: thresholdsPart,
    sectionIds: ['persistent-absence', 'attendance-levels', 'thresholds', 'targets'],
    sectionTitle: /\bpersistent\b|\battendance (targets?|levels?)\b/i,
  },
  {
    build: escalationPart,
    sectionIds: ['escalation', 'stages', 'escalation-stages'],
    sectionTitle: /\bescalat|\bstages\b/i,
    fallbackSectionIds: ['persistent-absence'],
  },
  {
    build: legalMeasuresPart,
    sectionIds: ['legal-intervention', 'legal-measures', 'penalty-notices', 'legal-action'],
    sectionTitle: /\blegal\b|\bpenalt|\bprosecut|\bsupport does not work\b/i,
  },
  { build: rewardsPart, sectionIds: ['rewards', 'celebrating-attendance'], sectionTitle: /\bcelebrat|\brewards?\b/i },
  { build: codesPart, sectionIds: ['codes', 'attendance-codes'], sectionTitle: /\battendance codes\b/i },
  { build: contactsPart, sectionIds: ['contacts', 'who-to-contact'], sectionTitle: /^(useful )?contacts$|\bwho to contact\b/i },
  {
    build: referencesPart,
    sectionIds: ['references', 'legislation-and-guidance', 'related-policies'],
    sectionTitle: /^references$|\blegislation and guidance\b/i,
  },
  { build: changesPart, sectionIds: ['changes', 'change-log', 'version-history'], sectionTitle: /\bchange log\b|\bversion history\b/i },
];
