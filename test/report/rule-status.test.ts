import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPolicyRun } from '../../src/lint/engine.js';
import type { Rule } from '../../src/lint/rule.js';
import { loadPolicy } from '../../src/load/load-policy.js';
import { policyReport } from '../../src/report/build-report.js';
import { renderReportHtml } from '../../src/report/render-html.js';
import { ruleStatus } from '../../src/report/rule-status.js';
import { allRules } from '../../src/lint/registry.js';
import { tempProject } from '../helpers.js';
import { madeUpMeta, madeUpRule } from '../made-up-rule.js';
import { htmlText } from './report-helpers.js';

const AS_OF = '2026-11-26';

/** Only about part-time timetables: says it does not apply when the policy does not use them. */
const partTimeOnly = madeUpRule('t-part-time', (ctx) => {
  const ptt = ctx.policy.part_time_timetables;
  if (!ptt?.used) return ctx.notApplicable('The policy does not use part-time timetables.');
  if (ptt.time_limited === false) ctx.report({ message: 'Not time-limited', pointer: '/part_time_timetables/time_limited' });
});
/** Written before rules could say they do not apply: reads nothing the policy sets, says nothing. */
const saysNothing = madeUpRule('t-old-style', (ctx) => {
  if ((ctx.policy.schools ?? []).some((s) => s.type === 'independent')) ctx.report({ message: 'Independent' });
});
/** Only about academies, school by school. */
const academiesOnly = madeUpRule('t-academies', (ctx) => {
  for (const s of ctx.policy.schools ?? []) if (s.type !== 'academy') ctx.notApplicable(`${s.name} is not an academy.`, { school: s.id });
});

function run(yaml: string, rules: Rule[]) {
  const dir = tempProject({ 'p.yaml': yaml });
  return lintPolicyRun(loadPolicy(path.join(dir, 'p.yaml')), { asOf: AS_OF, rules });
}

const withProse =
  'schools: [{ id: s, name: S, type: academy }]\nsections:\n  - id: leave\n    title: Leave\n    body: Leave is granted only in exceptional circumstances.\n';
const withPartTime = `${withProse}part_time_timetables: { used: true, time_limited: true }\n`;
const federation = 'schools:\n  - { id: brook, name: Brook, type: academy }\n  - { id: meadow, name: Meadow, type: maintained }\n';

describe('a rule says when it does not apply', () => {
  it('the lint run records what the rule said, with its reason', () => {
    expect(run(withProse, [partTimeOnly]).applicability.get('t-part-time')).toEqual({
      applies: false,
      reason: 'The policy does not use part-time timetables.',
      schools: { s: { applies: false, reason: 'The policy does not use part-time timetables.' } },
    });
    expect(run(withPartTime, [partTimeOnly]).applicability.get('t-part-time')).toEqual({
      applies: true,
      schools: { s: { applies: true } },
    });
  });

  it('a rule that says nothing applied, whatever it read', () => {
    const { applicability } = run(withProse, [partTimeOnly, saysNothing]);
    expect(applicability.get('t-old-style')!.applies).toBe(true);
    // One rule's word is not taken for the next rule's.
    expect(applicability.get('t-part-time')!.applies).toBe(false);
  });

  it('school by school: a rule that does not apply to one school of a federation still applies to the policy', () => {
    expect(run(federation, [academiesOnly]).applicability.get('t-academies')).toEqual({
      applies: true,
      schools: { brook: { applies: true }, meadow: { applies: false, reason: 'Meadow is not an academy.' } },
    });
    const noAcademy = federation.replace('type: academy', 'type: maintained');
    expect(run(noAcademy, [academiesOnly]).applicability.get('t-academies')).toMatchObject({
      applies: false,
      reason: 'Brook is not an academy.',
    });
  });

  it('the report lists a rule that said so as not applicable, with its reason', () => {
    const dir = tempProject({ 'p.yaml': withProse });
    const r = policyReport(path.join(dir, 'p.yaml'), AS_OF).policies[0]!;
    const ratified = r.rules.find((x) => x.id === 'governance-changed-since-ratified')!;
    expect(ratified).toMatchObject({ status: 'not-applicable', reason: expect.stringMatching(/approval of this policy is not recorded/) });
    expect(r.notApplicable.map((x) => x.id)).toContain('governance-changed-since-ratified');
  });
});

