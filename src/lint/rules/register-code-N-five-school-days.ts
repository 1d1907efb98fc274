import { defineRule } from '../define-rule.js';
import { codesInUse } from '../policy-facts.js';
import { countValue, numberPattern } from '../../text/numbers.js';
import { proseHits } from '../prose-match.js';
import { lawText } from '../../law/law-text.js';

const N_UNTIL_REASON = /\b(?<code>N)\b[^.]{0,120}(until|unless)\s+(a\s+)?reason\s+(is\s+)?(received|provided)/gi;
const OLD_LABEL = /no\s+reason\s+yet\s+provided/gi;
const WORKING_DAYS = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+working\s+days/gi;
/** The guidance's own sentence ("no later than 5 working days after the session"): the school copied the DfE. */
const GUIDANCE_WORDING = /\bno\s+later\s+than\s+(?:5|five)\s+working\s+days\s+after\s+the\s+session/i;
const N_DAYS = /\b(?<code>N)\b[^.]{0,120}?\b(?:within|no\s+later\s+than|up\s+to)\s+(\d{1,2}|six|seven|eight|nine|ten)\s+(school\s+)?days/gi;
/**
 * An old rule described: as HISTORICAL_CONTEXT, but "replaced" alone is not history here. N is still
 * a national code (reworded in 2024), and replacing it with the right code is what the rule is
 * about ("N is replaced within 10 school days"); only N's old wording "was replaced".
 */
const N_HISTORY =
  /\b(revok\w*|supersed\w*|previous\w*|formerly|used to|no longer|was changed|old|(?:was|were|has been|have been) replaced)\b/i;
/** A working-days deadline is about code N only when the sentence is about coding the register. */
const aboutCoding = (sentence: string) => /\b(code|coded|register)\b/i.test(sentence) || /\bN\b/.test(sentence);

export const rule = defineRule({
  meta: {
    id: 'register-code-N-five-school-days',
    level: 'must',
    severity: 'error',
    where: 'both',
    settings: [
      '/unexplained_absence/code_n_resolved_within_school_days',
      '/unexplained_absence/code_n_unit',
      '/codes_in_use/*/code',
      '/codes_in_use/*/meaning',
    ],
    title: lawText('Code N replaced within {codes.n_resolve_school_days} (otherwise O)'),
    explanation:
      'When nobody knows yet why a pupil is absent, the register is marked N ("reason for absence not yet established"). The school must try to find out and put the correct code in within five school days; if the reason is still unknown, the absence becomes O, an unauthorised absence. N must not be left on the register until a parent gets in touch, and the deadline is counted in school days, not working days.',
    citations: [
      {
        source: 'School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)',
        paragraph: 'reg 10(7)–(9)',
        url: 'https://www.legislation.gov.uk/uksi/2024/208/regulation/10',
      },
      {
        source: 'Working together to improve school attendance (2024 edition)',
        paragraph: 'attendance codes, code N (paras 407–409 of the July 2026 revision, as reported)',
        url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
      },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    confidenceNote:
      'Working together itself says "no later than 5 working days after the session" in one place while the regulation and its code N entry count school days (medium confidence); a policy that quotes that sentence gets a warning that explains the difference, not an error.',
    fixable: true,
    governorQuestion: 'Does our policy say that an unexplained absence (N) is given its correct code, or O, within five school days?',
    messages: {
      dataTooManyDays:
        'The policy allows {{days}} days to replace code N; since {{since|date}} the correct code (or O) must be entered within {{required}} school days.',
      dataWorkingDays:
        'The policy counts the deadline for replacing code N in working days; the law counts it in school days ({{required}} school days).',
      oldMeaning:
        'The policy says N means “{{meaning}}”. N now means “reason for absence not yet established” and must be replaced within {{required}} school days (by O if the reason is still unknown).',
      proseUntilReason:
        'Code N (“reason for absence not yet established”) must not stay on the register until a parent replies: it must be replaced within {{required}} school days, by O if the reason is still unknown.',
      proseGuidanceWorkingDays:
        "This follows the wording Working together uses in one place, but the regulation, and the guidance's own entry for code N, count {{required}} school days. Days when the school is closed to pupils (training days, for example) do not count.",
      proseWorkingDays: 'An unexplained absence must be given its correct code within {{required}} school days, not working days.',
      proseTooManyDays: 'Code N must be replaced within {{required}} school days; the text allows {{days}} days.',
    },
    hints: {
      dataTooManyDays: 'Change it to {{required}} school days ({{reference}}).',
      dataWorkingDays: 'Count the deadline in school days.',
      oldMeaning: 'Use the 2024 meaning and say N is resolved within {{required}} school days.',
      proseUntilReason: 'Say that N is resolved within {{required}} school days.',
      proseGuidanceWorkingDays: 'Say “no later than {{required}} school days after the session”.',
      proseWorkingDays: 'Say “{{required}} school days”.',
      proseTooManyDays: 'Say that N is resolved within {{required}} school days.',
    },
  },
  check(ctx) {
    const law = ctx.law('codes.n_resolve_school_days');
    if (!law) return;
    const required = law.value;
    const base = '/unexplained_absence';
    const days = ctx.get(`${base}/code_n_resolved_within_school_days`);
    if (typeof days === 'number' && days > law.value) {
      ctx.report({
        pointer: `${base}/code_n_resolved_within_school_days`,
        messageId: 'dataTooManyDays',
        data: { days, since: law.since, required, reference: law.reference },
        fix: { pointer: `${base}/code_n_resolved_within_school_days`, value: law.value },
      });
    }
    if (ctx.get(`${base}/code_n_unit`) === 'working_days') {
      ctx.report({
        pointer: `${base}/code_n_unit`,
        messageId: 'dataWorkingDays',
        data: { required },
        fix: { pointer: `${base}/code_n_unit`, value: 'school_days' },
      });
    }
    for (const c of codesInUse(ctx)) {
      if (c.code !== 'N' || !/no\s+reason\s+yet\s+provided|(until|unless)\s+(a\s+)?reason\s+(is\s+)?(received|provided)/i.test(c.meaning))
        continue;
      ctx.report({
        pointer: `${c.pointer}/meaning`,
        messageId: 'oldMeaning',
        data: { meaning: c.meaning, required },
      });
    }
    const inTime = new RegExp(`\\b${numberPattern(law.value)}\\s+school\\s+days`, 'i');
    for (const hit of proseHits(ctx, [N_UNTIL_REASON, OLD_LABEL], (h) => inTime.test(h.sentence), { history: N_HISTORY })) {
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, { messageId: 'proseUntilReason', data: { required } });
    }
    for (const hit of proseHits(ctx, [WORKING_DAYS], (h) => !aboutCoding(h.sentence) || /in\s+advance|\brequest/i.test(h.sentence), {
      history: N_HISTORY,
    })) {
      if (GUIDANCE_WORDING.test(hit.sentence)) {
        ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, {
          messageId: 'proseGuidanceWorkingDays',
          data: { required },
          severity: 'warning',
        });
        continue;
      }
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, { messageId: 'proseWorkingDays', data: { required } });
    }
    for (const hit of proseHits(ctx, [N_DAYS], (h) => countValue(h.match[2]!) <= law.value, { history: N_HISTORY })) {
      ctx.reportProse(hit.block, hit.match.index!, hit.match[0].length, {
        messageId: 'proseTooManyDays',
        data: { required, days: hit.match[2]! },
      });
    }
  },
});
