import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lawChangesBetween } from '../../src/index.js';
import { lintFile } from '../../src/lint/engine.js';
import { allRules } from '../../src/lint/registry.js';
import type { Rule } from '../../src/lint/rule.js';
import { starterPolicy } from '../../src/init/starter.js';
import { policyReport } from '../../src/report/build-report.js';
import { renderReportHtml } from '../../src/report/render-html.js';
import { ROOT, runCli } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'pw-law-'));
let n = 0;
function lint(yaml: string, asOf: string) {
  const file = path.join(dir, `p-${n++}.yaml`);
  writeFileSync(file, yaml);
  return lintFile(file, { asOf }).diagnostics;
}
const KCSIE_2025 = 'references:\n  - title: Keeping children safe in education\n    kind: statutory_guidance\n    year: 2025\n';
const RANK = { info: 0, warning: 1, error: 2 } as const;

describe('policywright law: what changed between two dates', () => {
  const changes = lawChangesBetween('2023-09-01', '2026-11-30');
  const on = (date: string, re: RegExp) => changes.find((c) => c.date === date && re.test(c.text));

  it('lists the 19 August 2024 changes, each with its reference, link and confidence', () => {
    const expected = [
      /First penalty notice, paid early: £60 → £80/,
      /First penalty notice, full amount: £120 → £160/,
      /Register entries kept for: 3 years → 6 years/,
      /national set of attendance codes/,
      /Pupil Registration.*Regulations 2024 replace the 2006/,
      /becomes statutory guidance/,
    ];
    for (const re of expected) {
      const c = on('2024-08-19', re);
      expect(c, String(re)).toBeDefined();
      expect(c!.reference.title.length).toBeGreaterThan(5);
      expect(c!.reference.href).toMatch(/^https:\/\//);
      expect(['high', 'medium', 'low']).toContain(c!.confidence);
    }
    expect(on('2024-08-19', /£60 → £80/)!.reference.title).toMatch(/SI 2024\/210/);
  });

  it('lists the 2025 and 2026 guidance editions', () => {
    expect(on('2025-09-01', /Keeping children safe in education 2025 in force/)).toBeDefined();
    expect(on('2026-09-01', /Keeping children safe in education 2026 in force/)?.confidence).toBe('medium');
    expect(on('2026-07-09', /Working together to improve school attendance revised/)).toBeDefined();
    expect(on('2026-07-26', /suspension and permanent exclusion/)).toBeDefined();
    expect(on('2025-11-10', /Ofsted/)).toBeDefined();
  });

  it('says what is uncertain about a value only with that value, not with the editions before it', () => {
    expect(on('2026-09-01', /Keeping children safe in education 2026/)?.note).toMatch(/medium-high.*final wording on absence was not read/);
    expect(on('2023-09-01', /Keeping children safe in education 2023/)?.note).toBeUndefined();
    expect(on('2025-09-01', /Keeping children safe in education 2025/)?.note).toBeUndefined();
  });

  it('each 2026 correction and new fact is dated law data with its reference and confidence', () => {
    const expected: Array<[string, RegExp, RegExp, string]> = [
      ['2026-04-29', /Royal Assent/, /Children's Wellbeing and Schools Act 2026 \(c\. 21\)/, 'high'],
      [
        '2026-04-29',
        /consent before home education enacted \(s\.37\)/,
        /s\.37 \(inserts Education Act 1996 s\.434A\) and s\.78\(5\)/,
        'medium',
      ],
      ['2026-04-29', /children not in school enacted \(s\.38\)/, /s\.38 \(inserts Education Act 1996 ss\.436B–436G\)/, 'medium'],
      ['2026-07-09', /revised: the same statutory guidance, still applying from 19 August 2024/, /revised 9 July 2026/, 'medium'],
      ['2026-07-26', /suspension and permanent exclusion in force/, /in force 26 July 2026/, 'high'],
      ['2025-11-10', /report cards/, /Ofsted/, 'high'],
      ['2025-11-01', /attendance baseline improvement expectation/, /November 2025/, 'medium'],
      ['2025-09-01', /Keeping children safe in education 2025 in force/, /2025/, 'high'],
    ];
    for (const [date, text, ref, confidence] of expected) {
      const c = on(date, text);
      expect(c, String(text)).toBeDefined();
      expect(c!.reference.title).toMatch(ref);
      expect(c!.reference.href).toMatch(/^https:\/\/www\.(gov|legislation\.gov)\.uk\//);
      expect(c!.confidence, String(text)).toBe(confidence);
    }
  });

  it('keeps to the dates asked for, oldest first', () => {
    const some = lawChangesBetween('2025-01-01', '2025-12-31');
    expect(some.length).toBeGreaterThan(0);
    expect(some.every((c) => c.date >= '2025-01-01' && c.date <= '2025-12-31')).toBe(true);
    expect(some.map((c) => c.date)).toEqual([...some.map((c) => c.date)].sort());
    expect(some.some((c) => /£/.test(c.text))).toBe(false);
  });

  it('prints dated plain-English lines, and JSON with --format json', async () => {
    const text = await runCli('law', '--since', '2023-09-01', '--until', '2026-11-30');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^19 Aug 2024 +First penalty notice, paid early: £60 → £80$/m);
    expect(text.out).toMatch(
      /Source: Education \(Penalty Notices\) \(England\) \(Amendment\) Regulations 2024 \(SI 2024\/210\) \(confidence high\)/,
    );
    expect(text.out).toMatch(/^1 Sep 2026 +Keeping children safe in education 2026 in force/m);
    expect(text.out).not.toMatch(/undefined|NaN|\{\{/);
    const json = await runCli('law', '--since', '2023-09-01', '--until', '2026-11-30', '--format', 'json');
    expect(json.code).toBe(0);
    const data = JSON.parse(json.out);
    expect(data.since).toBe('2023-09-01');
    expect(data.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.changes.find((c: { text: string }) => /£60 → £80/.test(c.text))).toMatchObject({
      date: '2024-08-19',
      from: 60,
      to: 80,
      unit: 'GBP',
      confidence: 'high',
    });
  });

  it('says when the end date is after the last check, and refuses dates it cannot read', async () => {
    const late = await runCli('law', '--since', '2026-01-01', '--until', '2027-12-31');
    expect(late.out).toMatch(/last checked on 29 Nov 2026; changes after that date are not known/);
    const bad = await runCli('law', '--since', '1 Sept 2023');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--since must be a date written YYYY-MM-DD/);
    const backwards = await runCli('law', '--since', '2025-01-01', '--until', '2024-01-01');
    expect(backwards.code).toBe(2);
    expect(backwards.err).toMatch(/--until \(2024-01-01\) is before --since/);
  });
});

describe('the law in force on the date in use', () => {
  it('KCSIE 2025 is out of date at --as-of 2026-11-25 and current at 2026-08-01', () => {
    expect(lint(KCSIE_2025, '2026-11-25').filter((d) => d.ruleId === 'kcsie-attendance-safeguarding')).toHaveLength(1);
    expect(lint(KCSIE_2025, '2026-08-01').filter((d) => d.ruleId === 'kcsie-attendance-safeguarding')).toHaveLength(0);
  });

  it('init writes the KCSIE edition and the penalty amounts in force on the day', () => {
    const now = starterPolicy({ schemaPath: 's.json', today: '2026-11-30' });
    expect(now).toMatch(/title: Keeping children safe in education, kind: statutory_guidance, year: 2026 }/);
    expect(now).toMatch(/first: \{ discounted: 80, discount_days: 21, full: 160, full_days: 28 \}/);
    const earlier = starterPolicy({ schemaPath: 's.json', today: '2025-10-01' });
    expect(earlier).toMatch(/Keeping children safe in education, kind: statutory_guidance, year: 2025 }/);
  });

  it('the freshness note appears once, only when --as-of is more than six months after the last check', () => {
    const fresh = (asOf: string) => lint('document:\n  title: Attendance policy\n', asOf).filter((d) => d.ruleId === 'law-data-freshness');
    expect(fresh('2026-11-30')).toHaveLength(0);
    expect(fresh('2027-05-29')).toHaveLength(0);
    const stale = fresh('2027-05-30');
    expect(stale).toHaveLength(1);
    expect(stale[0]!.severity).toBe('info');
    expect(stale[0]!.message).toMatch(/last checked on 29 November 2026/);
  });

  it('the bundled examples lint clean on 30 November 2026', async () => {
    const run = await runCli('lint', '--as-of', '2026-11-30', path.join(ROOT, 'policies'));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/0 errors, 0 warnings, 0 info/);
  });

  it('explain deletion-home-education-no-consent-yet names section 37 for consent, not section 38', async () => {
    const run = await runCli('explain', 'deletion-home-education-no-consent-yet');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Section 37 of the Children's Wellbeing and Schools Act 2026/);
    expect(run.out).toMatch(/s\.37, inserting Education Act 1996 s\.434A/);
    expect(run.out).not.toMatch(/s\.38|section 38/i);
  });

  it('a correct "Working together (2024)" citation stays correct after the July 2026 revision', () => {
    const yaml =
      'references:\n  - title: Working together to improve school attendance\n    kind: statutory_guidance\n    year: 2024\n    statutory: true\n';
    expect(lint(yaml, '2026-11-25').filter((d) => d.ruleId.startsWith('framework-wt'))).toEqual([]);
  });

  it('Children missing education 2016 is a warning of its own, not a Working together error', () => {
    const found = lint('references:\n  - title: Children Missing Education\n    kind: statutory_guidance\n    year: 2016\n', '2026-11-25');
    expect(found.filter((d) => d.ruleId === 'framework-wt-2024-statutory')).toEqual([]);
    expect(found.filter((d) => d.ruleId === 'guidance-editions-current').map((d) => d.severity)).toEqual(['warning']);
  });

  it('the guidance\'s own "5 working days" sentence gets a warning that explains it; other working-day deadlines an error', () => {
    const section = (text: string) => `sections:\n  - id: codes\n    title: Codes\n    body: |\n      ${text}\n`;
    const quoted = lint(
      section('The correct code should be input as soon as the reason is ascertained, but no later than 5 working days after the session.'),
      '2026-11-25',
    ).filter((d) => d.ruleId === 'register-code-N-five-school-days');
    expect(quoted.map((d) => d.severity)).toEqual(['warning']);
    expect(quoted[0]!.message).toMatch(/wording Working together uses in one place.*count 5 school days/);
    const invented = lint(section('We record N, and the correct code must be entered within 5 working days.'), '2026-11-25').filter(
      (d) => d.ruleId === 'register-code-N-five-school-days',
    );
    expect(invented.map((d) => d.severity)).toEqual(['error']);
  });

  it('maintained nursery schools and independent schools are outside daily data sharing', () => {
    const school = (type: string, phase: string) =>
      `schools:\n  - id: s\n    name: S School\n    type: ${type}\n    phase: [${phase}]\nmonitoring:\n  dfe_daily_sharing: false\n`;
    const sharing = (yaml: string) => lint(yaml, '2026-11-25').filter((d) => d.ruleId === 'data-sharing-daily-dfe');
    expect(sharing(school('maintained', 'nursery'))).toHaveLength(0);
    expect(sharing(school('independent', 'primary'))).toHaveLength(0);
    expect(sharing(school('maintained', 'nursery, primary'))).toHaveLength(1);
    expect(sharing(school('academy', 'secondary'))).toHaveLength(1);
  });

  it('old penalty amounts are the ones the law data says were replaced by the date in use', () => {
    const prose = (amount: string) =>
      `sections:\n  - id: legal\n    title: Legal\n    body: |\n      Parents may receive a penalty notice of ${amount}.\n`;
    const pn = (amount: string, asOf: string) => lint(prose(amount), asOf).filter((d) => d.ruleId === 'pn-amounts-first-notice');
    expect(pn('£60', '2026-11-25')).toHaveLength(1);
    expect(pn('£80', '2026-11-25')).toHaveLength(0);
    // In 2013 the amounts were £60 and £120: £60 was current, £50 was old.
    expect(pn('£60', '2013-10-01')).toHaveLength(0);
    expect(pn('£50', '2013-10-01')).toHaveLength(1);
  });

  it('explanations say what the law says, no more', async () => {
    const explain = async (id: string) => (await runCli('explain', id)).out;
    const leave = await explain('loa-authorised-person-and-scope');
    expect(leave).toMatch(/The proprietor chooses who that is/);
    expect(leave).not.toMatch(/Governors, class teachers and the office cannot/);
    expect(await explain('health-medical-evidence-not-routine')).toMatch(/where illness absence is repeated/);
    const noUrl = lint('document:\n  approved_on: 2024-03-01\n', '2024-06-01').filter(
      (d) => d.ruleId === 'policy-exists-accessible-reviewed',
    );
    expect(noUrl[0]!.message).toMatch(/DfE guidance expects/);
    expect(noUrl[0]!.message).not.toMatch(/Statutory guidance/);
    const after = lint('document:\n  approved_on: 2024-09-01\n', '2024-09-02').filter(
      (d) => d.ruleId === 'policy-exists-accessible-reviewed',
    );
    expect(after[0]!.message).toMatch(/Statutory guidance expects/);
  });

  it('watch items are for information and say what is not yet known', async () => {
    const watch = (id: string) => allRules().find((r) => r.meta.id === id)!.meta;
    for (const id of ['cwsa-2026-watch', 'framework-wt-edition-watch']) expect(watch(id).severity, id).toBe('info');
    const wt = (await runCli('explain', 'framework-wt-edition-watch')).out;
    expect(wt).toMatch(/revised on 9 July 2026/);
    expect(wt).toMatch(/paragraph 32 and code N at paragraphs 407 to 409/);
    expect(wt).toMatch(/Not yet known: what else the July 2026 revision changed/);
    const cwsa = (await runCli('explain', 'cwsa-2026-watch')).out;
    expect(cwsa).toMatch(/Sections 37 to 42 start in England only on a day set by regulations/);
    expect(cwsa).toMatch(/Not yet known: whether they have been made since/);
    expect(watch('kcsie-attendance-safeguarding').confidenceNote).toMatch(/final wording on absence was not read/);
  });
});

