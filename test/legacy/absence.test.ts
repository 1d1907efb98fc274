import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spokenOf, topicsOf } from '../../src/legacy/absence.js';
import { auditDocument, isAbsence } from '../../src/legacy/audit.js';
import { couldNotCheckList, couldNotCheckText } from '../../src/legacy/could-not-check.js';
import { readLegacyDocument } from '../../src/legacy/read-legacy.js';
import { runCli, tempProject } from '../helpers.js';

// "The policy does not say X" is fair only on a whole policy that really says nothing about X.
// The sentences below are written for these tests (a fictional school).

/** A whole policy: every usual part, long enough, ending with a full stop. `extra` adds sections. */
function wholePolicy(extra: Array<[string, string]> = []): string {
  const parts: Array<[string, string]> = [
    ['Registers', 'The register is taken at the start of each morning session and once during each afternoon session.'],
    ['Reporting an absence', 'Parents must report an absence on the first day it happens.'],
    ['Leave of absence', 'Leave of absence in term time is granted only in exceptional circumstances.'],
    ['Lateness', 'Pupils who arrive late must sign in; punctuality matters to their learning.'],
    ['Penalty notices', 'A penalty notice may be issued where the national threshold is met.'],
    ['Responsibilities', 'Every member of staff has responsibilities for attendance.'],
    ['Persistent absence', 'A pupil who misses 10% of sessions is persistently absent.'],
    ['Monitoring', 'Staff monitor attendance and look for patterns.'],
    ['Review', 'This policy is kept under review.'],
    ...extra,
  ];
  return parts.map(([title, text], i) => `${i + 1}. ${title}\n${`${text} `.repeat(20).trim()}`).join('\n\n');
}

async function audit(text: string, excerpt = false) {
  const dir = tempProject({ 'policy.txt': text });
  return auditDocument(await readLegacyDocument(path.join(dir, 'policy.txt')), {
    asOf: '2026-11-26',
    ...(excerpt ? { excerpt: true } : {}),
  });
}

const ruleFound = (r: Awaited<ReturnType<typeof audit>>, rule: string) => r.diagnostics.filter((d) => d.ruleId === rule);

describe('what a finding says is missing, from its rule, message id and data (never its words)', () => {
  const topics = (d: Parameters<typeof topicsOf>[0]) => topicsOf(d).map((t) => t.id);

  it('a message id names its topics', () => {
    expect(topics({ ruleId: 'policy-review-overdue', messageId: 'noNextReview' })).toEqual(['next-review-date']);
    expect(topics({ ruleId: 'policy-content-senior-attendance-champion', messageId: 'championNoNameOrContactForSchool' })).toEqual([
      'senior-attendance-champion',
      'senior-attendance-champion-contact',
    ]);
    // The same message id of another rule is another finding.
    expect(topics({ ruleId: 'governance-board-role', messageId: 'noNextReview' })).toEqual([]);
  });

  it('a message that lists several missing parts names the topics of the parts its data lists, and only those', () => {
    const times = (missingParts: string[]) =>
      topics({ ruleId: 'policy-content-expectations-times', messageId: 'timesMissing', data: { missing: 'words', missingParts } });
    expect(times(['starts'])).toEqual(['school-day-starts']);
    expect(times(['ends', 'afternoon'])).toEqual(['school-day-ends', 'afternoon-register-closes']);
    const register = (session: string) =>
      topics({
        ruleId: 'register-close-time-30-minutes',
        messageId: 'noCloseTime',
        data: { session, where: 'Oak', opens: '08:40', max: 30 },
      });
    expect(register('afternoon')).toEqual(['afternoon-register-closes']);
    expect(register('morning')).toEqual(['morning-register-closes']);
  });

  it('a finding that says nothing is missing has no topic, whatever its words', () => {
    expect(topics({ ruleId: 'governance-board-role', messageId: 'noFrequency' })).toEqual([]);
    const block = { text: 'The governing body reviews attendance data every half term.', at: () => ({ line: 3 }) };
    const worded = { ruleId: 'register-retention-6-years', messageId: 'tooShort' };
    expect(spokenOf(worded, [block as never])).toBeUndefined();
    expect(spokenOf({ ruleId: 'governance-board-role', messageId: 'reviewNotDescribed' }, [block as never])).toMatchObject({
      topic: "the governing board's role",
      line: 3,
    });
  });
});

