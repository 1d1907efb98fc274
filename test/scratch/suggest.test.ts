import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { it } from 'vitest';
import { allRules } from '../../src/lint/registry.js';
import { lintFile } from '../../src/lint/engine.js';
import { EXAMPLE_DATE } from '../../src/lint/rule-tester.js';
import { recordReads } from '../lint/rule-reads.js';
import { ROOT } from '../helpers.js';

it('suggests', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sugg-'));
  let n = 0;
  const out: Record<string, { where: string; text: boolean; settings: string[]; bundledText: boolean[] }> = {};
  const bundled = ['policies/schools/oakfield-primary.yaml', 'policies/schools/hillcrest-secondary.yaml', 'policies/brook-and-meadow-federation.yaml', 'policies/trust-base.yaml'];
  for (const rule of allRules()) {
    if (rule.meta.where === 'templates') continue;
    const o = (out[rule.meta.id] = { where: rule.meta.where, text: false, settings: [] as string[], bundledText: [] as boolean[] });
    const seen = new Set<string>();
    const run = (file: string, asOf: string, isBundled: boolean) => {
      const linted = lintFile(file, { asOf, rules: [rule] });
      if (linted.invalid) { if (isBundled) console.log('INVALID', file); return; }
      const r = recordReads(rule, linted.loaded, asOf);
      o.text ||= r.text;
      if (isBundled) o.bundledText.push(r.text);
      for (const p of r.settings) { const g = p.replace(/\/\d+(?=\/|$)/g, '/*'); if (!seen.has(g)) { seen.add(g); o.settings.push(g); } }
    };
    for (const f of bundled) run(path.join(ROOT, f), '2026-11-30', true);
    for (const ex of [...rule.examples.pass, ...rule.examples.fail]) {
      const file = path.join(dir, `ex-${n++}.yaml`);
      writeFileSync(file, ex.yaml);
      run(file, ex.asOf ?? EXAMPLE_DATE, false);
    }
  }
  writeFileSync('/tmp/r14b/suggest.json', JSON.stringify(out, null, 1));
}, 600_000);
