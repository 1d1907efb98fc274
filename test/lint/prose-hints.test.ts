import { copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FoundDiagnostic } from '../../src/lint/context.js';
import { lintFile } from '../../src/lint/engine.js';
import { allRules } from '../../src/lint/registry.js';
import { ROOT, runCli, tempProject } from '../helpers.js';

// Bad policies: every rule's failing examples (on today's rules), the three real-policy fixtures,
// and a sentence with a payment period from before 2013.
const AS_OF = '2026-11-26';
const CORPUS = path.join(ROOT, 'test/fixtures/corpus');
const oldDays = 'sections:\n  - id: legal\n    title: Penalty notices\n    body: |\n      A penalty notice must be paid within 42 days.\n';

function badFixtures(): string {
  const files: Record<string, string> = { 'old-days.yaml': oldDays };
  let n = 0;
  for (const rule of allRules()) {
    if (rule.meta.where === 'templates') continue;
    for (const ex of rule.examples.fail) if (!ex.asOf) files[`ex-${n++}-${rule.meta.id}.yaml`] = ex.yaml;
  }
  const dir = tempProject(files);
  for (const f of readdirSync(CORPUS).filter((f) => f.endsWith('.yaml'))) copyFileSync(path.join(CORPUS, f), path.join(dir, f));
  return dir;
}

/** A finding about the school's own text: placed in a section's words, not on a data value. */
const isProse = (d: FoundDiagnostic) =>
  !d.pointer && (d.quote !== undefined || /^The section “/.test(d.message) || d.ruleId.startsWith('prose-'));

describe('every finding about the prose says what to do', () => {
  let dir: string;
  let prose: FoundDiagnostic[];
  beforeAll(() => {
    dir = badFixtures();
    prose = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => {
        const r = lintFile(path.join(dir, f), { asOf: AS_OF });
        return r.invalid ? [] : r.diagnostics.filter((d) => !d.pointer);
      });
  }, 120_000);

  it('the bad fixtures give prose findings from many rules', () => {
    expect(prose.filter(isProse).length).toBeGreaterThan(49);
    expect(new Set(prose.filter(isProse).map((d) => d.ruleId)).size).toBeGreaterThan(30);
  });

  it('each prose finding has a hint in plain words', () => {
    const missing = prose.filter((d) => !d.hint?.trim()).map((d) => `${d.ruleId}: ${d.message.slice(0, 100)}`);
    expect(missing).toEqual([]);
    // A hint is a sentence for a head teacher: it starts with a capital and ends with a full stop.
    for (const d of prose) expect(d.hint, d.ruleId).toMatch(/^[A-Z“"].*[.?)]$/s);
  });

  it('a payment period from before 2013 is reported with what to say instead', () => {
    const d = prose.find((x) => x.ruleId === 'pn-amounts-first-notice' && x.message.includes('42 days'));
    expect(d?.hint).toBe('Say 21 days for the lower amount and 28 days for the full amount.');
  });

  it('the text output prints each hint on a → line under its finding', async () => {
    const run = await runCli('lint', '--as-of', AS_OF, dir);
    const lines = run.out.split('\n');
    let checked = 0;
    for (const d of prose) {
      const at = lines.findIndex((l) => l.includes(d.message) && l.trimStart().startsWith(`${d.line}:${d.column}`));
      expect(at, d.message).toBeGreaterThan(-1);
      expect(lines[at + 1]!.trim(), d.message).toBe(`→ ${d.hint}`);
      checked++;
    }
    expect(checked).toBe(prose.length);
  }, 120_000);

  it('the markdown, SARIF and GitHub outputs carry the hint too', async () => {
    const one = path.join(dir, 'old-days.yaml');
    const hint = 'Say 21 days for the lower amount and 28 days for the full amount.';
    for (const format of ['markdown', 'sarif', 'github', 'json']) {
      const run = await runCli('lint', '--as-of', AS_OF, '--format', format, one);
      expect(run.out, format).toContain(hint);
    }
  });
});
