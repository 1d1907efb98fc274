// Runs the code checks (ESLint, the type check of the tests) and the test suite, and ends with one
// plain summary line ("N passed, N failed"), which CI reads. A failed code check fails the run.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const CHECKS = [
  ['lint:code', ['npm', 'run', '--silent', 'lint:code']],
  ['typecheck:test', ['npm', 'run', '--silent', 'typecheck:test']],
  // Layout: npm run format writes it.
  ['format:check', ['npm', 'run', '--silent', 'format:check']],
];
const failedChecks = [];
for (const [name, [cmd, ...args]] of CHECKS) {
  console.log(`> ${name}`);
  if (spawnSync(cmd, args, { stdio: 'inherit' }).status !== 0) failedChecks.push(name);
}

const report = path.join(tmpdir(), `policywright-vitest-${process.pid}.json`);
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
let line = 'tests: 0 passed, 1 failed (the test runner did not report)';
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  line = `tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${r.numPendingTests ? `, ${r.numPendingTests} skipped` : ''}`;
} catch {
  // keep the failure line
}
rmSync(report, { force: true });
if (failedChecks.length) line += `; code checks failed: ${failedChecks.join(', ')}`;
console.log(`\n${line}`);
process.exit(failedChecks.length ? 1 : (run.status ?? 1));
