import { staleValues } from '../../law/index.js';
import { defineRule } from '../define-rule.js';
import { countValue, numberPattern } from '../../text/numbers.js';
import { proseHits } from '../prose-match.js';
import { lawText } from '../../law/law-text.js';

/** Old retention periods, from the parameter's history (one pattern per set of old values, so matches are cached). */
const patterns = new Map<string, RegExp[]>();
function prose(stale: number[]): RegExp[] {
  const key = stale.join(',');
  let out = patterns.get(key);
  if (!out) {
    out = stale.length
      ? [new RegExp(String.raw`(preserv|retain|kept)\w*[^.]{0,60}\b(${stale.map(numberPattern).join('|')})\s+years`, 'gi')]
      : [];
    patterns.set(key, out);
  }
  return out;
}
/** The sentence must be about register entries. */
const ABOUT_REGISTERS = /regist|\bentr(y|ies)\b/i;

export const rule = defineRule({
  meta: {
    id: 'register-retention-6-years',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: ['/registers/retention_years'],
    title: lawText('Every register entry kept for at least {registers.retention_years} (was {registers.retention_years|was})'),
    explanation:
      'Every entry in the admission register and the attendance register must now be kept for at least six years from the date it was made. Under the old 2006 rules the minimum was three years, and many policies still say so. Deleting entries after three years would now break the law.',
    citations: [
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 7 and Explanatory Note',
        url: 'https://www.legislation.gov.uk/uksi/2024/208/regulation/7',
      },
      { source: 'Working together to improve school attendance (2024 edition)', paragraph: 'chapter 7 (para 36)' },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: true,
    governorQuestion: 'Does our policy keep every register entry for at least six years, and does our data retention schedule agree?',
    messages: {
      dataTooShort:
        'Register entries are kept for {{years}} years; since {{since|date}} every entry must be kept for at least {{required}} years.',
      proseOldPeriod:
        'Register entries must be kept for at least {{required}} years since {{since|date}}; {{years}} years was the old rule.',
    },
    hints: {
      dataTooShort: 'Change it to {{required}} years ({{reference}}) and update the school’s retention schedule.',
      proseOldPeriod: 'Say that every register entry is kept for at least {{required}} years.',
    },
  },
  check(ctx) {
    const law = ctx.law('registers.retention_years');
    if (!law) return;
    const years = ctx.get('/registers/retention_years');
    if (typeof years === 'number' && years < law.value) {
      ctx.report({
        pointer: '/registers/retention_years',
        messageId: 'dataTooShort',
        data: { years, required: law.value, since: law.since, reference: law.reference },
        fix: { pointer: '/registers/retention_years', value: law.value },
      });
    }
    // A sentence that also gives the current period ("6 years, not 3 as before") is not stale.
    const current = new RegExp(`\\b${numberPattern(law.value)}\\s+years`, 'i');
    const stale = staleValues('registers.retention_years', ctx.asOf);
    for (const hit of proseHits(
      ctx,
      prose(stale),
      (h) => countValue(h.match[2]!) >= law.value || !ABOUT_REGISTERS.test(h.sentence) || current.test(h.sentence),
    )) {
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, {
        messageId: 'proseOldPeriod',
        data: { years: hit.match[2]!, required: law.value, since: law.since },
      });
    }
  },
});
