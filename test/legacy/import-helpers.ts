import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { checkPolicyFile } from '../../src/validate/index.js';
import { runCli, tempProject } from '../helpers.js';

/** `policywright import` of a text document: the draft it writes (which must validate against the schema) and what it printed. */
export async function imported(text: string): Promise<{ yaml: string; data: any; out: string }> {
  const dir = tempProject({ 'p.txt': text });
  const file = path.join(dir, 'draft.yaml');
  const run = await runCli('import', path.join(dir, 'p.txt'), '-o', file);
  expect(run.code, run.err).toBe(0);
  expect(checkPolicyFile(file).diagnostics).toEqual([]);
  const yaml = readFileSync(file, 'utf8');
  return { yaml, data: parse(yaml), out: run.out };
}
