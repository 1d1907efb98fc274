import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyReport } from '../../src/report/build-report.js';
import { renderReportHtml } from '../../src/report/render-html.js';
import { ROOT, tempProject } from '../helpers.js';
import { htmlText } from './report-helpers.js';

// A rule that does not apply to one school of a federation still applies to the others: the
// governors' report says so beside that rule's result, in plain words.
const AS_OF = '2026-11-26';
const FEDERATION = readFileSync(path.join(ROOT, 'policies/brook-and-meadow-federation.yaml'), 'utf8');
/** The federation with its infant school made a maintained nursery school (outside daily data sharing). */
const WITH_NURSERY = FEDERATION.replace('name: Meadow Infant School', 'name: Meadow Nursery School').replace(
  'phase: [infant]',
  'phase: [nursery]',
);
const NOT_FOR = 'Does not apply to Meadow Nursery School. Maintained nursery schools are outside the daily data sharing requirement.';

/** The report's HTML for a policy, and the text a reader sees of the place about `ruleId`. */
function report(yaml: string, ruleId: string): { text: string; rule: string } {
  const file = path.join(tempProject({ 'federation.yaml': yaml }), 'federation.yaml');
  const built = policyReport(file, AS_OF);
  const html = renderReportHtml(built);
  const at = html.indexOf(`id="${built.policies[0]!.anchor}-${ruleId}"`);
  expect(at).toBeGreaterThan(-1);
  // A rule with findings is a section; a rule met is a row of the appendix table.
  const section = html.lastIndexOf('<section', at) > html.lastIndexOf('<tr', at);
  const start = section ? html.lastIndexOf('<section', at) : html.lastIndexOf('<tr', at);
  const end = html.indexOf(section ? '</section>' : '</tr>', at);
  return { text: htmlText(html), rule: htmlText(html.slice(start, end)) };
}

describe('per-school applicability in the governors’ report', () => {
  it('a rule met for the schools it applies to says, beside its evidence, which school it does not apply to and why', () => {
    expect(WITH_NURSERY).not.toBe(FEDERATION);
    const { text, rule } = report(WITH_NURSERY, 'data-sharing-daily-dfe');
    expect(rule).toMatch(/^State-funded schools share attendance data with the DfE every day/);
    expect(rule).toContain(NOT_FOR);
    // Said once, beside that rule only, with no school id or rule id on the governors' page.
    expect(text.split(NOT_FOR)).toHaveLength(2);
    expect(text).not.toMatch(/meadow-infant|data-sharing-daily-dfe/);
  });

  it('a rule not met for the other school says the same beside its finding', () => {
    const notShared = WITH_NURSERY.replace('dfe_daily_sharing: true', 'dfe_daily_sharing: false');
    expect(notShared).not.toBe(WITH_NURSERY);
    const { rule } = report(notShared, 'data-sharing-daily-dfe');
    expect(rule).toMatch(/^Not met State-funded schools share attendance data/);
    expect(rule).toContain('The policy says register data is not shared daily with the DfE');
    expect(rule).toContain(NOT_FOR);
  });

  it('a federation whose schools are all covered says nothing of the kind', () => {
    const { text, rule } = report(FEDERATION, 'data-sharing-daily-dfe');
    expect(rule).toMatch(/^State-funded schools share attendance data/);
    expect(text).not.toContain('Does not apply to');
  });
});

it('a rule that does not apply to the whole policy is listed with why', () => {
  const file = path.join(tempProject({ 'federation.yaml': FEDERATION }), 'federation.yaml');
  const built = policyReport(file, AS_OF);
  const html = renderReportHtml(built);
  const at = html.indexOf(`id="${built.policies[0]!.anchor}-governance-changed-since-ratified"`);
  expect(html.lastIndexOf('class="not-applicable"', at)).toBeGreaterThan(-1);
  expect(htmlText(html.slice(html.lastIndexOf('<li', at), html.indexOf('</li>', at)))).toMatch(
    /^The policy has not changed since the board approved it\. The board’s approval of this policy is not recorded yet/,
  );
});
