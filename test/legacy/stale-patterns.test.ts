import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { auditDocument } from '../../src/legacy/audit.js';
import { readLegacyDocument } from '../../src/legacy/read-legacy.js';
import { legacyBlocks } from '../../src/legacy/prose-blocks.js';
import { stalePatternFindings } from '../../src/legacy/stale-patterns.js';
import { allRules } from '../../src/lint/registry.js';
import { ROOT, tempProject } from '../helpers.js';

// Outdated practice written in a school's own words. Sentences written for these tests.
const AS_OF = '2026-11-26';

async function findings(sentence: string) {
  const dir = tempProject({ 'p.txt': `Attendance policy\n\n${sentence}\n` });
  const doc = await readLegacyDocument(path.join(dir, 'p.txt'));
  return { stale: stalePatternFindings(doc.file, legacyBlocks(doc), AS_OF), audit: auditDocument(doc, { asOf: AS_OF }).diagnostics };
}

async function rulesFor(sentence: string): Promise<string[]> {
  return (await findings(sentence)).stale.map((d) => d.ruleId);
}

describe('stale patterns: the vocabulary', () => {
  const data = parse(readFileSync(path.join(ROOT, 'vocabulary/stale-patterns.yaml'), 'utf8')) as {
    patterns: Array<{ rule: string; message: string }>;
  };
  it('every pattern belongs to a rule the linter has', () => {
    const ids = new Set(allRules().map((r) => r.meta.id));
    expect(data.patterns.map((p) => p.rule).filter((id) => !ids.has(id))).toEqual([]);
  });
  it('messages take legal numbers from the law, not from the text of the file', () => {
    for (const p of data.patterns)
      expect(p.message.replace(/\{law:[a-z0-9_.]+\}|\{1\}/g, ''), p.rule).not.toMatch(/\b(?:10|80|160|90|3|6)\b/);
  });
});

describe('warning letters under any name', () => {
  it.each([
    'If things do not improve we will send a final letter before legal action.',
    'Families will receive a pre-court warning letter from the school.',
    'A pre-penalty letter is sent when attendance drops below 90%.',
    'Parents who ignore our concerns are given a formal warning by the head.',
    'We send letters warning parents that a penalty notice may follow.',
  ])('%s', async (s) => {
    expect(await rulesFor(s)).toEqual(['pn-support-first-and-notice-to-improve']);
  });
  it.each([
    'Before a penalty notice, we will send a Notice to Improve, the final letter before legal action.',
    'Warning letters were previously used; they have been replaced.',
    'Staff are trained to notice warning signs of neglect.',
  ])('not: %s', async (s) => {
    expect(await rulesFor(s)).toEqual([]);
  });
  it('the finding takes the improvement period from the law', async () => {
    const { stale } = await findings('Parents will then receive a final warning letter before a penalty notice is considered.');
    expect(stale[0]?.message).toMatch(/improvement period of 3 to 6 weeks/);
  });
});

describe('local penalty triggers that are not the national threshold', () => {
  it.each([
    'A penalty notice may follow 12 unauthorised absences in any term.',
    'Where a child misses 6 days in a half term without permission, a penalty notice can be requested.',
  ])('counted by the term: %s', async (s) => {
    const { stale } = await findings(s);
    expect(stale.map((d) => d.ruleId)).toEqual(['pn-national-threshold']);
    expect(stale[0]!.message).toMatch(/10 sessions of unauthorised absence in a rolling period of 10 school weeks/);
  });
  it.each(['Penalty notices will be issued for 15 late marks in a term.', 'Persistent lateness can lead to a penalty notice.'])(
    'for lateness: %s',
    async (s) => {
      const { stale } = await findings(s);
      expect(stale.map((d) => d.ruleId)).toEqual(['pn-national-threshold']);
      expect(stale[0]!.message).toMatch(/^Lateness is not absence/);
    },
  );
  it.each([
    'Arriving late after the register has closed counts towards the threshold for a penalty notice.',
    'Lateness after registers close is recorded as unauthorised absence and may lead to a penalty notice.',
    'A penalty notice may be issued after 10 sessions of unauthorised absence in a rolling period of 10 school weeks.',
  ])('not: %s', async (s) => {
    expect(await rulesFor(s)).toEqual([]);
  });
});

