import type { Rule } from '../rule.js';
import { rule as codes2024NationalSet } from './codes-2024-national-set.js';
import { rule as codesApprovedEducationalActivity } from './codes-approved-educational-activity.js';
import { rule as codesC2PartTimeTimetable } from './codes-C2-part-time-timetable.js';
import { rule as codesRReligiousObservance } from './codes-R-religious-observance.js';
import { rule as codesRemoteEducationIsAbsence } from './codes-remote-education-is-absence.js';
import { rule as codesRemovedOrChanged } from './codes-removed-or-changed.js';
import { rule as codesTMobileChild } from './codes-T-mobile-child.js';
import { rule as cwsa2026Watch } from './cwsa-2026-watch.js';
import { rule as dataSharingDailyDfe } from './data-sharing-daily-dfe.js';
import { rule as defCompulsorySchoolAgeAndSessions } from './def-compulsory-school-age-and-sessions.js';
import { rule as defPersistentAbsence } from './def-persistent-absence.js';
import { rule as defSevereAbsence } from './def-severe-absence.js';
import { rule as deletionHomeEducationNoConsentYet } from './deletion-home-education-no-consent-yet.js';
import { rule as deletionOnlyReg9Grounds } from './deletion-only-reg9-grounds.js';
import { rule as framework2024RegistrationRegs } from './framework-2024-registration-regs.js';
import { rule as frameworkPenaltyNoticeRegs2024 } from './framework-penalty-notice-regs-2024.js';
import { rule as frameworkWt2024Statutory } from './framework-wt-2024-statutory.js';
import { rule as frameworkWtEditionWatch } from './framework-wt-edition-watch.js';
import { rule as governanceBoardRole } from './governance-board-role.js';
import { rule as governanceChangedSinceRatified } from './governance-changed-since-ratified.js';
import { rule as guidanceEditionsCurrent } from './guidance-editions-current.js';
import { rule as healthMedicalEvidenceNotRoutine } from './health-medical-evidence-not-routine.js';
import { rule as kcsieAttendanceSafeguarding } from './kcsie-attendance-safeguarding.js';
import { rule as laReturnsAttendanceAndSickness } from './la-returns-attendance-and-sickness.js';
import { rule as laReturnsNewPupilAndDeletion } from './la-returns-new-pupil-and-deletion.js';
import { rule as lawDataFreshness } from './law-data-freshness.js';
import { rule as lawEducationSupervisionOrder } from './law-education-supervision-order.js';
import { rule as lawParentDutyS7S444 } from './law-parent-duty-s7-s444.js';
import { rule as lawParentingOrderAttendanceContract } from './law-parenting-order-attendance-contract.js';
import { rule as lawProsecutionTimeLimit } from './law-prosecution-time-limit.js';
import { rule as loaAuthorisedPersonAndScope } from './loa-authorised-person-and-scope.js';
import { rule as loaHolidaysNotExceptional } from './loa-holidays-not-exceptional.js';
import { rule as loaPermittedCircumstances } from './loa-permitted-circumstances.js';
import { rule as partTimeTimetableConditions } from './part-time-timetable-conditions.js';
import { rule as pnAmountsFirstNotice } from './pn-amounts-first-notice.js';
import { rule as pnExcludedPupilPublicPlace } from './pn-excluded-pupil-public-place.js';
import { rule as pnNationalThreshold } from './pn-national-threshold.js';
import { rule as pnNonPayment } from './pn-non-payment.js';
import { rule as pnSecondNoticeAndLimit } from './pn-second-notice-and-limit.js';
import { rule as pnSupportFirstAndNoticeToImprove } from './pn-support-first-and-notice-to-improve.js';
import { rule as pnWhoCanIssueAndScope } from './pn-who-can-issue-and-scope.js';
import { rule as policyContentAbsenceReporting } from './policy-content-absence-reporting.js';
import { rule as policyContentDayToDayContacts } from './policy-content-day-to-day-contacts.js';
import { rule as policyContentExpectationsTimes } from './policy-content-expectations-times.js';
import { rule as policyContentLeaveRequestProcess } from './policy-content-leave-request-process.js';
import { rule as policyContentPaSaStrategyAndLegalIntervention } from './policy-content-pa-sa-strategy-and-legal-intervention.js';
import { rule as policyContentProcessesPromotionData } from './policy-content-processes-promotion-data.js';
import { rule as policyContentSeniorAttendanceChampion } from './policy-content-senior-attendance-champion.js';
import { rule as policyExistsAccessibleReviewed } from './policy-exists-accessible-reviewed.js';
import { rule as policyReviewOverdue } from './policy-review-overdue.js';
import { rule as proseAccessibility } from './prose-accessibility.js';
import { rule as proseDataConsistency } from './prose-data-consistency.js';
import { rule as proseDataRefUnits } from './prose-data-ref-units.js';
import { rule as proseReadability } from './prose-readability.js';
import { rule as registerAmendmentAuditTrail } from './register-amendment-audit-trail.js';
import { rule as registerCloseTime30Minutes } from './register-close-time-30-minutes.js';
import { rule as registerCodeNFiveSchoolDays } from './register-code-N-five-school-days.js';
import { rule as registerElectronic } from './register-electronic.js';
import { rule as registerEmergencyContacts } from './register-emergency-contacts.js';
import { rule as registerFollowUpUnexplainedAbsence } from './register-follow-up-unexplained-absence.js';
import { rule as registerLateCodesLU } from './register-late-codes-L-U.js';
import { rule as registerNoRetrospectiveDeletion } from './register-no-retrospective-deletion.js';
import { rule as registerRetention6Years } from './register-retention-6-years.js';
import { rule as registerSessionTiming } from './register-session-timing.js';
import { rule as schema } from './schema.js';
import { rule as schoolWeekLengthExpectation } from './school-week-length-expectation.js';
import { rule as starterGuidanceLeft } from './starter-guidance-left.js';
import { rule as templatePlaceholders } from './template-placeholders.js';

