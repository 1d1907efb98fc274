import { defineRule } from '../define-rule.js';
import { proseMatches } from '../prose-match.js';

const CWSA = /\bchildren'?s\s+wellbeing\s+and\s+schools\s+(bill|act)\b/gi;
const NAMES_CWSA = /\bchildren'?s\s+wellbeing\s+and\s+schools\s+(bill|act)\b/i;
/** The sentence already says the provisions depend on commencement. */
const COMMENCEMENT = /\b(commenc\w*|in\s+force|comes?\s+into|not\s+yet)\b/i;
/** Consent to home education for children on a child protection plan or under s47 enquiries: a CWSA change. */
const HOME_EDUCATION = /\b(?:home[\s-]+educat\w*|elective\s+home\s+educat\w*|EHE)\b/gi;
const CWSA_CONSENT_CASES = /\b(child\s+protection\s+plan|section\s+47|s\.?\s?47)\b/i;

export const rule = defineRule({
  meta: {
    id: 'cwsa-2026-watch',
    level: 'info',
    severity: 'info',
    where: 'both',
    settings: ['/references/*/title'],
    title: "Children's Wellbeing and Schools Act 2026: check what is in force",
    explanation:
      "The Children's Wellbeing and Schools Act 2026 became law on 29 April 2026. Section 37 will require local authority consent before some children are taken off roll for home education: those placed at a special school by the authority, and those who are the subject of enquiries or action under section 47 of the Children Act 1989. Section 38 creates local authority registers of children not in school, and with them a duty on schools to give information about pupils educated elsewhere for some or all of the time (part-time timetables, off-site arrangements, flexi-schooling). The Act also reforms school attendance orders, and it puts no duty on schools to have a written attendance policy. Sections 37 to 42 start in England only on a day set by regulations; they were not among the parts that started on 29 June 2026, and no such regulations were found in sources to about September 2026. Not yet known: whether they have been made since. A policy should not describe these parts as in force until they are.",
    citations: [
      {
        source: "Children's Wellbeing and Schools Act 2026 (c. 21)",
        paragraph:
          's.37 (consent before home education), s.38 (registers of children not in school), s.78(5) (commencement by regulations)',
        url: 'https://www.legislation.gov.uk/ukpga/2026/21/contents',
      },
    ],
    effectiveFrom: '2026-04-29',
    confidence: 'medium',
    confidenceNote:
      'Royal Assent, sections 37 and 38 and the commencement mechanism are confirmed (high). That sections 37 to 42 had not started by about September 2026 is medium confidence; whether that still held on 29 November 2026 is low. Add a dated value to the law data when they start.',
    fixable: false,
    governorQuestion:
      "Who is watching for the Children's Wellbeing and Schools Act 2026 coming into force, and when will our policy be updated for it?",
    messages: {
      citesBill:
        "The policy cites the Children's Wellbeing and Schools Bill; it became an Act on {{enacted|date}}, but most of its attendance and home-education parts need commencement regulations before they apply.",
      proseBill:
        "The Children's Wellbeing and Schools Bill became an Act on {{enacted|date}}; most of its attendance and home-education parts still need commencement regulations.",
      proseNotCommenced:
        "Most of the attendance and home-education parts of the Children's Wellbeing and Schools Act 2026 need commencement regulations before they apply.",
      consentNotCommenced:
        "Local authority consent before home education for a child who is the subject of child protection enquiries comes from section 37 of the Children's Wellbeing and Schools Act 2026, which applies only once it is commenced by regulations (special-school pupils placed by the authority already need its consent).",
    },
    hints: {
      citesBill: "Cite the Children's Wellbeing and Schools Act 2026, and check which sections have been commenced before relying on them.",
      proseBill: 'Check which sections are in force before describing them as law.',
      proseNotCommenced: 'Check which sections are in force before describing them as law.',
      consentNotCommenced: "Say that this will apply when the Act's home-education provisions come into force, or check that they have.",
    },
  },
  check(ctx) {
    const enacted = ctx.law('cwsa_2026.enacted');
    if (enacted?.value !== true) return;
    const commenced = ctx.law('cwsa_2026.ehe_consent_commenced')?.value === true;
    const refs = ctx.policy.references ?? [];
    refs.forEach((ref, i) => {
      // Citing the Act itself is right; citing the Bill after Royal Assent is out of date.
      const m = typeof ref?.title === 'string' ? NAMES_CWSA.exec(ref.title) : null;
      if (!m || !/bill/i.test(m[1]!)) return;
      ctx.report({
        pointer: `/references/${i}/title`,
        messageId: 'citesBill',
        data: { enacted: enacted.since },
      });
    });
    for (const { block, match, sentence } of proseMatches(ctx, [CWSA])) {
      const bill = /bill/i.test(match[1]!);
      if (!bill && COMMENCEMENT.test(sentence)) continue;
      ctx.reportProse(
        block,
        match.index!,
        match[0].length,
        bill ? { messageId: 'proseBill', data: { enacted: enacted.since } } : { messageId: 'proseNotCommenced' },
      );
    }
    if (commenced) return;
    const notNewConsent = (s: string) =>
      !/\bconsent\b/i.test(s) || !CWSA_CONSENT_CASES.test(s) || NAMES_CWSA.test(s) || /\b(will|once|when|future|no|not)\b/i.test(s);
    const reported = new Set<string>();
    for (const { block, match, sentence } of proseMatches(ctx, [HOME_EDUCATION], (h) => notNewConsent(h.sentence))) {
      if (reported.has(sentence)) continue;
      reported.add(sentence);
      ctx.reportProse(block, match.index!, match[0].length, { messageId: 'consentNotCommenced' });
    }
  },
});
