import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPolicyRun } from '../../src/lint/engine.js';
import { loadPolicy } from '../../src/load/load-policy.js';
import { tempProject } from '../helpers.js';

// A rule that has nothing to check says so, with a reason the governors' report shows, instead of
// returning silently (which the report would show as "met").
function applicability(yaml: string, asOf: string, ruleId: string) {
  const dir = tempProject({ 'p.yaml': yaml });
  return lintPolicyRun(loadPolicy(path.join(dir, 'p.yaml')), { asOf }).applicability.get(ruleId);
}

const school = 'schools:\n  - { id: oak, name: Oak Primary School, type: maintained }\n';
const trustBase = 'trust:\n  name: Oak Trust\n';

describe('rules from the 2024 statutory guidance say they do not apply before it', () => {
  it.each([
    'policy-content-expectations-times',
    'policy-content-absence-reporting',
    'policy-content-leave-request-process',
    'policy-content-processes-promotion-data',
    'governance-board-role',
  ])('%s', (id) => {
    expect(applicability(school, '2024-06-01', id)).toMatchObject({
      applies: false,
      reason: 'The statutory guidance these expectations come from applies from 19 August 2024.',
    });
    expect(applicability(school, '2026-11-26', id)).toMatchObject({ applies: true });
  });

  it('law-parenting-order-attendance-contract, whose term was still right then', () => {
    expect(applicability(school, '2024-06-01', 'law-parenting-order-attendance-contract')).toMatchObject({
      applies: false,
      reason: 'Before 19 August 2024 the guidance still called it a parenting contract.',
    });
  });
});

describe('policy-content-expectations-times in a trust base', () => {
  it('says a trust base does not give the times (each academy’s policy does)', () => {
    expect(applicability(trustBase, '2026-11-26', 'policy-content-expectations-times')).toMatchObject({
      applies: false,
      reason: 'This is a trust base: each academy’s own policy gives these.',
    });
  });
  it('applies to a school’s own policy', () => {
    expect(applicability(`${trustBase}${school}`, '2026-11-26', 'policy-content-expectations-times')).toMatchObject({ applies: true });
  });
});