describe('rule status', () => {
  const base = { meta: madeUpMeta('r'), asOf: AS_OF, turnedOff: false };
  const finding = (severity: 'error' | 'warning' | 'info', excepted = false) => ({
    ruleId: 'r',
    severity,
    message: 'm',
    file: 'f',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    policyFile: 'f',
    ...(excepted ? { excepted: { reason: 'why', approvedBy: 'board', until: '2027-01-01' } } : {}),
  });

  it('takes the most serious open finding', () => {
    expect(ruleStatus({ ...base, findings: [finding('warning'), finding('error')] }).status).toBe('not-met');
    expect(ruleStatus({ ...base, findings: [finding('warning'), finding('info')] }).status).toBe('warning');
    expect(ruleStatus({ ...base, findings: [finding('info')] }).status).toBe('advice');
  });

  it('is excepted only when every finding is covered by an exception', () => {
    expect(ruleStatus({ ...base, findings: [finding('error', true)] }).status).toBe('excepted');
    expect(ruleStatus({ ...base, findings: [finding('error', true), finding('warning')] }).status).toBe('warning');
  });

  it('met, or not applicable with a reason', () => {
    expect(ruleStatus({ ...base, findings: [] }).status).toBe('met');
    expect(ruleStatus({ ...base, findings: [], applicability: { applies: true } }).status).toBe('met');
    expect(ruleStatus({ ...base, findings: [], applicability: { applies: false, reason: 'No part-time timetables.' } })).toEqual({
      status: 'not-applicable',
      reason: 'No part-time timetables.',
    });
    // Findings come first: a rule that found something applied.
    expect(ruleStatus({ ...base, findings: [finding('error')], applicability: { applies: false, reason: 'x' } }).status).toBe('not-met');
    expect(ruleStatus({ ...base, meta: madeUpMeta('r', { effectiveFrom: '2027-01-01' }), findings: [] })).toMatchObject({
      status: 'not-applicable',
      reason: expect.stringMatching(/starts on 1 January 2027/),
    });
    expect(ruleStatus({ ...base, turnedOff: true, findings: [] }).status).toBe('not-applicable');
  });
});

describe('exceptions in the report', () => {
  it('shows an excepted rule with its reason and who approved it', () => {
    const dir = tempProject({
      'p.yaml':
        'schools: [{ id: s, name: Stale School }]\nlegal_measures:\n  penalty_notices:\n    first: { discounted: 60, discount_days: 21, full: 120, full_days: 28 }\n',
      'policywright.config.yaml':
        'exceptions:\n  - rule: pn-amounts-first-notice\n    reason: The local authority letters change in April\n    approved_by: Full governing board, minute 12/3\n    until: 2027-03-31\n',
    });
    const report = policyReport(path.join(dir, 'p.yaml'), AS_OF);
    const r = report.policies[0]!.rules.find((x) => x.id === 'pn-amounts-first-notice')!;
    expect(r.status).toBe('excepted');
    const text = htmlText(renderReportHtml(report));
    expect(text).toContain(
      'Exception agreed by the full governing board, minute 12/3 until 31 March 2027. Reason: The local authority letters change in April',
    );
    expect(report.policies[0]!.summary.excepted).toBe(1);
  });

  it('escapes policy text and never runs it as a template', () => {
    const dir = tempProject({
      'p.yaml': 'schools: [{ id: s, name: "<script>x()</script> {{document.title}}" }]\ndocument: { title: Secret }\n',
    });
    const html = renderReportHtml(policyReport(path.join(dir, 'p.yaml'), AS_OF));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;x()&lt;/script&gt; {{document.title}}');
  });
});

describe('rules that do not apply to a policy say so, and the report does not count them as met', () => {
  const applies = (yaml: string, id: string) => {
    const r = run(
      yaml,
      allRules().filter((x) => x.meta.id === id),
    );
    return r.applicability.get(id)?.applies ?? true;
  };
  it('daily data sharing: not for an independent school; for an academy it applies', () => {
    expect(applies('schools: [{ id: s, name: S, type: independent }]\n', 'data-sharing-daily-dfe')).toBe(false);
    expect(applies('schools: [{ id: s, name: S, type: academy }]\n', 'data-sharing-daily-dfe')).toBe(true);
  });
  it('the senior attendance champion and day-to-day contacts: not in a trust base, which leaves them to each academy', () => {
    const trustBase =
      'trust: { name: Riverside Learning Trust, kind: multi_academy_trust }\nsections:\n  - id: intro\n    title: Introduction\n    body: Each academy adds its own contacts.\n';
    expect(applies(trustBase, 'policy-content-senior-attendance-champion')).toBe(false);
    expect(applies(trustBase, 'policy-content-day-to-day-contacts')).toBe(false);
    expect(applies('schools: [{ id: s, name: S, type: academy }]\n', 'policy-content-senior-attendance-champion')).toBe(true);
  });
  it('education supervision orders: not when the policy says nothing about prosecution', () => {
    expect(applies('schools: [{ id: s, name: S, type: academy }]\n', 'law-education-supervision-order')).toBe(false);
    expect(
      applies(
        'schools: [{ id: s, name: S, type: academy }]\nlegal_measures: { prosecution: { used: true } }\n',
        'law-education-supervision-order',
      ),
    ).toBe(true);
  });
});

describe('page 1 on a policy that gives an approval date but was never ratified', () => {
  it('does not say the approval is missing: it says no copy of the approved version was kept, and how to keep one', () => {
    const dir = tempProject({
      'p.yaml':
        'document: { title: Attendance policy, version: "1.0", status: approved, approved_on: 2026-09-22, approved_by: Governing board }\nschools: [{ id: s, name: S School }]\n',
    });
    const text = htmlText(renderReportHtml(policyReport(path.join(dir, 'p.yaml'), AS_OF)));
    expect(text).toContain('No copy of the approved version was kept, so the changes since cannot be listed.');
    expect(text).toContain('The policy says it was approved on 22 September 2026, but the approval was not recorded in policywright');
    expect(text).not.toContain('has not been recorded in the policy file');
  });
});
