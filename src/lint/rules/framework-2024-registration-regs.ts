import { defineRule } from '../define-rule.js';
import { proseHits } from '../prose-match.js';
import { references } from '../policy-facts.js';

const REGISTRATION_REGS = /pupil\s+registration/i;
/** The revoked 2006 Regulations, or their amending regulations cited as current. */
const OLD_YEARS = /\b(2006|2010|2011|2013|2016)\b/;

const PROSE = [
  /pupil\s+registration\)?\s*(\(england\)\s*)?regulations?\s*(?:,\s*)?2006/gi,
  /\b2006\s+regulations\b/gi,
  /regulation\s+8\s*\(\s*1\s*\)\s*\(\s*[a-n]\s*\)/gi,
  /regulation\s+7\s*\(\s*1A\s*\)/gi,
];
/** A sentence that names the 2024 Regulations is describing the change, not citing the old law. */
const NAMES_2024_REGS = /school\s+attendance\s+\(pupil\s+registration\)|SI\s*2024\/208|2024\s+regulations|\bin\s+a\s+change\s+from\b/i;

const CURRENT_TITLE = 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)';

export const rule = defineRule({
  meta: {
    id: 'framework-2024-registration-regs',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/references/*/title', '/references/*/edition', '/references/*/year', '/references/*/statutory', '/references/*/kind'],
    title: 'Cites the 2024 Pupil Registration Regulations, not the revoked 2006 ones',
    explanation:
      'Registers, attendance codes, leave of absence and removing pupils from roll are now governed by the School Attendance (Pupil Registration) (England) Regulations 2024. They replaced the 2006 Regulations and all their amendments on 19 August 2024, and the regulation numbers changed (for example, deletions are now regulation 9 and leave is regulation 11). A policy that quotes the 2006 Regulations points staff and parents at law that no longer exists.',
    citations: [
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'Explanatory Note; regs 5–13',
        url: 'https://www.legislation.gov.uk/uksi/2024/208',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: true,
    governorQuestion:
      'Does our policy quote the 2024 Pupil Registration Regulations rather than the 2006 ones, including the new regulation numbers?',
    messages: {
      citesRevoked:
        'The policy cites the {{cited}}. Those Regulations were revoked on {{since|date}}; registers are now governed by the School Attendance (Pupil Registration) (England) Regulations 2024.',
      oldYear: 'The year of this citation is {{year}}; the Regulations in force are from {{current}}.',
      proseOldNumber:
        '“{{number}}” is a regulation number from the revoked 2006 Pupil Registration Regulations; the 2024 Regulations are numbered differently (deletions are regulation 9, leave of absence regulation 11).',
      proseRevoked: 'The Education (Pupil Registration) (England) Regulations 2006 were revoked on {{since|date}}.',
    },
    hints: {
      citesRevoked:
        'Cite the School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208), year 2024, and check any regulation numbers quoted in the text.',
      oldYear:
        'Cite the School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208), year 2024, and check any regulation numbers quoted in the text.',
      proseOldNumber: 'Refer to the School Attendance (Pupil Registration) (England) Regulations 2024 and their regulation numbers.',
      proseRevoked: 'Refer to the School Attendance (Pupil Registration) (England) Regulations 2024 and their regulation numbers.',
    },
  },
  check(ctx) {
    const law = ctx.law('legislation.pupil_registration_regulations.year');
    if (!law || law.value < 2024) return;
    const since = law.since;
    for (const ref of references(ctx)) {
      if (!REGISTRATION_REGS.test(ref.text)) continue;
      const staleYear = ref.year !== undefined && ref.year < law.value;
      // "Regulations 2006 (and 2010, 2013, 2016, 2024 amendments)": 2024 is a new instrument, not an amendment.
      const staleText = OLD_YEARS.test(ref.text) && !/\bschool\s+attendance\b|2024\/208/i.test(ref.text);
      if (!staleYear && !staleText) continue;
      // The 2024 Regulations are the direct replacement, so the citation itself can be fixed.
      const cited = `${ref.title.trim()}${ref.year && !ref.title.includes(String(ref.year)) ? ` (${ref.year})` : ''}`;
      if (staleText)
        ctx.report({
          pointer: `${ref.pointer}/title`,
          messageId: 'citesRevoked',
          data: { cited, since },
          fix: { pointer: `${ref.pointer}/title`, value: CURRENT_TITLE },
        });
      if (staleYear) {
        ctx.report({
          pointer: `${ref.pointer}/year`,
          ...(staleText
            ? { messageId: 'oldYear', data: { year: ref.year!, current: law.value } }
            : { messageId: 'citesRevoked', data: { cited, since } }),
          fix: { pointer: `${ref.pointer}/year`, value: law.value },
        });
      }
    }
    for (const hit of proseHits(ctx, PROSE, (h) => NAMES_2024_REGS.test(h.sentence))) {
      const number = /^regulation/i.test(hit.match[0]);
      ctx.reportProse(
        hit.block,
        hit.match.index!,
        hit.match[0].length,
        number ? { messageId: 'proseOldNumber', data: { number: hit.match[0] } } : { messageId: 'proseRevoked', data: { since } },
      );
    }
  },
});
