import type { Rule } from '../rule.js';
import { rule as governanceBoardRole } from './governance-board-role.js';
import { rule as lawEducationSupervisionOrder } from './law-education-supervision-order.js';
import { rule as lawParentDutyS7S444 } from './law-parent-duty-s7-s444.js';
import { rule as lawParentingOrderAttendanceContract } from './law-parenting-order-attendance-contract.js';
import { rule as lawProsecutionTimeLimit } from './law-prosecution-time-limit.js';
import { rule as loaAuthorisedPersonAndScope } from './loa-authorised-person-and-scope.js';
import { rule as loaHolidaysNotExceptional } from './loa-holidays-not-exceptional.js';
import { rule as loaPermittedCircumstances } from './loa-permitted-circumstances.js';
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

/** Rules of this group, in catalogue order. */
export const GROUP: Rule[] = [
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
];
