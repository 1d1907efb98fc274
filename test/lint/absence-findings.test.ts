import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { absenceTopics, saysMissing, topicsOf } from '../../src/legacy/absence.js';
import { lintFile } from '../../src/lint/engine.js';
import { fillMessage } from '../../src/lint/messages.js';
import { allRules } from '../../src/lint/registry.js';
import { RuleTester } from '../../src/lint/rule-tester.js';
import type { FoundDiagnostic } from '../../src/lint/context.js';
import { tempProject } from '../helpers.js';
import { madeUpRule } from '../made-up-rule.js';

// Whether a finding says the policy lacks something is data: the rule lists those messages in
// `meta.absence`, and the finding carries `absence: true`. The audit reads the flag, not the words.
const missingOrWrong = madeUpRule(
  't-retention',
  (ctx) => {
    const years = ctx.get('/registers/retention_years');
    if (years === undefined) ctx.report({ pointer: '/registers', messageId: 'noYears' });
    else ctx.report({ pointer: '/registers/retention_years', messageId: 'tooShort', data: { years: Number(years) } });
  },
  {
    level: 'should',
    severity: 'warning',
    where: 'data',
    settings: ['/registers/retention_years'],
    title: 'Retention',
    absence: ['noYears'],
    messages: { noYears: 'Nothing about keeping registers.', tooShort: '{{years}} years is too short.' },
  },
);

/**
 * How the rules word a message that says the policy lacks something. Only this test reads these:
 * it checks that each such message is listed in its rule's `meta.absence` (the audit never reads
 * the words of a finding).
 */
const SAYS_MISSING = [
  /^The policy does not (?:say|name|tell|explain|describe|set out|give|mention)\b/i,
  /^The policy gives no\b/i,
  /^The policy gives the [^.]{0,160}\bwithout (?:a name|an email|a phone|any contact)/i,
  /\bsays nothing about\b/i,
  /\bbut not (?:when it closes|their|Notices to Improve|education supervision orders)\b/i,
];

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

  it('a list in the data (the missing parts, by key) is for programs: a message that tries to show it is a mistake in the rule', () => {
    const meta = { id: 't', messages: { shows: 'Missing: {{missingParts}}.', words: 'Missing: {{missing}}.' } };
    const data = { missing: 'when the school day starts', missingParts: ['starts'] };
    expect(fillMessage(meta, 'words', data)).toBe('Missing: when the school day starts.');
    expect(() => fillMessage(meta, 'shows', data)).toThrow(/\{\{missingParts\}\} is a list/);
  });

  it('every rule lists, in meta.absence, each of its messages that says the policy lacks something, and only messages it has', () => {
    for (const rule of allRules()) {
      const messages = rule.meta.messages ?? {};
      const listed = rule.meta.absence ?? [];
      for (const id of listed) expect(Object.keys(messages), `${rule.meta.id}: absence names "${id}"`).toContain(id);
      const worded = Object.entries(messages)
        .filter(([, text]) => SAYS_MISSING.some((re) => re.test(text)))
        .map(([id]) => id);
      for (const id of worded) expect(listed, `${rule.meta.id}: message "${id}" says the policy lacks something`).toContain(id);
    }
  });
});

describe('each absence message has a topic in vocabulary/absence-topics.yaml, by rule and message id', () => {
  const rules = new Map(allRules().map((r) => [r.meta.id, r]));

  it('every topic has its own id, and names only rules and absence messages that exist', () => {
    const ids = absenceTopics().map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of absenceTopics()) {
      expect(t.findings.length, `${t.id} names no finding`).toBeGreaterThan(0);
      expect(t.evidence.length, `${t.id} has no evidence`).toBeGreaterThan(0);
      for (const f of t.findings) {
        const rule = rules.get(f.rule);
        expect(rule, `${t.id}: no rule "${f.rule}"`).toBeDefined();
        for (const m of f.messages) {
          expect(Object.keys(rule!.meta.messages ?? {}), `${t.id}: rule ${f.rule} has no message "${m}"`).toContain(m);
          expect(rule!.meta.absence ?? [], `${t.id}: ${f.rule} message "${m}" is not in its meta.absence`).toContain(m);
        }
      }
    }
  });

  it('every message a rule lists in meta.absence is named by a topic', () => {
    const named = new Set(absenceTopics().flatMap((t) => t.findings.flatMap((f) => f.messages.map((m) => `${f.rule}/${m}`))));
    const listed = allRules().flatMap((r) => (r.meta.absence ?? []).map((m) => `${r.meta.id}/${m}`));
    expect(listed.length).toBeGreaterThan(20);
    expect(listed.filter((m) => !named.has(m))).toEqual([]);
  });

  // The examples of every rule, run: each absence finding they give has a topic, each missing part
  // a finding lists (`missingParts`) has one, and every `when` of the vocabulary holds for one of them.
  const tester = new RuleTester();
  const found: FoundDiagnostic[] = [];
  for (const rule of allRules().filter((r) => r.meta.absence?.length))
    for (const ex of rule.examples.fail) found.push(...tester.run(rule, ex).findings.filter((d) => d.absence));

  it('every absence finding the rules’ examples give has a topic, and so has every part it says is missing', () => {
    expect(found.length).toBeGreaterThan(20);
    for (const d of found) {
      expect(topicsOf(d).length, `${d.ruleId}/${d.messageId} ${JSON.stringify(d.data)}`).toBeGreaterThan(0);
      const parts = d.data?.missingParts;
      if (!Array.isArray(parts)) continue;
      for (const part of parts) {
        const topic = topicsOf(d).find((t) => t.findings.some((f) => f.rule === d.ruleId && f.when?.missingParts === part));
        expect(topic, `${d.ruleId}/${d.messageId}: no topic for missing part "${part}"`).toBeDefined();
      }
    }
  });

  it('every `when` of the vocabulary holds for a finding the examples give (a misspelt part would hold for none)', () => {
    for (const t of absenceTopics())
      for (const f of t.findings.filter((x) => x.when))
        expect(
          found.some((d) => saysMissing({ ...t, findings: [f] }, d)),
          `${t.id}: ${f.rule} ${JSON.stringify(f.when)}`,
        ).toBe(true);
  });
});
