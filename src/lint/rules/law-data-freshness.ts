import { FRESH_FOR_MONTHS, lawFreshness } from '../../law/index.js';
import { defineRule } from '../define-rule.js';

export const rule = defineRule({
  meta: {
    id: 'law-data-freshness',
    level: 'info',
    severity: 'info',
    where: 'data',
    settings: [],
    title: 'The legal rules were checked within six months of the date in use',
    explanation:
      'policywright checks a policy against the law and guidance in force on the date in use (today, or the --as-of date). Its legal rules were checked against the sources on a known date. When that date is more than six months before the date in use, the law may have changed since, so lint says so once, to stop an old copy of the tool being mistaken for current advice. Run `policywright law --since DATE` to see the changes it knows about.',
    citations: [{ source: 'policywright law data (rules-data/law/index.yaml)', paragraph: 'last_checked' }],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion:
      'Is the copy of policywright we use up to date with the law, or has someone checked its findings against the current DfE guidance?',
    messages: {
      notCheckedRecently:
        'The legal rules in this copy of policywright were last checked on {{lastChecked|date}}, more than {{months}} months before {{asOf|date}}. The law or guidance may have changed since: update policywright, or check the findings against the current DfE guidance, before relying on them.',
    },
    hints: {
      notCheckedRecently:
        'Update policywright (its rules were last checked on {{lastChecked|date}}), or check the findings against the current DfE guidance.',
    },
  },
  check(ctx) {
    const fresh = lawFreshness(ctx.asOf);
    if (!fresh.stale) return ctx.notApplicable('This check is about policywright’s own legal data, which was checked recently enough.');
    ctx.report({
      pointer: '',
      messageId: 'notCheckedRecently',
      data: { lastChecked: fresh.lastChecked, months: FRESH_FOR_MONTHS, asOf: ctx.asOf },
    });
  },
});
