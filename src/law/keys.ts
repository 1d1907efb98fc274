/* Generated from rules-data/law by `npm run types`. Do not edit by hand. */

/** The type of each legal parameter's value, by key. */
export interface LawValueTypes {
  'codes.n_resolve_school_days': number;
  'codes.national_set_year': number;
  'compulsory_school_age.end_age': number;
  'cwsa_2026.cnis_register_commenced': boolean;
  'cwsa_2026.ehe_consent_commenced': boolean;
  'cwsa_2026.enacted': boolean;
  'data_sharing.covers_independent_schools': boolean;
  'data_sharing.covers_maintained_nursery_schools': boolean;
  'data_sharing.dfe_daily_required': boolean;
  'deletions.after_leave_school_days': number;
  'deletions.continuous_absence_school_days': number;
  'dfe.attendance_baseline_expectation': boolean;
  'excluded_pupil_notice.discount_days': number;
  'excluded_pupil_notice.discounted': number;
  'excluded_pupil_notice.full': number;
  'excluded_pupil_notice.full_days': number;
  'guidance.children_missing_education.current_year': number;
  'guidance.exclusion.current_year': number;
  'guidance.kcsie.current_year': number;
  'guidance.ofsted_framework.current_year': number;
  'guidance.working_together.current_year': number;
  'guidance.working_together.revised': number;
  'guidance.working_together.statutory': boolean;
  'la_returns.attendance_return_max_interval_months': number;
  'la_returns.new_pupil_days': number;
  'la_returns.sickness_return_days': number;
  'legislation.penalty_notice_regulations.amended_year': number;
  'legislation.pupil_registration_regulations.year': number;
  'notice_to_improve.period_weeks.max': number;
  'notice_to_improve.period_weeks.min': number;
  'penalty_notice.first.discount_days': number;
  'penalty_notice.first.discounted': number;
  'penalty_notice.first.full': number;
  'penalty_notice.first.full_days': number;
  'penalty_notice.max_per_parent_per_child_3y': number;
  'penalty_notice.second.amount': number;
  'penalty_notice.second.days': number;
  'penalty_notice.threshold.sessions': number;
  'penalty_notice.threshold.window_school_weeks': number;
  'prosecution.s444_1_max_fine': number;
  'prosecution.s444_1a_max_custody_months': number;
  'prosecution.s444_1a_max_fine': number;
  'prosecution.time_limit_months': number;
  'registers.electronic_required': boolean;
  'registers.emergency_contacts_min': number;
  'registers.max_open_minutes': number;
  'registers.retention_years': number;
  'school_week.min_hours': number;
  'thresholds.persistent_absence_pct': number;
  'thresholds.severe_absence_pct': number;
  'unexplained_absence.inform_yot_worker': boolean;
}

/** A key of the law data: an unknown key fails to compile. */
export type LawKey = keyof LawValueTypes;
