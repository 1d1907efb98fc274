import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { runCli, tempProject } from '../helpers.js';

const staleAmounts = 'legal_measures:\n  penalty_notices:\n    first: { discounted: 60, discount_days: 21, full: 120, full_days: 28 }\n';

function findings(out: string, ruleId: string) {
  return (JSON.parse(out) as Array<{ messages: Array<{ ruleId: string; line: number; excepted?: unknown; severity: number }> }>)
    .flatMap((f) => f.messages)
    .filter((m) => m.ruleId === ruleId);
}

describe('--as-of', () => {
  it('on 2024-06-01 a £60 first penalty is correct; on 2024-09-01 it is an error', async () => {
    const dir = tempProject({ 'p.yaml': staleAmounts });
    const before = await runCli('lint', '--format', 'json', '--as-of', '2024-06-01', path.join(dir, 'p.yaml'));
    expect(findings(before.out, 'pn-amounts-first-notice')).toEqual([]);
    const after = await runCli('lint', '--format', 'json', '--as-of', '2024-09-01', path.join(dir, 'p.yaml'));
    expect(findings(after.out, 'pn-amounts-first-notice').map((m) => m.severity)).toEqual([2, 2]);
    expect(after.code).toBe(1);
  });

  it('the day the 2024 framework began (19 August 2024) is already the new law', async () => {
    const dir = tempProject({ 'p.yaml': staleAmounts });
    expect(
      findings(
        (await runCli('lint', '--format', 'json', '--as-of', '2024-08-18', path.join(dir, 'p.yaml'))).out,
        'pn-amounts-first-notice',
      ),
    ).toHaveLength(0);
    expect(
      findings(
        (await runCli('lint', '--format', 'json', '--as-of', '2024-08-19', path.join(dir, 'p.yaml'))).out,
        'pn-amounts-first-notice',
      ),
    ).toHaveLength(2);
  });

  it('rejects a date that does not exist', async () => {
    const dir = tempProject({ 'p.yaml': staleAmounts });
    const run = await runCli('lint', '--as-of', '2024-02-30', path.join(dir, 'p.yaml'));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/YYYY-MM-DD/);
  });
});

