import type { Rule } from '../rule.js';
import { longDate } from '../../text/dates.js';
import { codesInUse } from '../policy-facts.js';
import { countValue, numberPattern } from '../../text/numbers.js';
import { proseHits, reportHit } from '../prose-match.js';
import { lawText } from '../../law/law-text.js';

const N_UNTIL_REASON = /\b(?<code>N)\b[^.]{0,120}(until|unless)\s+(a\s+)?reason\s+(is\s+)?(received|provided)/gi;
const OLD_LABEL = /no\s+reason\s+yet\s+provided/gi;
const WORKING_DAYS = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+working\s+days/gi;
/** The guidance's own sentence ("no later than 5 working days after the session"): the school copied the DfE. */
const GUIDANCE_WORDING = /\bno\s+later\s+than\s+(?:5|five)\s+working\s+days\s+after\s+the\s+session/i;
const N_DAYS = /\b(?<code>N)\b[^.]{0,120}?\b(?:within|no\s+later\s+than|up\s+to)\s+(\d{1,2}|six|seven|eight|nine|ten)\s+(school\s+)?days/gi;
/** A working-days deadline is about code N only when the sentence is about coding the register. */
const aboutCoding = (sentence: string) => /\b(code|coded|register)\b/i.test(sentence) || /\bN\b/.test(sentence);

export const rule: Rule = {
  meta: {
    id: 'register-code-N-five-school-days',
    level: 'must',
    severity: 'error',
    where: 'both',
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
  },
  check(ctx) {
    const law = ctx.law('codes.n_resolve_school_days');
    if (!law) return;
    const since = longDate(law.since);
    const base = '/unexplained_absence';
    const days = ctx.get(`${base}/code_n_resolved_within_school_days`);
    if (typeof days === 'number' && days > law.value) {
      ctx.report({
        pointer: `${base}/code_n_resolved_within_school_days`,
        message: `The policy allows ${days} days to replace code N; since ${since} the correct code (or O) must be entered within ${law.value} school days.`,
        hint: `Change it to ${law.value} school days (${law.reference}).`,
        fix: { pointer: `${base}/code_n_resolved_within_school_days`, value: law.value },
      });
    }
    if (ctx.get(`${base}/code_n_unit`) === 'working_days') {
      ctx.report({
        pointer: `${base}/code_n_unit`,
        message: `The policy counts the deadline for replacing code N in working days; the law counts it in school days (${law.value} school days).`,
        hint: 'Count the deadline in school days.',
        fix: { pointer: `${base}/code_n_unit`, value: 'school_days' },
      });
    }
    for (const c of codesInUse(ctx)) {
      if (c.code !== 'N' || !/no\s+reason\s+yet\s+provided|(until|unless)\s+(a\s+)?reason\s+(is\s+)?(received|provided)/i.test(c.meaning))
        continue;
      ctx.report({
        pointer: `${c.pointer}/meaning`,
        message: `The policy says N means “${c.meaning}”. N now means “reason for absence not yet established” and must be replaced within ${law.value} school days (by O if the reason is still unknown).`,
        hint: `Use the 2024 meaning and say N is resolved within ${law.value} school days.`,
      });
    }
    const inTime = new RegExp(`\\b${numberPattern(law.value)}\\s+school\\s+days`, 'i');
    for (const hit of proseHits(ctx, [N_UNTIL_REASON, OLD_LABEL], (h) => inTime.test(h.sentence))) {
      reportHit(
        ctx,
        hit,
        `Code N (“reason for absence not yet established”) must not stay on the register until a parent replies: it must be replaced within ${law.value} school days, by O if the reason is still unknown.`,
        `Say that N is resolved within ${law.value} school days.`,
      );
    }
    for (const hit of proseHits(ctx, [WORKING_DAYS], (h) => !aboutCoding(h.sentence) || /in\s+advance|\brequest/i.test(h.sentence))) {
      if (GUIDANCE_WORDING.test(hit.sentence)) {
        reportHit(
          ctx,
          hit,
          `This follows the wording Working together uses in one place, but the regulation, and the guidance's own entry for code N, count ${law.value} school days. Days when the school is closed to pupils (training days, for example) do not count.`,
          `Say “no later than ${law.value} school days after the session”.`,
          'warning',
        );
        continue;
      }
      reportHit(
        ctx,
        hit,
        `An unexplained absence must be given its correct code within ${law.value} school days, not working days.`,
        `Say “${law.value} school days”.`,
      );
    }
    for (const hit of proseHits(ctx, [N_DAYS], (h) => countValue(h.match[2]!) <= law.value)) {
      reportHit(
        ctx,
        hit,
        `Code N must be replaced within ${law.value} school days; the text allows ${hit.match[2]} days.`,
        `Say that N is resolved within ${law.value} school days.`,
      );
    }
  },
  examples: {
    pass: [
      { title: 'Five school days', yaml: 'unexplained_absence:\n  code_n_resolved_within_school_days: 5\n  code_n_unit: school_days\n' },
      {
        title: 'Five school days in the text',
        yaml: 'sections:\n  - id: codes\n    title: Codes\n    body: |\n      If no reason is known we record N and replace it with the correct code, or O, within 5 school days.\n',
      },
      {
        title: 'Working days for something other than register codes',
        yaml: 'sections:\n  - id: leave\n    title: Leave\n    body: |\n      Please request leave at least 5 working days in advance.\n',
      },
      {
        title: 'Before 19 August 2024 there was no national deadline',
        asOf: '2024-06-01',
        yaml: 'unexplained_absence:\n  code_n_resolved_within_school_days: 10\n  code_n_unit: working_days\n',
      },
    ],
    fail: [
      {
        title: 'Working days',
        yaml: 'unexplained_absence:\n  code_n_resolved_within_school_days: 5\n  code_n_unit: working_days\n',
        output: 'unexplained_absence:\n  code_n_resolved_within_school_days: 5\n  code_n_unit: school_days\n',
      },
      {
        title: 'Ten days',
        yaml: 'unexplained_absence:\n  code_n_resolved_within_school_days: 10\n',
        output: 'unexplained_absence:\n  code_n_resolved_within_school_days: 5\n',
      },
      {
        title: 'N left until a reason is provided',
        yaml: 'sections:\n  - id: codes\n    title: Codes\n    body: |\n      Absences are coded N until a reason is provided by the parent.\n',
      },
      {
        title: 'Working days in the text',
        yaml: 'sections:\n  - id: codes\n    title: Codes\n    body: |\n      We record N, and the correct code must be entered within 5 working days.\n',
      },
      {
        title: "The guidance's own sentence (a warning that explains the difference)",
        yaml: 'sections:\n  - id: codes\n    title: Codes\n    body: |\n      The correct code should be input as soon as the reason is ascertained, but no later than 5 working days after the session.\n',
      },
    ],
  },
};
