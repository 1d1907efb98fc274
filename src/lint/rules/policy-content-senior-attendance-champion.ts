import { defineRule } from '../define-rule.js';
import type { Person } from '../../types/policy.js';
import { beforeStatutoryGuidance, firstPresent, isTrustBase } from '../policy-facts.js';
import { proseMentions } from '../prose-match.js';

/** What a champion entry lacks, as the start of a message id ('' when complete). */
function gap(p: Person | undefined): 'noChampion' | 'championNoNameOrContact' | 'championNoName' | 'championNoContact' | '' {
  if (!p) return 'noChampion';
  if (!p.name && !p.email && !p.phone) return 'championNoNameOrContact';
  if (!p.name) return 'championNoName';
  if (!p.email && !p.phone) return 'championNoContact';
  return '';
}

// The text may name the champion with an email or phone number (the rulebook's prose hint; initials such as "J." allowed).
const CHAMPION_WITH_CONTACT = /\bsenior\s+(attendance\s+)?(champion|leader)(?:[^.\n]|\b[A-Z]\.){0,80}(@|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b)/i;

export const rule = defineRule({
  meta: {
    id: 'policy-content-senior-attendance-champion',
    level: 'should',
    severity: 'warning',
    where: 'both',
    settings: [
      '/**/contacts/senior_attendance_champion/name',
      '/**/contacts/senior_attendance_champion/email',
      '/**/contacts/senior_attendance_champion/phone',
    ],
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
    // The messages that say the policy lacks something (an audit treats these with care).
    absence: [
      'noChampion',
      'noChampionForSchool',
      'championNoNameOrContact',
      'championNoNameOrContactForSchool',
      'championNoName',
      'championNoNameForSchool',
      'championNoContact',
      'championNoContactForSchool',
    ],
    messages: {
      noChampion:
        'The policy does not name a senior attendance champion. Parents should know which senior leader is responsible for attendance and how to reach them.',
      noChampionForSchool:
        'The policy does not name a senior attendance champion for {{school}}. Parents should know which senior leader is responsible for attendance and how to reach them.',
      championNoNameOrContact:
        'The policy gives the senior attendance champion without a name or any contact details. Parents should know which senior leader is responsible for attendance and how to reach them.',
      championNoNameOrContactForSchool:
        'The policy gives the senior attendance champion for {{school}} without a name or any contact details. Parents should know which senior leader is responsible for attendance and how to reach them.',
      championNoName:
        'The policy gives the senior attendance champion without a name. Parents should know which senior leader is responsible for attendance and how to reach them.',
      championNoNameForSchool:
        'The policy gives the senior attendance champion for {{school}} without a name. Parents should know which senior leader is responsible for attendance and how to reach them.',
      championNoContact:
        'The policy gives the senior attendance champion without an email address or phone number. Parents should know which senior leader is responsible for attendance and how to reach them.',
      championNoContactForSchool:
        'The policy gives the senior attendance champion for {{school}} without an email address or phone number. Parents should know which senior leader is responsible for attendance and how to reach them.',
    },
    hints: {
      noChampion: 'Name the senior leader responsible for attendance and give an email address or phone number.',
      noChampionForSchool: 'Name the senior leader responsible for attendance and give an email address or phone number.',
      championNoNameOrContact: 'Name the senior leader responsible for attendance and give an email address or phone number.',
      championNoNameOrContactForSchool: 'Name the senior leader responsible for attendance and give an email address or phone number.',
      championNoName: 'Name the senior leader responsible for attendance and give an email address or phone number.',
      championNoNameForSchool: 'Name the senior leader responsible for attendance and give an email address or phone number.',
      championNoContact: 'Name the senior leader responsible for attendance and give an email address or phone number.',
      championNoContactForSchool: 'Name the senior leader responsible for attendance and give an email address or phone number.',
    },
  },
  check(ctx) {
    // These expectations come from the 2024 statutory guidance.
    if (beforeStatutoryGuidance(ctx)) return;
    if (isTrustBase(ctx)) return ctx.notApplicable('This is a trust base: each academy’s own policy gives these.');
    const top = ctx.policy.contacts?.senior_attendance_champion;
    if (!gap(top) || proseMentions(ctx, CHAMPION_WITH_CONTACT)) return;
    const schools = ctx.policy.schools ?? [];
    // With schools, each school may name its own champion instead of one shared champion.
    const targets = schools.length
      ? schools.map((s, i) => ({
          school: s.name as string | undefined,
          own: s.contacts?.senior_attendance_champion,
          pointers: [
            `/schools/${i}/contacts/senior_attendance_champion`,
            '/contacts/senior_attendance_champion',
            `/schools/${i}/contacts`,
            `/schools/${i}`,
          ],
        }))
      : [{ school: undefined, own: undefined, pointers: ['/contacts/senior_attendance_champion', '/contacts', ''] }];
    for (const t of targets) {
      const missing = gap(t.own ?? top);
      if (!missing) continue;
      ctx.report({
        pointer: firstPresent(ctx, t.pointers),
        ...(t.school ? { messageId: `${missing}ForSchool`, data: { school: t.school } } : { messageId: missing }),
      });
    }
  },
});
