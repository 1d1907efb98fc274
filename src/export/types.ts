/**
 * The rules export: a machine-readable summary of a policy for MIS, attendance trackers and
 * trust dashboards. Its contract is schemas/rules-export.schema.json; change both together,
 * bump RULES_EXPORT_SCHEMA_VERSION (semver) and add a line to docs/rules-export-changelog.md.
 * Absent values are null (never missing), so every export has the same shape.
 */

export const RULES_EXPORT_SCHEMA_VERSION = '1.0.0';
export const RULES_EXPORT_SCHEMA_ID = `https://policywright.dev/schemas/rules-export/${RULES_EXPORT_SCHEMA_VERSION}/rules-export.schema.json`;

/** "HH:MM", or null when the policy does not give it. */
export type TimeOrNull = string | null;

export interface ExportRegister {
  opens: TimeOrNull;
  closes: TimeOrNull;
  /** Minutes between opening and closing, when both are known. */
  openMinutes: number | null;
}

export interface ExportDay {
  gatesOpen: TimeOrNull;
  gatesClose: TimeOrNull;
  starts: TimeOrNull;
  ends: TimeOrNull;
  lunch: { starts: TimeOrNull; ends: TimeOrNull };
  /** Morning: start of day to start of lunch; afternoon: end of lunch to end of day. */
  sessions: { morning: { starts: TimeOrNull; ends: TimeOrNull }; afternoon: { starts: TimeOrNull; ends: TimeOrNull } };
  registers: { morning: ExportRegister; afternoon: ExportRegister };
}

export interface ExportGroup {
  id: string;
  name: string;
  yearGroups: string[];
  day: ExportDay;
}

export type ExportContacts = Record<string, unknown>;

export interface ExportSchool {
  id: string;
  name: string;
  shortName: string | null;
  urn: string | null;
  dfeNumber: string | null;
  localAuthority: string | null;
  type: string | null;
  phase: string[];
  day: ExportDay;
  groups: ExportGroup[];
  /** Only with includeContacts. */
  contacts?: ExportContacts | null;
}

export interface ExportTrigger {
  metric: string;
  comparison: string;
  value: number;
  window: { type: string; length: number | null } | null;
  text: string | null;
}

export interface ExportStage {
  id: string;
  /** 1 for the mildest stage. */
  order: number;
  name: string;
  who: string | null;
  letter: string | null;
  reviewAfterWeeks: number | null;
  actions: string[];
  triggers: ExportTrigger[];
}

export interface ExportThresholds {
  targetAttendancePct: number | null;
  excellentAttendancePct: number | null;
  concernLevels: Array<{ id: string; label: string; belowPct: number; inclusive: boolean }>;
  persistentAbsencePct: number | null;
  severeAbsencePct: number | null;
}

export interface ExportLeave {
  decidedBy: string | null;
  requestedBy: string | null;
  notice: { amount: number; unit: string } | null;
  inWriting: boolean | null;
  decisionInWriting: boolean | null;
  appeal: boolean | null;
  grounds: string[];
  holidaysAuthorised: boolean | null;
  maxHolidayDaysAuthorised: number | null;
  retrospectiveRequests: boolean | null;
}

export interface ExportLateness {
  beforeCloseCode: string | null;
  afterCloseCode: string | null;
  concernAfterLateMarks: number | null;
}

export interface ExportPenaltyAmounts {
  discounted: number | null;
  discountDays: number | null;
  full: number | null;
  fullDays: number | null;
}

export interface ExportPenaltyNotices {
  used: boolean | null;
  threshold: { sessions: number | null; windowSchoolWeeks: number | null; codes: string[] };
  first: ExportPenaltyAmounts;
  second: { amount: number | null; days: number | null; discount: boolean | null };
  maxPerParentPerChild3y: number | null;
  issuedBy: string[];
  afterNonPayment: string | null;
  laCodeOfConductUrl: string | null;
  noticeToImprove: { used: boolean | null; improvementPeriodWeeks: number | null };
  /** The national framework in force on asOf, from the law data. */
  national: {
    threshold: { sessions: number | null; windowSchoolWeeks: number | null };
    first: ExportPenaltyAmounts;
    second: { amount: number | null; days: number | null };
    maxPerParentPerChild3y: number | null;
  };
}

export type CodeCategory = 'present' | 'approved_activity' | 'authorised' | 'unauthorised' | 'not_counted';

export interface ExportCode {
  code: string;
  meaning: string | null;
  /** How the code counts in national statistics; null for a code that is not a current national code. */
  category: CodeCategory | null;
  status: 'national' | 'removed' | 'not_national';
}

export interface RulesExport {
  $schema: string;
  schemaVersion: string;
  asOf: string;
  generator: { name: string; version: string };
  rulePack: { version: string; lawDataSha256: string };
  source: { file: string; chain: string[]; contentSha256: string };
  document: {
    title: string | null;
    version: string | null;
    approvedBy: string | null;
    approvedOn: string | null;
    nextReview: string | null;
    reviewFrequencyMonths: number | null;
  };
  trust: { name: string; kind: string | null } | null;
  schools: ExportSchool[];
  /** The document's own day: what a school that sets no times gets (the only day of a trust base). */
  defaultDay: ExportDay;
  thresholds: ExportThresholds;
  escalation: { approach: string | null; stages: ExportStage[] };
  leaveOfAbsence: ExportLeave;
  lateness: ExportLateness;
  penaltyNotices: ExportPenaltyNotices;
  codes: ExportCode[];
  /** Only with includeContacts: contacts shared by every school in the document. */
  contacts?: ExportContacts | null;
}

export interface ExportOptions {
  /** YYYY-MM-DD; the national values in force on this date are used. */
  asOf: string;
  /** Contacts hold names and phone numbers, so they are left out unless asked for. */
  includeContacts?: boolean;
}