describe('registers', () => {
  it('a register taken once a day is fewer than the law requires', async () => {
    expect(await rulesFor('Our registers are completed once a day by the class teacher.')).toEqual(['register-session-timing']);
    expect(await rulesFor('The register is taken once a day in the morning and again in the afternoon.')).toEqual([]);
  });
  it('registers on paper or in ink are not kept electronically', async () => {
    expect(await rulesFor('Teachers mark the register in black ink.')).toEqual(['register-electronic']);
    expect(await rulesFor('We keep a paper-based register in each classroom.')).toEqual(['register-electronic']);
    expect(await rulesFor('Registers are kept electronically; a paper copy is printed for fire drills.')).toEqual([]);
  });
  it('before the 2024 regulations, a paper register was allowed', async () => {
    const dir = tempProject({ 'p.txt': 'Attendance policy\n\nTeachers mark the register in black ink.\n' });
    const doc = await readLegacyDocument(path.join(dir, 'p.txt'));
    expect(stalePatternFindings(doc.file, legacyBlocks(doc), '2020-01-01').map((d) => d.ruleId)).toEqual([]);
  });
});

describe('penalty amounts without “£”', () => {
  it('an old amount is reported, with the current ones from the law', async () => {
    const { stale } = await findings('Parents may be given a penalty notice of 50 by the local authority.');
    expect(stale.map((d) => d.ruleId)).toEqual(['pn-amounts-first-notice']);
    expect(stale[0]!.message).toBe(
      'A penalty notice of 50 (written without “£”) is not a current amount: a first notice is £160, reduced to £80 if paid within 21 days.',
    );
  });
  it.each(['Parents must pay 100 within 28 days.', 'The penalty notice is 120 if paid within 28 days.'])('%s', async (s) => {
    expect(await rulesFor(s)).toEqual(['pn-amounts-first-notice']);
  });
  it.each([
    'A penalty notice of 160 is payable within 28 days.',
    'A penalty notice for 10 sessions of unauthorised absence may be issued.',
    'The trigger for a penalty notice of this kind is 10 unauthorised sessions.',
    'A penalty notice for an excluded pupil in a public place is 60 within 21 days.',
  ])('not: %s', async (s) => {
    expect(await rulesFor(s)).toEqual([]);
  });
});

describe('who may issue a penalty notice', () => {
  it.each([
    'The attendance officer can issue penalty notices to parents.',
    'Penalty notices may be issued by the class teacher.',
    'Governors may issue a penalty notice where absence persists.',
  ])('%s', async (s) => {
    expect(await rulesFor(s)).toEqual(['pn-who-can-issue-and-scope']);
  });
  it.each([
    'Penalty notices may be issued by the head teacher or a deputy head they authorise.',
    'Penalty notices are not issued by the attendance officer.',
    'The local authority attendance officer can issue penalty notices on behalf of the council.',
  ])('not: %s', async (s) => {
    expect(await rulesFor(s)).toEqual([]);
  });
});

describe('other outdated wording', () => {
  it('“below 90%” as persistent absence, with the figure first', async () => {
    expect(await rulesFor('Pupils whose attendance drops below 90% are treated as persistently absent.')).toEqual([
      'def-persistent-absence',
    ]);
    expect(await rulesFor('Pupils whose attendance is at or below 90% are persistently absent.')).toEqual([]);
    expect(await rulesFor('Pupils whose attendance falls below 95% are persistently absent.')).toEqual([]);
  });
  it('a renamed department named as where data goes today', async () => {
    expect(await rulesFor('Absence figures are sent to the DCSF each term.')).toEqual(['data-sharing-daily-dfe']);
    expect(await rulesFor('The DfES, since renamed, once collected these figures.')).toEqual([]);
  });
});

