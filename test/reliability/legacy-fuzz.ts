import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { checkPolicyFile } from '../../src/validate/index.js';
import { runCli } from '../helpers.js';
import { apply, damage } from './damage.js';

/**
 * Audit and import of `runs` damaged slices of the given documents (as .txt, .md and .html): each run
 * ends with a result or a clear user error, and every draft written validates. Returns the case count.
 */
export async function fuzzLegacyDocuments(sources: string[], dir: string, runs: number, seed: number): Promise<number> {
  const samples = fc.sample(
    fc.tuple(
      fc.nat({ max: sources.length - 1 }),
      fc.nat(),
      fc.integer({ min: 200, max: 6000 }),
      fc.array(damage, { maxLength: 3 }),
      fc.constantFrom('.txt', '.md', '.html'),
    ),
    { numRuns: runs, seed },
  );
  for (const [doc, start, length, edits, ext] of samples) {
    const source = sources[doc]!;
    const from = start % source.length;
    const text = edits.reduce((t, e) => apply(t, e as [number, string, string]), source.slice(from, from + length));
    const file = path.join(dir, `legacy${ext}`);
    const out = path.join(dir, 'draft.yaml');
    rmSync(out, { force: true });
    writeFileSync(file, text);
    const audit = await runCli('audit', '--format', 'json', '--as-of', '2026-11-26', file);
    expect([0, 1, 2], audit.err).toContain(audit.code);
    expect(audit.err).not.toMatch(/unexpected problem/);
    const imported = await runCli('import', file, '-o', out);
    expect([0, 2], imported.err).toContain(imported.code);
    expect(imported.err).not.toMatch(/unexpected problem/);
    if (imported.code === 0) expect(checkPolicyFile(out).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  }
  return samples.length;
}
