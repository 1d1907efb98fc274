/**
 * What an audit of each corpus document must and must not report, written by reading the documents
 * (shared/corpus/*.txt), not by running the tool. A fragment is matched, case-insensitively and
 * ignoring runs of white space, against the finding's message, which quotes the sentence.
 */
export interface Expectation {
  file: string;
  /** [rule id, fragment of the quoted sentence (or a pattern)]. */
  must: Array<[string, string | RegExp]>;
  /** Compliant sentences: no finding (of the listed rules, or of any rule) may quote them. */
  mustNot: Array<{ fragment: string; rules?: string[] }>;
  /** Rules that must report nothing at all for this document. */
  silentRules?: string[];
}

export const AS_OF = '2026-11-26';

export const EXPECTATIONS: Record<string, Expectation> = {
  'bishop-perrin': {
    file: 'bishop-perrin-primary-2023.txt',
    must: [
      ['pn-amounts-first-notice', 'parents must pay £60 within 21 days or £120 within 28 days'],
      ['pn-national-threshold', 'in any six-week period'],
      ['register-retention-6-years', 'preserve every entry in the attendance or admission register for 3 years'],
      ['framework-wt-2024-statutory', 'Summary Table of Responsibilities for School Attendance (Sept 2022)'],
      ['guidance-editions-current', 'Children Missing Education (2016)'],
      ['policy-review-overdue', 'February 2026'],
      ['prose-data-consistency', 'info@bischopperrin.richmond.sch.uk'],
      ['register-code-N-five-school-days', 'no later than 5 working days after the session'],
      ['law-parenting-order-attendance-contract', 'parenting contract or an education supervision order'],
    ],
    mustNot: [
      { fragment: 'Schools must take the attendance register at the start of each morning session of each school day and once during each afternoon session' },
      { fragment: 'The school does not authorise any holidays taken during term time', rules: ['loa-holidays-not-exceptional', 'loa-permitted-circumstances'] },
      { fragment: "A part-time timetable should not be used to manage a pupil's behaviour" },
      { fragment: 'The gates to the school are opened at 8.30am and shut at 8.40am', rules: ['register-close-time-30-minutes', 'prose-data-consistency'] },
    ],
  },
  'atlp-nether-stowe': {
    file: 'atlp-nether-stowe-2024.txt',
    must: [['def-persistent-absence', 'falls below 90% across the academic year']],
    mustNot: [
      { fragment: 'The first penalty notice is £160 if paid within 28 days' },
      { fragment: 'If paid within 21 days, it is reduced to £80' },
      { fragment: 'is 10 sessions (5 school days) in a rolling period of 10 school weeks' },
      { fragment: 'The second penalty notice is £160 if paid within 28 days' },
      { fragment: 'Only 2 penalty notices can be issued to the same parent in a 3-year rolling period' },
      { fragment: 'within the first 5 days of an exclusion' },
      { fragment: 'Schools are not expected to routinely request that parents or carers provide medical evidence' },
      { fragment: 'The school maintains an electronic attendance register' },
      { fragment: 'a maximum period of 30 minutes' },
    ],
    silentRules: ['pn-amounts-first-notice', 'pn-second-notice-and-limit', 'pn-national-threshold', 'register-close-time-30-minutes'],
  },
  'thomas-russell-junior': {
    file: 'thomas-russell-junior-2024.txt',
    must: [
      ['register-close-time-30-minutes', /8\.50-9\.20am|1\.15-1\.30pm|registration closes/i],
      ['health-medical-evidence-not-routine', 'after a period of 5 days, medical evidence has been provided'],
    ],
    mustNot: [
      { fragment: 'Attendance registers are legal documents and are preserved for a period of 6 years' },
      { fragment: 'The threshold is 10 sessions of unauthorised absence in a rolling period of 10 school weeks' },
      { fragment: 'Only where the school has genuine and reasonable doubt about the authenticity of the illness should medical evidence be requested' },
      { fragment: 'Any amendments to the register include the original entry, the amended entry, the reason for amendment' },
      { fragment: 'TRJS takes an attendance register at the start of each morning session and once during the afternoon session' },
      { fragment: 'The School Attendance (Pupil Registration) (England) Regulations 2024' },
      { fragment: 'Provide the school with more than one emergency contact' },
    ],
  },
};

const norm = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

export function quotes(message: string, fragment: string | RegExp): boolean {
  return typeof fragment === 'string' ? norm(message).includes(norm(fragment)) : fragment.test(message);
}