describe('code N, and the age of the policy', () => {
  it('an absence marked unauthorised as soon as no reason has come in', async () => {
    expect(await rulesFor('If the office has not heard from you by 9.15am, the absence will be recorded as unauthorised.')).toEqual([
      'register-code-N-five-school-days',
    ]);
    expect(await rulesFor('If we have no reason after 5 school days, the absence is recorded as unauthorised.')).toEqual([]);
    expect(await rulesFor('Where no reason is given, the absence is marked N at first and changed to unauthorised later.')).not.toContain(
      'register-code-N-five-school-days',
    );
  });

  it('a policy for a school year that has ended, unless a later date shows it was reviewed', async () => {
    const dir = tempProject({ 'p.txt': 'Attendance Policy 2023/24\n\nWe expect every pupil to attend every day.\n' });
    const doc = await readLegacyDocument(path.join(dir, 'p.txt'));
    const found = stalePatternFindings(doc.file, legacyBlocks(doc), AS_OF);
    expect(found.map((d) => [d.ruleId, d.line, d.message])).toEqual([
      [
        'policy-exists-accessible-reviewed',
        1,
        'This policy is written for the 2023–24 school year, which has ended. A policy for a past school year needs reviewing and bringing up to date.',
      ],
    ]);
    expect(stalePatternFindings(doc.file, legacyBlocks(doc), AS_OF, undefined, { documentDates: ['2026-09-10'] })).toEqual([]);
    expect(stalePatternFindings(doc.file, legacyBlocks(doc), '2024-06-01')).toEqual([]);
  });

  it('an adoption date before the guidance became statutory, when the rule found no approval date', async () => {
    const dir = tempProject({ 'p.txt': 'Trust policy. Adopted: March 2019.\n\nWe expect every pupil to attend every day.\n' });
    const doc = await readLegacyDocument(path.join(dir, 'p.txt'));
    expect(stalePatternFindings(doc.file, legacyBlocks(doc), AS_OF).map((d) => d.message)).toEqual([
      expect.stringMatching(/^The policy dates from 2019, before the attendance guidance became statutory on 19 August 2024\./),
    ]);
    expect(
      stalePatternFindings(doc.file, legacyBlocks(doc), AS_OF, undefined, {
        rulesReported: new Set(['policy-exists-accessible-reviewed']),
      }),
    ).toEqual([]);
  });
});

describe('in the audit', () => {
  it('a stale pattern is one finding with its sentence quoted, not repeated by the rule that found it already', async () => {
    const { audit } = await findings('Before any penalty notice, parents receive a formal warning letter.');
    expect(audit.filter((d) => d.ruleId === 'pn-support-first-and-notice-to-improve')).toHaveLength(1);
  });
  it('a rule switched off in the config is off for its stale patterns too', async () => {
    const dir = tempProject({ 'p.txt': 'Attendance policy\n\nGovernors may issue a penalty notice where absence persists.\n' });
    const doc = await readLegacyDocument(path.join(dir, 'p.txt'));
    const config = { severity: new Map([['pn-who-can-issue-and-scope', 'off' as const]]), exceptions: [] };
    expect(stalePatternFindings(doc.file, legacyBlocks(doc), AS_OF, config)).toEqual([]);
    const on = stalePatternFindings(doc.file, legacyBlocks(doc), AS_OF);
    expect(on.map((d) => [d.ruleId, d.line])).toEqual([['pn-who-can-issue-and-scope', 3]]);
  });
});

describe('codes with their meanings from before 2024', () => {
  it.each([
    ['Holidays agreed by the head teacher are recorded with code H.', 'codes-removed-or-changed'],
    ['Code F is used for extended family holidays.', 'codes-removed-or-changed'],
    ['Pupils attending an interview at another school are marked with the J code.', 'codes-removed-or-changed'],
    ['Code X is used for pupils self-isolating because of coronavirus.', 'codes-removed-or-changed'],
    ['Pupils learning online at home are marked B.', 'codes-approved-educational-activity'],
  ])('%s', async (s, rule) => {
    expect(await rulesFor(s)).toEqual([rule]);
  });
  it.each([
    'Code H, once used for agreed holidays, was removed.',
    'An interview at another school is recorded as J1.',
    'Pupils learning online at home are not marked B: they are absent.',
    'Code C is used for leave in exceptional circumstances.',
  ])('not: %s', async (s) => {
    expect(await rulesFor(s)).toEqual([]);
  });
});

describe('penalty notice regulations', () => {
  it('an old edition cited without “(England)”', async () => {
    const { stale } = await findings('Our code of conduct is issued under the Education (Penalty Notices) regulations 2004.');
    expect(stale.map((d) => d.ruleId)).toEqual(['framework-penalty-notice-regs-2024']);
    expect(stale[0]!.message).toMatch(
      /^The Education \(Penalty Notices\) Regulations 2004 are not the current source of the rules: since 19 August 2024 the 2007 Regulations as amended in 2024/,
    );
    expect(
      await rulesFor('Penalty notices are issued under the Education (Penalty Notices) (England) Regulations 2007, as amended.'),
    ).toEqual([]);
  });
});
