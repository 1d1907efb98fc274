import { lawFreshness } from '../../law/index.js';
import type { Rule } from '../rule.js';
import { longDate } from '../../text/dates.js';

export const rule: Rule = {
  meta: {
    id: 'law-data-freshness',
    level: 'info',
    severity: 'info',
    where: 'data',
    title: 'The legal rules were checked within six months of the date in use',
    explanation:
      'policywright checks a policy against the law and guidance in force on the date in use (today, or the --as-of date). Its legal rules were checked against the sources on a known date. When that date is more than six months before the date in use, the law may have changed since, so lint says so once, to stop an old copy of the tool being mistaken for current advice. Run `policywright law --since DATE` to see the changes it knows about.',
    citations: [{ source: 'policywright law data (rules-data/law/index.yaml)', paragraph: 'last_checked' }],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion:
      'Is the copy of policywright we use up to date with the law, or has someone checked its findings against the current DfE guidance?',
  },
  check(ctx) {
    const fresh = lawFreshness(ctx.asOf);
    if (!fresh.stale) return ctx.notApplicable('This check is about policywright’s own legal data, which was checked recently enough.');
    ctx.report({
      pointer: '',
      message: fresh.message!,
      hint: `Update policywright (its rules were last checked on ${longDate(fresh.lastChecked)}), or check the findings against the current DfE guidance.`,
    });
  },
  examples: {
    pass: [{ title: 'Within six months of the last check', asOf: '2026-11-30', yaml: 'document:\n  title: Attendance policy\n' }],
    fail: [{ title: 'More than six months after the last check', asOf: '2027-06-30', yaml: 'document:\n  title: Attendance policy\n' }],
  },
};
