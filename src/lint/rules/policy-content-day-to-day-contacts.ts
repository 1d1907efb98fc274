import { defineRule } from '../define-rule.js';
import type { Person } from '../../types/policy.js';
import { beforeStatutoryGuidance, firstPresent, isTrustBase } from '../policy-facts.js';
import { listWords } from '../../text/words.js';
import { POLICY_LIST_CITATION, POLICY_LIST_FACTS } from './shared-facts.js';
import { someSentence } from '../prose-match.js';

interface ContactSet {
  day_to_day?: Person[];
  attendance_officers?: Person[];
  office?: Person;
  further_support?: Person[];
}

const reachable = (p: Person) => Boolean(p.email || p.phone || p.url);

/** What may be missing, as a finding names it; `missingParts` in its data lists the keys. */
const GAPS = {
  dayToDay: 'who to contact about attendance day to day',
  unreachable: 'how to reach the day-to-day contacts (a phone number or email address)',
  support: 'who to contact for more support',
};

type Gap = keyof typeof GAPS;

/** What is missing from the document's contacts together with one school's own. */
function missing(sets: Array<ContactSet | undefined>): Gap[] {
  const dayToDay = sets.flatMap((c) => [...(c?.day_to_day ?? []), ...(c?.attendance_officers ?? []), ...(c?.office ? [c.office] : [])]);
  const further = sets.flatMap((c) => c?.further_support ?? []);
  return [dayToDay.length === 0 ? 'dayToDay' : !dayToDay.some(reachable) && 'unreachable', further.length === 0 && 'support'].filter(
    (m): m is Gap => Boolean(m),
  );
}

// The text may already tell parents who to contact.
const CONTACT = /\b(contact|speak|talk|call|ring|phone|email)\w*/i;
const DAY_TO_DAY_ROLE = /\b(attendance\s+officer|form\s+tutor|class\s+teacher|school\s+office)\b/i;
const SUPPORT_ROLE =
  /\b(head\s+of\s+year|pastoral\s+(lead|leader|team|manager)|family\s+liaison|college\s+head|wellbeing\s+lead|inclusion\s+lead|learning\s+mentor)\b/i;

export const rule = defineRule({
  meta: {
    id: 'policy-content-day-to-day-contacts',
    level: 'should',
    severity: 'warning',
    where: 'both',
    settings: ['/schools/*/contacts/attendance_officers/*/email', '/contacts/office/phone', '/contacts/attendance_officers/*/email'],
    title: 'The policy gives day-to-day attendance contacts and contacts for more support',
    explanation:
      'Parents and pupils should know who to talk to about attendance day to day (for example the form tutor, the attendance officer or the office) and who can give more help (for example a head of year, pastoral lead or family liaison officer). Statutory guidance expects the policy to give these contacts.',
    citations: [POLICY_LIST_CITATION],
    ...POLICY_LIST_FACTS,
    governorQuestion: 'Does our policy tell parents who to contact about attendance day to day, and who to go to for more support?',
    // {{missing}} lists what is not said, in the words of GAPS; `missingParts` lists their keys (for the audit).
    // The messages that say the policy lacks something (an audit treats these with care).
    absence: ['contactsMissing', 'contactsMissingForSchool'],
    messages: {
      contactsMissing: 'The policy does not say {{missing}}. Parents should know who to speak to about attendance.',
      contactsMissingForSchool: 'The policy does not say {{missing}} for {{school}}. Parents should know who to speak to about attendance.',
    },
    hints: {
      contactsMissing:
        'Add day-to-day contacts (such as the attendance officer or the office, with a phone number or email) and contacts for more support (such as a head of year or pastoral lead).',
      contactsMissingForSchool:
        'Add day-to-day contacts (such as the attendance officer or the office, with a phone number or email) and contacts for more support (such as a head of year or pastoral lead).',
    },
  },
  check(ctx) {
    // These expectations come from the 2024 statutory guidance.
    if (beforeStatutoryGuidance(ctx)) return;
    if (isTrustBase(ctx)) return ctx.notApplicable('This is a trust base: each academy’s own policy gives these.');
    const top = ctx.policy.contacts;
    const schools = ctx.policy.schools ?? [];
    const targets = schools.length
      ? schools.map((s, i) => ({
          school: s.name as string | undefined,
          sets: [top, s.contacts],
          pointers: [`/schools/${i}/contacts`, '/contacts', `/schools/${i}`],
        }))
      : [{ school: undefined, sets: [top], pointers: ['/contacts', ''] }];
    const saysDayToDay = someSentence(ctx, CONTACT, DAY_TO_DAY_ROLE);
    const saysSupport = someSentence(ctx, CONTACT, SUPPORT_ROLE);
    for (const t of targets) {
      const missingParts = missing(t.sets).filter((g) => !(g === 'support' ? saysSupport : saysDayToDay));
      if (missingParts.length === 0) continue;
      const data = { missing: listWords(missingParts.map((g) => GAPS[g])), missingParts };
      ctx.report({
        pointer: firstPresent(ctx, t.pointers),
        ...(t.school
          ? { messageId: 'contactsMissingForSchool', data: { ...data, school: t.school } }
          : { messageId: 'contactsMissing', data }),
      });
    }
  },
});
