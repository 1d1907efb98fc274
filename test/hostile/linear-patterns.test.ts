// Item 10: every regular expression in src/ is checked for backtracking (recheck's automaton
// analysis, verdicts kept by exact pattern in test/fixtures/regex-verdicts.json; new or changed
// patterns are analysed here), and long unbroken words go through lint and audit without the
// quadratic slow-down (pasted base64 images took 28 s for 160,000 characters).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript shared with scripts/check-regexes.mjs
import { regexInventory, regexVerdict } from '../../scripts/regex-inventory.mjs';
import { ROOT, runCli, tempProject } from '../helpers.js';

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
  key: string;
}

const stored = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/regex-verdicts.json'), 'utf8')) as Record<string, string>;

describe('regular expressions', () => {
  it('the checker itself finds the e-mail pattern that made lint quadratic', async () => {
    expect(await regexVerdict('[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+', 'g')).toMatch(/^vulnerable \(2nd degree polynomial\)/);
    expect(await regexVerdict('\\S+@\\S+\\.\\w+', 'g')).toMatch(/^vulnerable/);
    expect(await regexVerdict('[A-Za-z]+', 'g')).toMatch(/^safe/);
  }, 60_000);

  it('no pattern in src/ backtracks', async () => {
    const all = regexInventory(ROOT) as Found[];
    expect(all.length).toBeGreaterThan(300);
    const bad: string[] = [];
    const fresh = [...new Map(all.filter((r) => !stored[r.key]).map((r) => [r.key, r])).values()];
    for (const r of fresh) {
      const v = await regexVerdict(r.source, r.flags);
      if (v.startsWith('vulnerable')) bad.push(`${r.file}:${r.line} ${r.key} ${v}`);
    }
    for (const r of all) if (stored[r.key]?.startsWith('vulnerable')) bad.push(`${r.file}:${r.line} ${r.key}`);
    expect(bad, 'patterns that backtrack (run `node scripts/check-regexes.mjs` for the list)').toEqual([]);
  }, 600_000);
});

/** A policy whose prose holds long unbroken words of the kinds that made patterns backtrack. */
function longWordPolicy(n: number): string {
  const base64 = Buffer.alloc(n, 7).toString('base64').replace(/[/=]/g, 'A').slice(0, n);
  const words = [base64, `x@${'a'.repeat(n / 4)}`, `${'-'.repeat(n / 8)}x`, `${'a.'.repeat(n / 8)}@`, `www.${'w'.repeat(n / 8)}`];
  return `schools:\n  - id: a\n    name: A\nsections:\n  - id: s\n    title: Reporting absence\n    body: |\n      Email office@a.sch.uk by 9am. ${words.join(' ')} Penalty notices are £80.\n`;
}

describe('long unbroken words', () => {
  it('lint reads a policy with 400,000-character words (a pasted image) and still finds what it should', async () => {
    const dir = tempProject({ 'p.yaml': longWordPolicy(400_000) });
    const run = await runCli('lint', '--format', 'json', '--as-of', '2026-11-26', path.join(dir, 'p.yaml'));
    expect(run.code).not.toBe(2);
    expect(() => JSON.parse(run.out)).not.toThrow();
  }, 120_000);
});
