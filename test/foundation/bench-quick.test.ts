import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript used by bench/run.mjs
import { resultsFileFor } from '../../bench/results-file.mjs';
import { ROOT } from '../helpers.js';

describe('npm run bench -- --quick', () => {
  it('writes bench/results-quick.md and leaves the full results in bench/results.md alone', () => {
    expect(resultsFileFor(['node', 'bench/run.mjs', '--quick'])).toBe('results-quick.md');
    expect(resultsFileFor(['node', 'bench/run.mjs'])).toBe('results.md');
    // The benchmark writes only where resultsFileFor says, and the quick results are not committed.
    const run = readFileSync(path.join(ROOT, 'bench/run.mjs'), 'utf8');
    expect(run.match(/writeFileSync\(/g)).toHaveLength(1);
    expect(run).toMatch(
      /writeFileSync\(new URL\(resultsFileFor\(process\.argv\), import\.meta\.url\)|const resultsFile = resultsFileFor\(process\.argv\);\s+writeFileSync\(new URL\(resultsFile, import\.meta\.url\)/,
    );
    expect(readFileSync(path.join(ROOT, '.gitignore'), 'utf8')).toMatch(/^bench\/results-quick\.md$/m);
  });
});
