import type { Rule } from '../rule.js';
import type { Person } from '../../types/policy.js';
import { firstPresent, isTrustBase, statutoryGuidanceInForce } from '../policy-facts.js';
import { proseMentions } from '../prose-match.js';

/** What a champion entry lacks, in words ('' when complete). */
function gap(p: Person | undefined): string {
  if (!p) return 'missing';
  if (!p.name && !p.email && !p.phone) return 'without a name or any contact details';
  if (!p.name) return 'without a name';
  if (!p.email && !p.phone) return 'without an email address or phone number';
  return '';
}

// The text may name the champion with an email or phone number (the rulebook's prose hint; initials such as "J." allowed).
const CHAMPION_WITH_CONTACT = /\bsenior\s+(attendance\s+)?(champion|leader)(?:[^.\n]|\b[A-Z]\.){0,80}(@|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b)/i;

export const rule: Rule = {
  meta: {
    id: 'policy-content-senior-attendance-champion',
    level: 'should',
    severity: 'warning',
    where: 'data',
    title: 'The policy names the senior attendance champion and gives their contact details',
    explanation:
      'Every school should have a senior leader with overall responsibility for attendance (the “senior attendance champion”), who sets the vision, runs the systems and knows the data. Statutory guidance expects the policy to name this person and say how to contact them, so parents know who leads on attendance.',
    citations: [
      {
        source: 'Working together to improve school attendance (2024 edition)',
        paragraph: 'chapter 2, para 25 (approximate)',
        url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion: 'Who is our senior attendance champion, and can parents find their name and contact details in the policy?',
  },
  check(ctx) {
    if (!statutoryGuidanceInForce(ctx)) return; // these expectations come from the 2024 statutory guidance
    if (isTrustBase(ctx)) return; // each academy's own file gives these
    const top = ctx.policy.contacts?.senior_attendance_champion;
    if (!gap(top) || proseMentions(ctx, CHAMPION_WITH_CONTACT)) return;
    const schools = ctx.policy.schools ?? [];
    // With schools, each school may name its own champion instead of one shared champion.
    const targets = schools.length
      ? schools.map((s, i) => ({
          label: ` for ${s.name}`,
          own: s.contacts?.senior_attendance_champion,
          pointers: [
            `/schools/${i}/contacts/senior_attendance_champion`,
            '/contacts/senior_attendance_champion',
            `/schools/${i}/contacts`,
            `/schools/${i}`,
          ],
        }))
      : [{ label: '', own: undefined, pointers: ['/contacts/senior_attendance_champion', '/contacts', ''] }];
    for (const t of targets) {
      const missing = gap(t.own ?? top);
      if (!missing) continue;
      ctx.report({
        pointer: firstPresent(ctx, t.pointers),
        message: `${missing === 'missing' ? `The policy does not name a senior attendance champion${t.label}` : `The policy gives the senior attendance champion${t.label} ${missing}`}. Parents should know which senior leader is responsible for attendance and how to reach them.`,
        hint: 'Name the senior leader responsible for attendance and give an email address or phone number.',
      });
    }
  },
  examples: {
    pass: [
      {
        title: 'Named, with an email',
        yaml: 'contacts:\n  senior_attendance_champion:\n    name: Ms J. Example\n    role: Deputy Headteacher\n    email: attendance@example.sch.uk\n',
      },
      {
        title: 'Each school names its own',
        yaml: 'schools:\n  - id: oak\n    name: Oak Primary School\n    contacts:\n      senior_attendance_champion: { name: Mr A. Oak, phone: "01234 567890" }\n',
      },
      { title: 'A trust base leaves it to each academy', yaml: 'trust:\n  name: Riverside Learning Trust\n' },
      {
        title: 'The text names the champion with an email',
        yaml: 'sections:\n  - id: contacts\n    title: Contacts\n    body: |\n      The senior attendance champion is Ms J. Example (attendance@example.sch.uk).\n',
      },
    ],
    fail: [
      { title: 'Role only, no name', yaml: 'contacts:\n  senior_attendance_champion:\n    role: Headteacher\n    phone: "01234 567890"\n' },
      { title: 'No champion at all', yaml: 'schools:\n  - id: oak\n    name: Oak Primary School\n' },
    ],
  },
};
