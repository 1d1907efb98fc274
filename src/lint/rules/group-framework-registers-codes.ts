import type { Rule } from '../rule.js';
import { rule as codes2024NationalSet } from './codes-2024-national-set.js';
import { rule as codesApprovedEducationalActivity } from './codes-approved-educational-activity.js';
import { rule as codesC2PartTimeTimetable } from './codes-C2-part-time-timetable.js';
import { rule as codesRReligiousObservance } from './codes-R-religious-observance.js';
import { rule as codesRemoteEducationIsAbsence } from './codes-remote-education-is-absence.js';
import { rule as codesRemovedOrChanged } from './codes-removed-or-changed.js';
import { rule as codesTMobileChild } from './codes-T-mobile-child.js';
import { rule as framework2024RegistrationRegs } from './framework-2024-registration-regs.js';
import { rule as frameworkPenaltyNoticeRegs2024 } from './framework-penalty-notice-regs-2024.js';
import { rule as frameworkWt2024Statutory } from './framework-wt-2024-statutory.js';
import { rule as frameworkWtEditionWatch } from './framework-wt-edition-watch.js';
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

/** Rules of this group, in catalogue order. */
export const GROUP: Rule[] = [
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
];
