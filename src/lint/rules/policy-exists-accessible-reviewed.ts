import type { Rule } from '../rule.js';
import { longDate } from '../../text/dates.js';
import { firstPresent } from '../policy-facts.js';

export const rule: Rule = {
  meta: {
    id: 'policy-exists-accessible-reviewed',
    level: 'should',
    severity: 'warning',
    where: 'data',
    title: 'The policy is published, and has been revised since the 2024 statutory framework',
    explanation:
      'Statutory guidance expects every school to have a clear attendance policy that staff, pupils and parents understand, easy to find (normally on the school website), and reviewed regularly. A policy approved before the guidance became statutory on 19 August 2024 and not revised since is likely to be out of date: registers, codes, leave and penalty notices all changed then.',
    citations: [
      {
        source: 'Working together to improve school attendance (2024 edition)',
        paragraph: 'chapters 2 and 3 (school attendance policy; governing boards)',
        url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion: 'Where is our attendance policy published, and when did the board last approve a full revision of it?',
  },
  check(ctx) {
    const doc = ctx.policy.document;
    // The date the guidance became statutory is law data, not a constant here.
    const statutory = ctx.law('guidance.working_together.statutory');
    if (!doc?.published_url) {
      const guidance = statutory?.value === true ? 'Statutory guidance expects' : 'DfE guidance expects';
      ctx.report({
        pointer: firstPresent(ctx, ['/document', '']),
        message: `The policy does not say where parents can read it. ${guidance} the attendance policy to be easy to find, normally on the school website.`,
        hint: 'Publish the policy on the school website and record the web address of that page.',
      });
    }
    if (!statutory?.value || !doc?.approved_on || doc.approved_on >= statutory.since) return;
    const later = (doc.changes ?? []).filter((c) => c.date && c.date >= statutory.since);
    if (later.length === 0) {
      ctx.report({
        pointer: '/document/approved_on',
        message: `The policy was approved on ${longDate(doc.approved_on)}, before the attendance guidance became statutory on ${longDate(statutory.since)}, and its change log shows no revision since.`,
        hint: 'Review the whole policy against the 2024 rules and record the revision (date and summary) when the board approves it.',
      });
    } else if (later.every((c) => c.sections && c.sections.length > 0)) {
      // Only some sections were amended: say so, as information, rather than call it a full revision.
      const sections = [...new Set(later.flatMap((c) => c.sections ?? []))];
      ctx.report({
        pointer: '/document/approved_on',
        severity: 'info',
        message: `The policy was approved on ${longDate(doc.approved_on)}, before the attendance guidance became statutory on ${longDate(statutory.since)}; since then only part of it has been amended (${sections.join(', ')}).`,
        hint: 'Check that the rest of the policy was reviewed against the 2024 rules, and record a full revision if it was.',
      });
    }
  },
  examples: {
    pass: [
      {
        title: 'Published and approved after August 2024',
        yaml: 'document:\n  approved_on: 2024-09-10\n  published_url: https://www.example.sch.uk/attendance\n',
      },
      {
        title: 'Approved earlier, fully revised in 2025',
        yaml: 'document:\n  approved_on: 2023-02-01\n  published_url: https://www.example.sch.uk/attendance\n  changes:\n    - date: 2025-01-15\n      summary: Full revision for the 2024 attendance guidance\n',
      },
      {
        title: 'Before August 2024, an older approval was fine',
        asOf: '2024-06-01',
        yaml: 'document:\n  approved_on: 2023-02-01\n  published_url: https://www.example.sch.uk/attendance\n',
      },
    ],
    fail: [
      {
        title: 'Approved in 2023 and never revised',
        yaml: 'document:\n  approved_on: 2023-02-01\n  published_url: https://www.example.sch.uk/attendance\n',
      },
      { title: 'Not published', yaml: 'document:\n  approved_on: 2024-09-10\n' },
    ],
  },
};
