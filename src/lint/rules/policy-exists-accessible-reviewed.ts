import { defineRule } from '../define-rule.js';
import { firstPresent } from '../policy-facts.js';
import { listWords } from '../../text/words.js';
import { dateWhen } from '../in-sentence.js';

/** The amended sections by their headings, as a reader knows them: the section “Penalty notices”. */
function sectionWords(all: Array<{ id: string; title?: string }>, ids: string[]): string {
  const titles = ids.map((id) => `“${all.find((s) => s.id === id)?.title ?? id}”`);
  return `the section${titles.length === 1 ? '' : 's'} ${listWords(titles)}`;
}

export const rule = defineRule({
  meta: {
    id: 'policy-exists-accessible-reviewed',
    level: 'should',
    severity: 'warning',
    where: 'both',
    settings: ['/document/published_url', '/document/approved_on', '/document/changes/*/date', '/document/changes/*/sections'],
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
    // The messages that say the policy lacks something (an audit treats these with care).
    absence: ['notPublished', 'notPublishedBeforeStatutory'],
    messages: {
      notPublished:
        'The policy does not say where parents can read it. Statutory guidance expects the attendance policy to be easy to find, normally on the school website.',
      notPublishedBeforeStatutory:
        'The policy does not say where parents can read it. DfE guidance expects the attendance policy to be easy to find, normally on the school website.',
      notRevised:
        'The policy was approved {{approvedWhen}}, before the attendance guidance became statutory on {{statutory|date}}, and its change log shows no revision since.',
      partlyAmended:
        'The policy was approved {{approvedWhen}}, before the attendance guidance became statutory on {{statutory|date}}; since then only part of it has been amended: {{sections}}.',
    },
    hints: {
      notPublished: 'Publish the policy on the school website and record the web address of that page.',
      notPublishedBeforeStatutory: 'Publish the policy on the school website and record the web address of that page.',
      notRevised: 'Review the whole policy against the 2024 rules and record the revision (date and summary) when the board approves it.',
      partlyAmended: 'Check that the rest of the policy was reviewed against the 2024 rules, and record a full revision if it was.',
    },
  },
  check(ctx) {
    const doc = ctx.policy.document;
    // The date the guidance became statutory is law data, not a constant here.
    const statutory = ctx.law('guidance.working_together.statutory');
    if (!doc?.published_url) {
      ctx.report({
        pointer: firstPresent(ctx, ['/document', '']),
        messageId: statutory?.value === true ? 'notPublished' : 'notPublishedBeforeStatutory',
      });
    }
    if (!statutory?.value || !doc?.approved_on || doc.approved_on >= statutory.since) return;
    const later = (doc.changes ?? []).filter((c) => c.date && c.date >= statutory.since);
    if (later.length === 0) {
      ctx.report({
        pointer: '/document/approved_on',
        messageId: 'notRevised',
        data: {
          approved: doc.approved_on,
          approvedWhen: dateWhen(ctx.loaded.origins.get('/document/approved_on'), doc.approved_on),
          statutory: statutory.since,
        },
      });
    } else if (later.every((c) => c.sections && c.sections.length > 0)) {
      // Only some sections were amended: say so, as information, rather than call it a full revision.
      const sections = [...new Set(later.flatMap((c) => c.sections ?? []))];
      ctx.report({
        pointer: '/document/approved_on',
        severity: 'info',
        messageId: 'partlyAmended',
        data: {
          approved: doc.approved_on,
          approvedWhen: dateWhen(ctx.loaded.origins.get('/document/approved_on'), doc.approved_on),
          statutory: statutory.since,
          sections: sectionWords(ctx.policy.sections ?? [], sections),
        },
      });
    }
  },
});
