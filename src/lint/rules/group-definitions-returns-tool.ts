import type { Rule } from '../rule.js';
import { rule as cwsa2026Watch } from './cwsa-2026-watch.js';
import { rule as dataSharingDailyDfe } from './data-sharing-daily-dfe.js';
import { rule as defCompulsorySchoolAgeAndSessions } from './def-compulsory-school-age-and-sessions.js';
import { rule as defPersistentAbsence } from './def-persistent-absence.js';
import { rule as defSevereAbsence } from './def-severe-absence.js';
import { rule as deletionHomeEducationNoConsentYet } from './deletion-home-education-no-consent-yet.js';
import { rule as deletionOnlyReg9Grounds } from './deletion-only-reg9-grounds.js';
import { rule as healthMedicalEvidenceNotRoutine } from './health-medical-evidence-not-routine.js';
import { rule as kcsieAttendanceSafeguarding } from './kcsie-attendance-safeguarding.js';
import { rule as guidanceEditionsCurrent } from './guidance-editions-current.js';
import { rule as lawDataFreshness } from './law-data-freshness.js';
import { rule as laReturnsAttendanceAndSickness } from './la-returns-attendance-and-sickness.js';
import { rule as laReturnsNewPupilAndDeletion } from './la-returns-new-pupil-and-deletion.js';
import { rule as partTimeTimetableConditions } from './part-time-timetable-conditions.js';
import { rule as policyReviewOverdue } from './policy-review-overdue.js';
import { rule as governanceChangedSinceRatified } from './governance-changed-since-ratified.js';
import { rule as proseAccessibility } from './prose-accessibility.js';
import { rule as proseDataConsistency } from './prose-data-consistency.js';
import { rule as proseDataRefUnits } from './prose-data-ref-units.js';
import { rule as proseReadability } from './prose-readability.js';
import { rule as starterGuidanceLeft } from './starter-guidance-left.js';
import { rule as schoolWeekLengthExpectation } from './school-week-length-expectation.js';
import { rule as templatePlaceholders } from './template-placeholders.js';

/** Rules of this group, in catalogue order. */
export const GROUP: Rule[] = [
  defPersistentAbsence,
  defSevereAbsence,
  defCompulsorySchoolAgeAndSessions,
  deletionOnlyReg9Grounds,
  deletionHomeEducationNoConsentYet,
  laReturnsNewPupilAndDeletion,
  laReturnsAttendanceAndSickness,
  dataSharingDailyDfe,
  healthMedicalEvidenceNotRoutine,
  partTimeTimetableConditions,
  cwsa2026Watch,
  kcsieAttendanceSafeguarding,
  guidanceEditionsCurrent,
  schoolWeekLengthExpectation,
  policyReviewOverdue,
  governanceChangedSinceRatified,
  proseDataConsistency,
  proseDataRefUnits,
  starterGuidanceLeft,
  proseAccessibility,
  proseReadability,
  templatePlaceholders,
  lawDataFreshness,
];
