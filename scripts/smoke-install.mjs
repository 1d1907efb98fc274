#!/usr/bin/env node
// Production-install smoke test: pack the package as it would be published, install it with its
// production dependencies only into an empty folder, and run every command once from there,
// including `audit` of the Word file that `build` made. Catches a run-time import of a
// devDependency, a file missing from the package, and dependencies whose Node range we do not meet.
// Run after `npm run build`. Offline from the npm cache is fine (--prefer-offline).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(tmpdir(), 'pw-smoke-'));
const failures = [];
let passed = 0;

function step(name, fn) {
  const started = Date.now();
  try {
    fn();
    passed++;
    console.log(`  ok    ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (e) {
    failures.push(name);
    console.log(`  FAIL  ${name}\n${String(e.message ?? e).replace(/^/gm, '        ')}`);
  }
}

/** Run the installed policywright; exit codes listed in `ok` pass. */
function pw(args, ok = [0]) {
  const bin = path.join(work, 'app', 'node_modules', '.bin', 'policywright');
  const r = spawnSync(bin, args, { cwd: path.join(work, 'app'), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const out = `${r.stdout}${r.stderr}`;
  if (!ok.includes(r.status)) throw new Error(`policywright ${args.join(' ')} exited ${r.status}:\n${out.slice(-3000)}`);
  if (/Cannot find (package|module)|ERR_MODULE_NOT_FOUND|\n\s+at .+:\d+:\d+\)?\n/.test(out))
    throw new Error(`policywright ${args.join(' ')} printed a stack trace or a missing module:\n${out.slice(-3000)}`);
  return out;
}

try {
  console.log(`Production-install smoke test in ${work}`);
  const packed = execFileSync('npm', ['pack', '--pack-destination', work, '--silent'], { cwd: root, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
  const app = path.join(work, 'app');
  mkdirSync(app);
  // npm applies `overrides` only from the project being installed, so a project that installs
  // policywright on Node 20 carries the same ones (see README, "Installing").
  const { overrides } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'smoke', private: true, ...(overrides ? { overrides } : {}) }));
  const started = Date.now();
  const install = spawnSync('npm', ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', path.join(work, packed)], {
    cwd: app,
    encoding: 'utf8',
  });
  step('npm install --omit=dev of the packed package', () => {
    if (install.status !== 0) throw new Error(`${install.stdout}${install.stderr}`);
    console.log(`        (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  });
  step('the install gives no engine warning for this Node', () => {
    const warning = /EBADENGINE[\s\S]*?package: '([^']+)'[\s\S]*?required: ([^\n]+)/.exec(`${install.stdout}${install.stderr}`);
    if (warning) throw new Error(`${warning[1]} requires Node ${warning[2]}; this is Node ${process.versions.node}`);
  });

  cpSync(path.join(root, 'policies'), path.join(app, 'policies'), { recursive: true });
  cpSync(path.join(root, 'test', 'fixtures', 'pupils', 'riverbend-sample.csv'), path.join(app, 'pupils.csv'));
  const school = 'policies/schools/oakfield-primary.yaml';

  step('--version and --help', () => {
    pw(['--version']);
    if (!/Commands:/.test(pw(['--help']))) throw new Error('no command list in --help');
  });
  step('init', () => {
    pw(['init', '--school', 'Smoke Test School', 'draft/new.yaml']);
    if (!existsSync(path.join(app, 'draft', 'new.yaml'))) throw new Error('init wrote no file');
  });
  step('validate', () => pw(['validate', 'policies/']));
  step('lint', () => pw(['lint', 'policies/'], [0, 1]));
  step('lint --fix-dry-run', () => pw(['lint', '--fix-dry-run', 'policies/'], [0, 1]));
  step('explain (a rule and a value)', () => {
    pw(['explain', 'pn-amounts-first-notice']);
    pw(['explain', '--policy', school, 'legal_measures.penalty_notices.first.full'], [0, 1]);
  });
  let docx;
  step('build (PDF, HTML and Word)', () => {
    pw(['build', school, '--out', 'out']);
    const made = readdirSync(path.join(app, 'out'), { recursive: true }).map(String);
    for (const ext of ['pdf', 'html', 'docx'])
      if (!made.some((f) => f.endsWith(`.${ext}`))) throw new Error(`no .${ext} written: ${made.join(', ')}`);
    docx = path.join(
      'out',
      made.find((f) => f.endsWith('.docx')),
    );
  });
  step('audit of the Word file that build made', () => {
    const out = pw(['audit', docx], [0, 1]);
    if (!/\d+:\d+|No problems|finding/.test(out)) throw new Error(`unexpected audit output:\n${out}`);
  });
  step('import of the Word file that build made', () => {
    pw(['import', docx, '-o', 'imported.yaml']);
    pw(['validate', 'imported.yaml'], [0, 1]);
  });
  step('export', () => JSON.parse(pw(['export', school])));
  step('compare', () => pw(['compare', 'policies/'], [0, 1]));
  step('report', () => pw(['report', school, '--out', 'report'], [0, 1]));
  step('letters --dry-run', () => pw(['letters', '--policy', school, '--pupils', 'pupils.csv', '--dry-run'], [0, 1]));
  step('law', () => {
    const out = pw(['law', '--since', '2023-09-01']);
    if (!/£80/.test(out)) throw new Error(`unexpected law output:\n${out}`);
  });
  step('diff (a policy against itself)', () => pw(['diff', school, school]));
  step('ratify', () => pw(['ratify', school, '--by', 'Full governing board', '--minute', 'FGB 1', '--date', '2026-09-22']));
  step('serve --help (the web app is installed)', () => pw(['serve', '--help']));
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`\nsmoke: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
