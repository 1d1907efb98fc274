import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { packagePath } from '../core/schema-files.js';
import { lawData } from '../law/data.js';

export interface RulePack {
  /** policywright's version, which fixes the rule set. */
  version: string;
  /** sha256 of the dated legal values and the code table, which change without a release. */
  lawDataSha256: string;
}

let cached: RulePack | undefined;

export function rulePack(): RulePack {
  if (cached) return cached;
  const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string };
  const hash = createHash('sha256');
  const { files } = lawData().index;
  for (const file of ['law/index.yaml', ...files.map((f) => `law/${f}`), 'codes-2024.yaml']) {
    const text = readFileSync(packagePath('rules-data', file));
    hash.update(`${file}\n${text.length}\n`);
    hash.update(text);
  }
  cached = { version: pkg.version, lawDataSha256: hash.digest('hex') };
  return cached;
}
