import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimsAbsence } from '../../src/legacy/absence.js';
import { defineRule } from '../../src/lint/define-rule.js';
import { lintFile } from '../../src/lint/engine.js';
import { allRules } from '../../src/lint/registry.js';
import { tempProject } from '../helpers.js';

// Whether a finding says the policy lacks something is data: the rule lists those messages in
// `meta.absence`, and the finding carries `absence: true`. The audit reads the flag, not the words.
const missingOrWrong = defineRule({
  meta: {
    id: 't-retention',
    level: 'should',
    severity: 'warning',
    where: 'data',
    settings: ['/registers/retention_years'],
    title: 'Retention',
    explanation: '',
    citations: [],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion: '',
    absence: ['noYears'],
    messages: { noYears: 'Nothing about keeping registers.', tooShort: '{{years}} years is too short.' },
  },
  check(ctx) {
    const years = ctx.get('/registers/retention_years');
    if (years === undefined) ctx.report({ pointer: '/registers', messageId: 'noYears' });
    else ctx.report({ pointer: '/registers/retention_years', messageId: 'tooShort', data: { years: Number(years) } });
  },
});

describe('a finding about what the policy does not say carries that as data', () => {
  it('a message listed in meta.absence makes an absence finding, whatever its words; others do not', () => {
    const dir = tempProject({
      'a.yaml': 'schools: [{ id: s, name: S }]\n',
      'b.yaml': 'schools: [{ id: s, name: S }]\nregisters: { retention_years: 3 }\n',
    });
    const [a] = lintFile(path.join(dir, 'a.yaml'), { asOf: '2026-11-26', rules: [missingOrWrong] }).diagnostics;
    const [b] = lintFile(path.join(dir, 'b.yaml'), { asOf: '2026-11-26', rules: [missingOrWrong] }).diagnostics;
    expect(a).toMatchObject({ messageId: 'noYears', absence: true, message: 'Nothing about keeping registers.' });
    expect(b).toMatchObject({ messageId: 'tooShort', message: '3 years is too short.' });
    expect(b!.absence).toBeUndefined();
  });

  it('every rule lists, in meta.absence, each of its messages that says the policy lacks something, and only messages it has', () => {
    for (const rule of allRules()) {
      const messages = rule.meta.messages ?? {};
      const listed = rule.meta.absence ?? [];
      for (const id of listed) expect(Object.keys(messages), `${rule.meta.id}: absence names "${id}"`).toContain(id);
      const worded = Object.entries(messages)
        .filter(([, text]) => claimsAbsence(text))
        .map(([id]) => id);
      for (const id of worded) expect(listed, `${rule.meta.id}: message "${id}" says the policy lacks something`).toContain(id);
    }
  });
});