describe("the governors' report lists the changes in the law since the policy was approved", () => {
  const dir2 = mkdtempSync(path.join(tmpdir(), 'pw-law-report-'));
  const pageOne = (approvedOn: string) => {
    const file = path.join(dir2, `approved-${approvedOn}.yaml`);
    writeFileSync(
      file,
      `document:\n  title: Attendance policy\n  version: "1.0"\n  status: approved\n  approved_on: ${approvedOn}\n  approved_by: Governing board\nschools:\n  - id: s\n    name: S School\n`,
    );
    const html = renderReportHtml(policyReport(file, '2026-11-30'));
    const text = html
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&quot;/g, '"')
      .replace(/\s+/g, ' ');
    const start = text.indexOf('Changes in the law since the policy was approved');
    expect(start).toBeGreaterThan(0);
    return text.slice(start, text.indexOf('Findings that need a decision', start));
  };

  it('approved in August 2026: KCSIE 2026 is listed, dated and with its source', () => {
    const part = pageOne('2026-08-15');
    expect(part).toContain('1 September 2026: Keeping children safe in education 2026 in force');
    expect(part).toMatch(/Keeping children safe in education 2026 \(consultation 12 February to 22 April 2026\); medium confidence\)/);
    expect(part).not.toMatch(/2024|2025:/);
  });

  it('approved before August 2024: the August 2024 changes come first, and the rest are counted', () => {
    const part = pageOne('2024-06-01');
    expect(part).toMatch(/19 August 2024: /);
    expect(part).toMatch(/And \d+ more\./);
  });

  it('approved in 2023: the new penalty amounts are shown before new editions of guidance', () => {
    const part = pageOne('2023-09-15');
    const shown = part.slice(0, part.indexOf('And '));
    expect(shown).toContain('19 August 2024: First penalty notice, paid early: £60 → £80');
    expect(shown).toContain('19 August 2024: Register entries kept for: 3 years → 6 years');
    expect(shown).not.toMatch(/Keeping children safe in education 20\d\d in force/);
  });

  it('approved after the last change: says nothing has changed since', () => {
    expect(pageOne('2026-10-01')).toContain('None of the legal values checked here has changed since 1 October 2026.');
  });
});

describe('a rule reports at the severity it declares', () => {
  // The declared severity is the most severe finding the rule gives: never above it, and reached by one of its failing examples.
  // template-placeholders checks template files, not policies: its failing examples bring templates of their
  // own, which the rule tester checks, so it has no failing policy example here.
  const failing = (r: Rule) => r.examples.fail.filter((ex) => !ex.templates);
  const withFailingExamples = allRules().filter((r) => failing(r).length > 0);
  it('covers every rule but the template checker', () => expect(allRules().length - withFailingExamples.length).toBe(1));
  it.each(withFailingExamples.map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
    const found = failing(rule).flatMap((ex) => lint(ex.yaml, ex.asOf ?? '2026-11-26').filter((d) => d.ruleId === rule.meta.id));
    expect(found.length).toBeGreaterThan(0);
    const worst = Math.max(...found.map((d) => RANK[d.severity]));
    expect(Object.keys(RANK)[worst]).toBe(rule.meta.severity);
  });
});
