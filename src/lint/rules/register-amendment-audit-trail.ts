import { defineRule } from '../define-rule.js';
import { proseHits } from '../prose-match.js';

/** What the register must keep when an entry is amended, with how each is recognised in text. */
const ELEMENTS = [
  { key: 'original_entry', words: 'the original entry', re: /\boriginal\b/i },
  {
    key: 'amended_entry',
    words: 'the amended entry',
    re: /\b(amended|new|corrected|revised|replacement)\s+(entry|entries|mark|code|record)/i,
  },
  { key: 'reason', words: 'the reason for the amendment', re: /\breason/i },
  { key: 'date', words: 'the date it was made', re: /\bdate/i },
  {
    key: 'name_and_position',
    words: 'the name and position of the person who made it',
    re: /(\bname|\bwho\b)[^.]{0,80}\b(position|role|job\s+title)\b/i,
  },
] as const;

/** A passage that describes what is recorded when the register is amended. */
const PROSE = [
  /amend\w*[^.]{0,120}(original\s+(entry|mark)|name\s+and\s+(position|role|job\s+title))/gi,
  /original\s+(entry|mark)[^.]{0,120}amend\w*/gi,
];

function list(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items.join('');
}

export const rule = defineRule({
  meta: {
    id: 'register-amendment-audit-trail',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/registers/amendments_record'],
    title: 'Register amendments keep the original entry, new entry, reason, date, and name and position',
    explanation:
      'A register is a legal record, so a correction must never hide what was there before. When an entry is changed the register must show the original entry, the amended entry, the reason for the change, the date it was made, and the name and position of the person who made it.',
    citations: [
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 6 (updating registers)',
        url: 'https://www.legislation.gov.uk/uksi/2024/208/regulation/6',
      },
      { source: 'Working together to improve school attendance (2024)', paragraph: 'chapter 7' },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'medium',
    confidenceNote:
      'Regulation 6 was confirmed; the detailed list of five items is recalled from the 2006 rules and the guidance, not read in the 2024 text.',
    fixable: false,
    governorQuestion:
      'When a register entry is corrected, does our system keep the original entry, the new entry, the reason, the date and who made the change?',
    // {{missing}} lists what is not kept, in the words of ELEMENTS.
    messages: {
      dataNotKept:
        'When a register entry is amended the policy does not keep {{missing}}. Every amendment must keep the original entry, the amended entry, the reason, the date, and the name and position of the person who made it.',
      proseLeavesOut: 'The description of register amendments leaves out {{missing}}.',
    },
    hints: {
      dataNotKept: 'Add {{missing}} to what is recorded.',
      proseLeavesOut:
        'Say that every amendment keeps the original entry, the amended entry, the reason, the date, and the name and position of the person who made it.',
    },
  },
  check(ctx) {
    const recorded = ctx.get('/registers/amendments_record');
    if (Array.isArray(recorded)) {
      const missing = ELEMENTS.filter((e) => !recorded.includes(e.key)).map((e) => e.words);
      if (missing.length) {
        ctx.report({
          pointer: '/registers/amendments_record',
          messageId: 'dataNotKept',
          data: { missing: list(missing) },
        });
      }
    }
    // The items may be spread over a section, so look for them in the whole section.
    const sectionText = (id: string) =>
      ctx.prose
        .filter((b) => b.section === id)
        .map((b) => b.text)
        .join(' ');
    const done = new Set<string>();
    for (const hit of proseHits(ctx, PROSE)) {
      if (done.has(hit.block.section)) continue;
      done.add(hit.block.section);
      const text = sectionText(hit.block.section);
      const missing = ELEMENTS.filter((e) => !e.re.test(text)).map((e) => e.words);
      if (!missing.length) continue;
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, { messageId: 'proseLeavesOut', data: { missing: list(missing) } });
    }
  },
});