describe('--fix', () => {
  const commented = [
    '# Attendance policy of Example School',
    '# (comments everywhere must survive a fix)',
    'legal_measures: # legal section',
    '  # penalty notices as agreed with the LA',
    '  penalty_notices:',
    '    first:',
    '      discounted: 60 # old amount',
    '      discount_days: 21',
    '      # the full amount',
    '      full: 120',
    '      full_days: 28',
    '',
    '# registers',
    'registers:',
    '  electronic: true   # since 2024',
    '',
  ].join('\n');

  it('fixes the values, keeps every comment, key order and layout, and lists what it did', async () => {
    const dir = tempProject({ 'p.yaml': commented });
    const file = path.join(dir, 'p.yaml');
    const run = await runCli('lint', '--fix', '--as-of', '2026-11-26', file);
    expect(run.out).toMatch(/Fixed .*p\.yaml:7 {2}discounted: 60 → 80/);
    expect(run.out).toMatch(/Fixed .*p\.yaml:10 {2}full: 120 → 160/);
    const after = readFileSync(file, 'utf8');
    expect(after).toBe(commented.replace('discounted: 60 # old amount', 'discounted: 80 # old amount').replace('full: 120', 'full: 160'));
    const comments = (t: string) =>
      t
        .split('\n')
        .filter((l) => l.includes('#'))
        .map((l) => l.slice(l.indexOf('#')));
    expect(comments(after)).toEqual(comments(commented));
    expect(parseDocument(after).errors).toEqual([]);
    const again = await runCli('lint', '--format', 'json', '--as-of', '2026-11-26', file);
    expect(findings(again.out, 'pn-amounts-first-notice')).toEqual([]);
  });

  it('a second --fix changes nothing', async () => {
    const dir = tempProject({ 'p.yaml': commented });
    const file = path.join(dir, 'p.yaml');
    await runCli('lint', '--fix', file);
    const once = readFileSync(file, 'utf8');
    const second = await runCli('lint', '--fix', file);
    expect(readFileSync(file, 'utf8')).toBe(once);
    expect(second.out).toMatch(/No automatic fixes to make/);
  });

  it('--fix-dry-run shows a diff and writes nothing', async () => {
    const dir = tempProject({ 'p.yaml': commented });
    const file = path.join(dir, 'p.yaml');
    const run = await runCli('lint', '--fix-dry-run', file);
    expect(run.out).toMatch(/^-      discounted: 60 # old amount$/m);
    expect(run.out).toMatch(/^\+      discounted: 80 # old amount$/m);
    expect(readFileSync(file, 'utf8')).toBe(commented);
  });

  it('replaces the citation of the revoked 2006 Regulations with the 2024 ones, keeping comments', async () => {
    const text =
      'references:\n  # the law on registers\n  - title: Education (Pupil Registration) (England) Regulations 2006  # as amended\n    kind: legislation\n    year: 2006\n';
    const dir = tempProject({ 'p.yaml': text });
    const file = path.join(dir, 'p.yaml');
    const run = await runCli('lint', '--fix', '--as-of', '2026-11-26', file);
    expect(run.out).toMatch(
      /Fixed .*p\.yaml:3 .*Regulations 2006” → “School Attendance \(Pupil Registration\) \(England\) Regulations 2024 \(SI 2024\/208\)/,
    );
    expect(readFileSync(file, 'utf8')).toBe(
      'references:\n  # the law on registers\n  - title: School Attendance (Pupil Registration) (England) Regulations 2024 (SI 2024/208)  # as amended\n    kind: legislation\n    year: 2024\n',
    );
    const again = await runCli('lint', '--format', 'json', '--as-of', '2026-11-26', file);
    expect(findings(again.out, 'framework-2024-registration-regs')).toEqual([]);
  });

  it('fixes an inherited value in the trust base that set it', async () => {
    const dir = tempProject({
      'base.yaml': `# trust base\n${staleAmounts}`,
      'school.yaml': '# school\nextends: base.yaml\ndocument:\n  title: School\n',
    });
    await runCli('lint', '--fix', path.join(dir, 'school.yaml'));
    expect(readFileSync(path.join(dir, 'base.yaml'), 'utf8')).toBe(
      `# trust base\n${staleAmounts.replace('60', '80').replace('120', '160')}`,
    );
    expect(readFileSync(path.join(dir, 'school.yaml'), 'utf8')).toBe('# school\nextends: base.yaml\ndocument:\n  title: School\n');
  });
});

describe('inherited findings', () => {
  it('a stale amount from the trust base is reported in the trust base, and the school report says so', async () => {
    const dir = tempProject({
      'base.yaml': staleAmounts,
      'schools/a.yaml': 'extends: ../base.yaml\n',
      'schools/b.yaml': 'extends: ../base.yaml\n',
    });
    const run = await runCli('lint', '--format', 'json', path.join(dir, 'schools'));
    const files = JSON.parse(run.out) as Array<{
      filePath: string;
      messages: Array<{ ruleId: string; line: number; inheritedBy?: string[] }>;
    }>;
    const base = files.find((f) => f.filePath.endsWith('base.yaml'))!;
    const m = base.messages.filter((x) => x.ruleId === 'pn-amounts-first-notice');
    expect(m).toHaveLength(2);
    expect(m[0]!.line).toBe(3);
    expect(m[0]!.inheritedBy!.map((f) => path.basename(f)).sort()).toEqual(['a.yaml', 'b.yaml']);
    const stylish = await runCli('lint', path.join(dir, 'schools'));
    expect(stylish.out).toMatch(/inherited by .*a\.yaml, .*b\.yaml/);
  });

  it('linting the trust base with its schools does not list the base as inheriting from itself', async () => {
    const dir = tempProject({ 'base.yaml': staleAmounts, 'schools/a.yaml': 'extends: ../base.yaml\n' });
    const run = await runCli('lint', '--format', 'json', dir);
    const files = JSON.parse(run.out) as Array<{ filePath: string; messages: Array<{ ruleId: string; inheritedBy?: string[] }> }>;
    const m = files.find((f) => f.filePath.endsWith('base.yaml'))!.messages.find((x) => x.ruleId === 'pn-amounts-first-notice')!;
    expect(m.inheritedBy!.map((f) => path.basename(f))).toEqual(['a.yaml']);
  });
});

describe('exceptions and severity overrides (policywright.config.yaml)', () => {
  const exception = (until: string, rule = 'pn-amounts-first-notice') =>
    `rules:\n  pn-amounts-first-notice: error\nexceptions:\n  - rule: ${rule}\n    reason: Awaiting the LA's new code of conduct\n    approved_by: Chair of governors\n    until: ${until}\n`;

  it('an active exception turns the finding into an excepted note, still in JSON, and exit 0', async () => {
    const dir = tempProject({ 'p.yaml': staleAmounts, 'policywright.config.yaml': exception('2027-03-31') });
    const run = await runCli('lint', '--format', 'json', '--as-of', '2026-11-26', path.join(dir, 'p.yaml'));
    const ms = findings(run.out, 'pn-amounts-first-notice');
    expect(ms.length).toBe(2);
    expect(ms.every((m) => (m.excepted as { approvedBy: string }).approvedBy === 'Chair of governors')).toBe(true);
    expect(run.code).toBe(0);
  });

  it('an expired exception is an error at the config line', async () => {
    const dir = tempProject({ 'p.yaml': staleAmounts, 'policywright.config.yaml': exception('2026-08-31') });
    const run = await runCli('lint', '--format', 'json', '--as-of', '2026-11-26', path.join(dir, 'p.yaml'));
    expect(run.code).toBe(1);
    const files = JSON.parse(run.out) as Array<{ filePath: string; messages: Array<{ message: string; line: number }> }>;
    const config = files.find((f) => f.filePath.endsWith('policywright.config.yaml'))!;
    expect(config.messages[0]!.message).toMatch(/ended on 2026-08-31/);
    expect(config.messages[0]!.line).toBe(4);
  });

  it('an exception for an unknown rule id stops the run with exit 2 and a suggestion', async () => {
    const dir = tempProject({ 'p.yaml': staleAmounts, 'policywright.config.yaml': exception('2027-01-01', 'pn-amount-first-notice') });
    const run = await runCli('lint', path.join(dir, 'p.yaml'));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(
      /policywright\.config\.yaml:\d+:\d+: Unknown rule "pn-amount-first-notice" in the config\. Did you mean "pn-amounts-first-notice"\?/,
    );
  });

  it('a rule can be turned off', async () => {
    const dir = tempProject({ 'p.yaml': staleAmounts, 'policywright.config.yaml': 'rules:\n  pn-amounts-first-notice: "off"\n' });
    const run = await runCli('lint', '--format', 'json', path.join(dir, 'p.yaml'));
    expect(findings(run.out, 'pn-amounts-first-notice')).toEqual([]);
  });

  it('--max-warnings turns too many warnings into exit 1', async () => {
    const dir = tempProject({ 'p.yaml': staleAmounts, 'policywright.config.yaml': 'rules:\n  pn-amounts-first-notice: warning\n' });
    const file = path.join(dir, 'p.yaml');
    const args = ['lint', '--format', 'json', '--as-of', '2026-11-26', '--config', path.join(dir, 'policywright.config.yaml')];
    const lenient = await runCli(...args, file);
    const warnings = (JSON.parse(lenient.out) as Array<{ warningCount: number }>).reduce((n, f) => n + f.warningCount, 0);
    expect(warnings).toBeGreaterThanOrEqual(2);
    expect((await runCli(...args, '--max-warnings', String(warnings), file)).code).toBe(lenient.code);
    expect((await runCli(...args, '--max-warnings', String(warnings - 1), file)).code).toBe(1);
  });
});

describe('explain RULE-ID', () => {
  it('prints the metadata and the examples', async () => {
    const run = await runCli('explain', 'pn-amounts-first-notice');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Question for governors: .*\?/);
    expect(run.out).toMatch(/Reported: The amounts and periods from before 2013 in the data/);
    expect(run.out).toMatch(/SI 2024\/210/);
  });
  it('fails with exit 2 and a suggestion for an unknown id', async () => {
    const run = await runCli('explain', 'register-retention-six-years');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/Did you mean "register-retention-6-years"\?|There is no rule called/);
  });
});
