// `npm run corpus`: audit and import checked against the reference corpus in ../shared/corpus
// (POLICYWRIGHT_SHARED points elsewhere): the corpus tests, then the table of recall and precision
// against the goals (exit 1 below a goal). Not part of `npm test`, which must pass in a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(process.env.POLICYWRIGHT_SHARED ?? path.join(root, '../shared'));
const corpus = path.join(shared, 'corpus');

if (!existsSync(corpus)) {
  console.error(
    `The reference corpus is not here: ${corpus} does not exist.\n` +
      'npm run corpus checks audit and import against real policies kept beside the project folder, in ../shared/corpus.\n' +
      'Put the shared folder there (CI has it), or set POLICYWRIGHT_SHARED to the folder that holds corpus/.\n' +
      'npm test does not need it.',
  );
  process.exit(2);
}

const env = { ...process.env, POLICYWRIGHT_SHARED: shared };
const args = process.argv.slice(2);
// `npm run corpus -- --table` prints only the table (add --verbose for what each document missed).
const tests = args.includes('--table')
  ? { status: 0 }
  : spawnSync('npx', ['vitest', 'run', '--config', 'vitest.corpus.config.ts'], { stdio: 'inherit', cwd: root, env });
const table = spawnSync(process.execPath, [path.join(root, 'scripts/corpus/table.mjs'), ...args.filter((a) => a === '--verbose')], {
  stdio: 'inherit',
  cwd: root,
  env,
});
// `--goals-advisory` (used by CI while a goal is still being worked towards): the corpus tests must pass,
// and a goal missed is printed but does not fail the run. Without it, a missed goal exits 1.
const advisory = args.includes('--goals-advisory') && table.status === 1;
if (advisory) console.log('\nA goal above is not met yet; with --goals-advisory this is reported, not failed.');
process.exit(tests.status === 0 && (table.status === 0 || advisory) ? 0 : 1);