describe('absence findings on a whole policy', () => {
  it('a topic the policy never speaks of is reported', async () => {
    const r = await audit(wholePolicy());
    expect(r.completeness.complete).toBe(true);
    expect(ruleFound(r, 'policy-content-senior-attendance-champion').map((d) => d.message)).toEqual([
      expect.stringMatching(/^The policy does not name a senior attendance champion/),
    ]);
    expect(ruleFound(r, 'governance-board-role')).toHaveLength(1);
  });

  it('a named person holding the senior attendance lead role answers "does not name a senior attendance champion"', async () => {
    const r = await audit(
      wholePolicy([['Leadership', 'Mr Okonkwo, our deputy head teacher, is the senior attendance lead and oversees our strategy.']]),
    );
    expect(ruleFound(r, 'policy-content-senior-attendance-champion')).toEqual([]);
    const c = r.couldNotCheck.find((d) => d.ruleId === 'policy-content-senior-attendance-champion');
    expect(c?.spokenOf?.topic).toBe('the senior attendance champion');
    expect(r.doc.source.split('\n')[(c?.spokenOf?.line ?? 0) - 1]).toMatch(/^Mr Okonkwo/);
    // The could-not-check list says which heading to read under.
    expect(c?.spokenOf?.heading).toBe('10. Leadership');
    expect(couldNotCheckText(couldNotCheckList('policy.txt', r, false)!)).toMatch(
      /speaks of the senior attendance champion at line \d+, under 10\. Leadership: check that part by hand/,
    );
  });

  it('"In the first instance, speak to ..." answers "does not say who to contact for more support"', async () => {
    const plain = await audit(wholePolicy());
    expect(
      ruleFound(plain, 'policy-content-day-to-day-contacts')
        .map((d) => d.message)
        .join(' '),
    ).toMatch(/who to contact for more support/);
    const r = await audit(
      wholePolicy([
        [
          'Getting help',
          'If your child is finding school hard, please contact the school office to book an appointment and we will offer support.',
        ],
      ]),
    );
    expect(
      ruleFound(r, 'policy-content-day-to-day-contacts')
        .map((d) => d.message)
        .join(' '),
    ).not.toMatch(/more support/);
    expect(
      r.couldNotCheck.some(
        (d) => d.ruleId === 'policy-content-day-to-day-contacts' && d.spokenOf?.topic === 'who to contact for more support',
      ),
    ).toBe(true);
  });

  it('a paragraph on the governors’ role answers "does not say that the governing board reviews attendance data"', async () => {
    const r = await audit(
      wholePolicy([['Governors', 'The governing body looks at attendance figures each term and asks leaders to explain any fall.']]),
    );
    expect(ruleFound(r, 'governance-board-role')).toEqual([]);
    expect(r.couldNotCheck.find((d) => d.ruleId === 'governance-board-role')?.spokenOf?.topic).toBe("the governing board's role");
  });

  it('a timetable line answers "does not say when the school day starts"', async () => {
    expect(
      ruleFound(await audit(wholePolicy()), 'policy-content-expectations-times')
        .map((d) => d.message)
        .join(' '),
    ).toMatch(/when the school day starts/);
    const r = await audit(
      wholePolicy([['Our day', '8.40am - School gates open and the day begins with registration at 8.45am in classrooms.']]),
    );
    expect(
      ruleFound(r, 'policy-content-expectations-times')
        .map((d) => d.message)
        .join(' '),
    ).not.toMatch(/when the school day starts/);
  });

  it('a youth justice service mentioned only in passing does not answer "not their youth offending team worker"', async () => {
    const text = wholePolicy([
      [
        'Children missing education',
        'We make enquiries of housing, health and youth justice services when we cannot find a child. We tell a pupil’s social worker about any unexplained absence.',
      ],
    ]);
    const r = await audit(text);
    expect(r.couldNotCheck.some((d) => d.ruleId === 'register-follow-up-unexplained-absence')).toBe(false);
    expect(ruleFound(r, 'register-follow-up-unexplained-absence').map((d) => d.message)).toEqual([
      expect.stringMatching(/but not their youth offending team worker/),
    ]);
  });

  // Both findings of the leave rule are placed on the sentence the leave facts were read from, so
  // the audit merges them; each is still judged by its own topic.
  const decided: [string, string] = ['Decisions', 'Requests for leave of absence are decided by the headteacher.'];
  const NO_NOTICE = /does not say how far in advance/;
  const NO_WHO = /does not say who may ask/;

  // The section the policy adds; the finding that stands, and the one that could not be checked, with its topic.
  it.each([
    {
      adds: ['Asking early', 'Please send requests to the office well in advance of the dates.'] as [string, string],
      stands: ['whoNotStated', NO_WHO],
      unchecked: ['noNotice', NO_NOTICE, 'how far in advance to ask for leave'],
    },
    {
      adds: ['Who asks', 'Parents must complete a request form for any leave in term time.'] as [string, string],
      stands: ['noNotice', NO_NOTICE],
      unchecked: ['whoNotStated', NO_WHO, 'who may ask for leave of absence'],
    },
  ] as const)(
    'two findings of one rule on one sentence: $unchecked.0 could not be checked, $stands.0 stands',
    async ({ adds, stands, unchecked }) => {
      const r = await audit(wholePolicy([decided, adds]));
      const found = ruleFound(r, 'policy-content-leave-request-process');
      expect(found.map((d) => [d.messageId, d.message])).toEqual([[stands[0], expect.stringMatching(stands[1])]]);
      expect(found[0]!.message).not.toMatch(unchecked[1]);
      const notChecked = r.couldNotCheck.filter((d) => d.ruleId === 'policy-content-leave-request-process');
      expect(notChecked.map((d) => [d.messageId, d.spokenOf?.topic])).toEqual([[unchecked[0], unchecked[2]]]);
      expect(notChecked[0]!.message).not.toMatch(stands[1]);
      // Both are about the sentence they were placed on.
      expect(found[0]!.line).toBe(notChecked[0]!.line);
    },
  );

  it('when the policy speaks of neither, the two stay one finding, saying both', async () => {
    const r = await audit(wholePolicy([decided]));
    const found = ruleFound(r, 'policy-content-leave-request-process');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(NO_NOTICE);
    expect(found[0]!.message).toMatch(NO_WHO);
  });
});

