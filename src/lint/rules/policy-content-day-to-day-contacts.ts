import type { Rule } from '../rule.js';
import type { Person } from '../../types/policy.js';
import { firstPresent, isTrustBase, statutoryGuidanceInForce } from '../policy-facts.js';
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

/** What is missing from the document's contacts together with one school's own. */
function missing(sets: Array<ContactSet | undefined>): string[] {
  const dayToDay = sets.flatMap((c) => [...(c?.day_to_day ?? []), ...(c?.attendance_officers ?? []), ...(c?.office ? [c.office] : [])]);
  const further = sets.flatMap((c) => c?.further_support ?? []);
  return [
    dayToDay.length === 0
      ? 'who to contact about attendance day to day'
      : !dayToDay.some(reachable) && 'how to reach the day-to-day contacts (a phone number or email address)',
    further.length === 0 && 'who to contact for more support',
  ].filter((m): m is string => Boolean(m));
}

// The text may already tell parents who to contact.
const CONTACT = /\b(contact|speak|talk|call|ring|phone|email)\w*/i;
const DAY_TO_DAY_ROLE = /\b(attendance\s+officer|form\s+tutor|class\s+teacher|school\s+office)\b/i;
const SUPPORT_ROLE =
  /\b(head\s+of\s+year|pastoral\s+(lead|leader|team|manager)|family\s+liaison|college\s+head|wellbeing\s+lead|inclusion\s+lead|learning\s+mentor)\b/i;

export const rule: Rule = {
  meta: {
    id: 'policy-content-day-to-day-contacts',
    level: 'should',
    severity: 'warning',
    where: 'data',
    title: 'The policy gives day-to-day attendance contacts and contacts for more support',
    explanation:
      'Parents and pupils should know who to talk to about attendance day to day (for example the form tutor, the attendance officer or the office) and who can give more help (for example a head of year, pastoral lead or family liaison officer). Statutory guidance expects the policy to give these contacts.',
    citations: [POLICY_LIST_CITATION],
    ...POLICY_LIST_FACTS,
    governorQuestion: 'Does our policy tell parents who to contact about attendance day to day, and who to go to for more support?',
  },
  check(ctx) {
    if (!statutoryGuidanceInForce(ctx)) return; // these expectations come from the 2024 statutory guidance
    if (isTrustBase(ctx)) return; // each academy's own file gives these
    const top = ctx.policy.contacts;
    const schools = ctx.policy.schools ?? [];
    const targets = schools.length
      ? schools.map((s, i) => ({
          label: ` for ${s.name}`,
          sets: [top, s.contacts],
          pointers: [`/schools/${i}/contacts`, '/contacts', `/schools/${i}`],
        }))
      : [{ label: '', sets: [top], pointers: ['/contacts', ''] }];
    const saysDayToDay = someSentence(ctx, CONTACT, DAY_TO_DAY_ROLE);
    const saysSupport = someSentence(ctx, CONTACT, SUPPORT_ROLE);
    for (const t of targets) {
      const gaps = missing(t.sets).filter((g) => !(g.includes('more support') ? saysSupport : saysDayToDay));
      if (gaps.length === 0) continue;
      ctx.report({
        pointer: firstPresent(ctx, t.pointers),
        message: `The policy does not say ${listWords(gaps)}${t.label}. Parents should know who to speak to about attendance.`,
        hint: 'Add day-to-day contacts (such as the attendance officer or the office, with a phone number or email) and contacts for more support (such as a head of year or pastoral lead).',
      });
    }
  },
  examples: {
    pass: [
      {
        title: 'Office and pastoral lead',
        yaml: 'contacts:\n  office: { role: School office, phone: "01234 567890" }\n  further_support:\n    - role: Pastoral lead\n',
      },
      { title: 'A trust base leaves it to each academy', yaml: 'trust:\n  name: Riverside Learning Trust\n' },
    ],
    fail: [
      {
        title: 'No further support',
        yaml: 'contacts:\n  attendance_officers:\n    - { name: Ms B. Example, email: attendance@example.sch.uk }\n',
      },
      { title: 'No contacts at all', yaml: 'document:\n  title: Attendance Policy\n' },
    ],
  },
};
