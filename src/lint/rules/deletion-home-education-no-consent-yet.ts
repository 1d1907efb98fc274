import { defineRule } from '../define-rule.js';
import { proseMatches } from '../prose-match.js';

const HOME_EDUCATION = String.raw`(?:home[\s-]+educat\w*|home[\s-]+school\w*|elective\s+home|\bEHE\b)`;
const PROSE = [
  // "parents who wish to home educate must first meet the headteacher"
  new RegExp(
    String.raw`${HOME_EDUCATION}[^.]{0,120}\bmust\s+(?:first\s+)?(?:meet|agree|obtain\s+(?:the\s+)?(?:consent|agreement|permission))`,
    'gi',
  ),
  // "home education requires the consent of the headteacher / the local authority"
  new RegExp(
    String.raw`${HOME_EDUCATION}[^.]{0,120}\b(?:requires?|needs?|subject\s+to|with)\s+(?:the\s+)?(?:prior\s+|written\s+)?(?:consent|permission|approval|agreement)\s+(?:of|from)\s+(?:the\s+)?(?:school|head\w*|local\s+authority|LA|council|governors?)\b`,
    'gi',
  ),
];
/** Denials ("no consent is needed") and the special-school / child-protection cases the 2026 Act adds. */
const EXCEPTIONS = /\b(not|no|without|never|special\s+school|child\s+protection|section\s+47|s\.?\s?47|enquir\w+)\b/i;
/** School types whose LA-placed pupils need LA consent before deregistration. */
const SPECIAL = new Set(['special', 'non_maintained_special']);

export const rule = defineRule({
  meta: {
    id: 'deletion-home-education-no-consent-yet',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/deletions/home_education_requires_consent'],
    title: 'Home education: written notice from the parent; no consent needed',
    explanation:
      "When a parent tells a mainstream school in writing that they will educate their child otherwise than at school, the school must take the child off roll. Neither the school nor the local authority has to agree, even for a child with an education, health and care plan, and the parent does not have to attend a meeting first. Only pupils placed in a special school by the local authority need its consent. Section 37 of the Children's Wellbeing and Schools Act 2026 (which inserts section 434A into the Education Act 1996) will require local authority consent before a registered pupil of compulsory school age is taken off roll for home education where the child was placed at a special school by the authority, or is the subject of enquiries or action under section 47 of the Children Act 1989. It starts only on a day set by regulations, and no commencement regulations had been found in sources to about September 2026. Until it starts, the current rule applies.",
    citations: [
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 9(1)(f)',
        url: 'https://www.legislation.gov.uk/uksi/2024/208/regulation/9',
      },
      {
        source: "Children's Wellbeing and Schools Act 2026 (c. 21)",
        paragraph:
          's.37, inserting Education Act 1996 s.434A (local authority consent); starts only by regulations under s.78(5); none found in sources to about September 2026',
        url: 'https://www.legislation.gov.uk/ukpga/2026/21/section/37',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    confidenceNote:
      'Section 37 and its two conditions are certain; that it had not started by about September 2026 is medium confidence, and whether that still held on 29 November 2026 is low. Late amendments may have widened the second condition to a child protection plan in the past five years (wording not read).',
    fixable: true,
    governorQuestion:
      'Does our policy take a child off roll as soon as a parent gives written notice of home education, without asking for a meeting or for consent first?',
    messages: {
      dataConsentRequired:
        "The policy says consent is needed before a child is taken off roll for home education. For a mainstream school, a parent's written notice is enough: the school must delete the name and tell the local authority.",
      proseConsentRequired:
        "A parent's written notice of home education is enough for a mainstream school to take the child off roll; no meeting, agreement or consent can be required first.",
    },
    hints: {
      dataConsentRequired:
        "Set this to false and say that the school acts on the parent's written notice. (Only pupils placed in a special school by the local authority need its consent.)",
      proseConsentRequired:
        'Say that the school will delete the name on written notice and inform the local authority; a meeting can be offered, not required.',
    },
  },
  check(ctx) {
    if (!ctx.law('deletions.continuous_absence_school_days')) return; // the 2024 Regulations are not yet in force
    const commenced = ctx.law('cwsa_2026.ehe_consent_commenced')?.value === true;
    const types = (ctx.policy.schools ?? []).map((s) => s.type);
    const allSpecial = types.length > 0 && types.every((t) => t !== undefined && SPECIAL.has(t));
    const pointer = '/deletions/home_education_requires_consent';
    if (ctx.get(pointer) === true && !allSpecial && !commenced) {
      ctx.report({
        pointer,
        messageId: 'dataConsentRequired',
        fix: { pointer, value: false },
      });
    }
    if (allSpecial || commenced) return;
    for (const { block, match } of proseMatches(ctx, PROSE, (h) => EXCEPTIONS.test(h.sentence))) {
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'proseConsentRequired' });
    }
  },
});
