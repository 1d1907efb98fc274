/** Patterns and facts that two or more rules share (one rule owns a finding; the other leaves it alone). */

/** "up to 10 days ... holiday/leave": the allowance removed in 2013 (owned by loa-permitted-circumstances). */
export const UP_TO_TEN_DAYS = /\bup\s+to\s+(?:10|ten)\s+(?:school\s+)?days[^.]{0,60}\b(?:holidays?|leave)\b/gi;

/** "prosecuted for non-payment": the prosecution is for the attendance offence (pn-non-payment; law-prosecution-time-limit skips these). */
export const PROSECUTED_FOR_NON_PAYMENT =
  /\bprosecut\w*\s+(?:\w+\s+){0,2}for\s+(?:the\s+)?(?:non[- ]?payment|failure\s+to\s+pay|not\s+paying)\b/gi;

/** Where the guidance lists what an attendance policy should contain (shared by the policy-content rules). */
export const POLICY_LIST_CITATION = {
  source: 'Working together to improve school attendance (2024)',
  paragraph: 'chapter 2, what the attendance policy should contain (approximate)',
  url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
};

/** The facts the policy-content rules share: in force from 2024, and known only from restatements. */
export const POLICY_LIST_FACTS = {
  effectiveFrom: '2024-08-19',
  confidence: 'medium',
  confidenceNote: 'The list of what the policy should contain comes from secondary restatements of the guidance.',
  fixable: false,
} as const;