/** Every rule, in catalogue order (the order of `--list-rules`, explain and the report). Each lives in its own module. */
export const RULES: Rule[] = [
  framework2024RegistrationRegs,
  frameworkWt2024Statutory,
  frameworkPenaltyNoticeRegs2024,
  frameworkWtEditionWatch,
  registerSessionTiming,
  registerCloseTime30Minutes,
  registerLateCodesLU,
  registerElectronic,
  registerRetention6Years,
  registerAmendmentAuditTrail,
  registerCodeNFiveSchoolDays,
  registerNoRetrospectiveDeletion,
  registerFollowUpUnexplainedAbsence,
  registerEmergencyContacts,
  codes2024NationalSet,
  codesRemovedOrChanged,
  codesApprovedEducationalActivity,
  codesRemoteEducationIsAbsence,
  codesTMobileChild,
  codesRReligiousObservance,
  codesC2PartTimeTimetable,
  loaAuthorisedPersonAndScope,
  loaPermittedCircumstances,
  loaHolidaysNotExceptional,
  policyExistsAccessibleReviewed,
  policyContentExpectationsTimes,
  policyContentAbsenceReporting,
  policyContentLeaveRequestProcess,
  policyContentSeniorAttendanceChampion,
  policyContentDayToDayContacts,
  policyContentProcessesPromotionData,
  policyContentPaSaStrategyAndLegalIntervention,
  governanceBoardRole,
  pnAmountsFirstNotice,
  pnSecondNoticeAndLimit,
  pnNonPayment,
  pnNationalThreshold,
  pnWhoCanIssueAndScope,
  pnSupportFirstAndNoticeToImprove,
  pnExcludedPupilPublicPlace,
  lawParentDutyS7S444,
  lawEducationSupervisionOrder,
  lawParentingOrderAttendanceContract,
  lawProsecutionTimeLimit,
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
  schema,
];