describe('absence findings on an excerpt', () => {
  it('nothing the excerpt leaves out is reported, even a finding placed on its title line', async () => {
    const r = await audit(wholePolicy(), true);
    expect(r.diagnostics.filter(isAbsence)).toEqual([]);
    expect(r.diagnostics.filter((d) => topicsOf(d).length > 0)).toEqual([]);
    expect(r.couldNotCheck.map((d) => d.ruleId)).toEqual(
      expect.arrayContaining(['policy-content-senior-attendance-champion', 'policy-review-overdue']),
    );
  });

  it('what the excerpt says wrongly is still reported', async () => {
    const text = `Attendance policy\n\nRegisters are kept for 3 years from the date of entry.\n\nPlease ring the office when your child is ill and […]`;
    const r = await audit(text);
    expect(r.completeness.complete).toBe(false);
    expect(ruleFound(r, 'register-retention-6-years')).toHaveLength(1);
    expect(r.diagnostics.filter(isAbsence)).toEqual([]);
  });
});

describe('the audit reads absence as data, and the formatters say what it found', () => {
  const finding = (extra: { messageId: string; message: string; absence?: true }) => ({
    ruleId: 'r',
    severity: 'warning' as const,
    file: 'policy.txt',
    line: 4,
    column: 2,
    endLine: 4,
    endColumn: 9,
    policyFile: 'policy.txt',
    ...extra,
  });

  it('a finding with a message id is an absence finding when the rule says so, not by its words', () => {
    expect(isAbsence(finding({ messageId: 'x', message: 'Nobody to call.', absence: true }))).toBe(true);
    expect(isAbsence(finding({ messageId: 'x', message: 'The policy does not say who to call.' }))).toBe(false);
  });

  it('a finding that points at no line is marked as found nowhere; its message is the rule’s own, and every format adds the note', async () => {
    const r = await audit(wholePolicy());
    const nowhere = r.diagnostics.filter((d) => d.foundNowhere);
    expect(nowhere.length).toBeGreaterThan(0);
    for (const d of nowhere) expect(d.message).not.toMatch(/found nothing/);
    const dir = tempProject({ 'policy.txt': wholePolicy() });
    const file = path.join(dir, 'policy.txt');
    const note = '(The audit found nothing about this in the document.)';
    const stylish = await runCli('audit', '--as-of', '2026-11-26', file);
    expect(stylish.out).toContain(`${nowhere[0]!.message} ${note}`);
    const markdown = await runCli('audit', '--as-of', '2026-11-26', '--format', 'markdown', file);
    expect(markdown.out).toContain(`${nowhere[0]!.message} ${note}`.replace(/\|/g, '\\|'));
    const json = JSON.parse((await runCli('audit', '--as-of', '2026-11-26', '--format', 'json', file)).out) as Array<{
      messages: Array<{ message: string; foundNowhere?: boolean }>;
    }>;
    const m = json[0]!.messages.filter((x) => x.foundNowhere);
    expect(m).toHaveLength(nowhere.length);
    for (const x of m) expect(x.message.endsWith(note)).toBe(true);
  });
});
