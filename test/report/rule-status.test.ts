import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/lint/context.js';
import type { Rule, RuleMeta } from '../../src/lint/rule.js';
import { loadPolicy } from '../../src/load/load-policy.js';
import { ruleFoundSomethingToCheck } from '../../src/report/applicability.js';
import { policyReport } from '../../src/report/build-report.js';
import { renderReportHtml } from '../../src/report/render-html.js';
import { ruleStatus } from '../../src/report/rule-status.js';
import { tempProject } from '../helpers.js';
import { htmlText } from './report-helpers.js';

const AS_OF = '2026-11-26';

function meta(id: string, extra: Partial<RuleMeta> = {}): RuleMeta {
  return {
    id,
    level: 'must',
    severity: 'error',
    where: 'both',
    title: id,
    explanation: '',
    citations: [],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion: '',
    ...extra,
  };
}
const rule = (id: string, check: Rule['check']): Rule => ({ meta: meta(id), check, examples: { pass: [], fail: [] } });

/** Only about part-time timetables: says nothing unless the policy uses them badly. */
const partTimeOnly = rule('t-part-time', (ctx) => {
  const ptt = ctx.policy.part_time_timetables;
  if (ptt?.used && ptt.time_limited === false) ctx.report({ message: 'Not time-limited', pointer: '/part_time_timetables/time_limited' });
});
/** A prohibition on the text: "never promise holidays". */
const noHolidayPromise = rule('t-no-holiday', (ctx) => {
  for (const { block, match } of ctx.matchProse(/holidays are authorised/gi))
    ctx.reportProse(block, match.index!, match[0].length, 'Holidays are not authorised.');
});
/** Looks only at what kind of school it is. */
const schoolTypeOnly = rule('t-type', (ctx) => {
  if ((ctx.policy.schools ?? []).some((s) => s.type === 'independent')) ctx.report({ message: 'Independent' });
});

function probe(yaml: string, r: Rule): boolean {
  const dir = tempProject({ 'p.yaml': yaml });
  const loaded = loadPolicy(path.join(dir, 'p.yaml'));
  return ruleFoundSomethingToCheck(r, loaded, AS_OF, parseSections(loaded));
}

const withProse =
  'schools: [{ id: s, name: S, type: academy }]\nsections:\n  - id: leave\n    title: Leave\n    body: Leave is granted only in exceptional circumstances.\n';
const withPartTime = `${withProse}part_time_timetables: { used: true, time_limited: true }\n`;
const noProse = 'schools: [{ id: s, name: S, type: academy }]\n';

describe('deciding whether a rule that found nothing applied', () => {
  it('a rule about a feature the policy does not have does not apply', () => {
    expect(probe(withProse, partTimeOnly)).toBe(false);
    expect(probe(withPartTime, partTimeOnly)).toBe(true);
  });

  it('a prohibition on the text is met when there is text and it says nothing wrong', () => {
    expect(probe(withProse, noHolidayPromise)).toBe(true);
    expect(probe(noProse, noHolidayPromise)).toBe(false);
  });

  it('reading only what kind of school it is does not count as checking the policy', () => {
    expect(probe(withProse, schoolTypeOnly)).toBe(false);
  });
});

describe('rule status', () => {
  const base = { meta: meta('r'), asOf: AS_OF, turnedOff: false, hadSomethingToCheck: () => true };
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
    expect(ruleStatus({ ...base, findings: [], hadSomethingToCheck: () => false })).toMatchObject({
      status: 'not-applicable',
      reason: expect.stringMatching(/does not include/),
    });
    expect(ruleStatus({ ...base, meta: meta('r', { effectiveFrom: '2027-01-01' }), findings: [] })).toMatchObject({
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
      'Exception agreed by Full governing board, minute 12/3 until 31 March 2027. Reason: The local authority letters change in April',
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
