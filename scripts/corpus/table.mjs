// Prints the corpus table and checks the goals; exit 1 below a goal.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GOALS, scoreCorpus } from './score.mjs';
import { timeAudits } from './timing.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.join(path.resolve(process.env.POLICYWRIGHT_SHARED ?? path.join(root, '../shared')), 'corpus');
const real = JSON.parse(readFileSync(path.join(root, 'test-corpus/real-expectations.json'), 'utf8'));
const verbose = process.argv.includes('--verbose');

const rows = await scoreCorpus(corpus, real);
const frac = ([a, b]) => (b ? `${a}/${b}` : '–');
const pct = (a, b) => (b ? `${Math.round((100 * a) / b)}%` : '–');
const sum = (pick) =>
  rows.reduce(
    (t, r) => {
      const v = pick(r);
      return v ? [t[0] + v[0], t[1] + v[1]] : t;
    },
    [0, 0],
  );

const header = ['document', 'kind', 'must', 'stretch', 'mustNot', 'absence', 'import recall', 'import precision'];
const lines = rows.map((r) => [
  r.name,
  r.excerpt ? 'excerpt' : 'complete',
  frac(r.must),
  frac(r.stretch),
  String(r.mustNot.length),
  r.excerpt ? String(r.absences.length) : `(${r.absences.length})`,
  r.import ? frac(r.import.recall) : '–',
  r.import ? frac(r.import.precision) : '–',
]);
const total = {
  must: sum((r) => r.must),
  stretch: sum((r) => r.stretch),
  mustNot: rows.reduce((t, r) => t + r.mustNot.length, 0),
  absence: rows.filter((r) => r.excerpt).reduce((t, r) => t + r.absences.length, 0),
  recall: sum((r) => r.import?.recall),
  precision: sum((r) => r.import?.precision),
};
lines.push([
  'TOTAL',
  '',
  `${frac(total.must)} ${pct(...total.must)}`,
  `${frac(total.stretch)} ${pct(...total.stretch)}`,
  String(total.mustNot),
  String(total.absence),
  `${frac(total.recall)} ${pct(...total.recall)}`,
  `${frac(total.precision)} ${pct(...total.precision)}`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
const row = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log('\nAudit and import against the reference corpus');
console.log('(must/stretch: findings of the expected rule within two lines; mustNot: findings of rules that must not fire;');
console.log(' absence: findings that point at no line, on excerpts (bracketed: on complete policies, not a goal);');
console.log(' import: school-day times, thresholds, penalty amounts, codes and roles)\n');
console.log(row(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const l of lines) console.log(row(l));

if (verbose) {
  for (const r of rows) {
    const detail = [
      ...r.missed.map((m) => `missed ${m}`),
      ...r.mustNot.map((m) => `must not: ${m}`),
      ...(r.excerpt ? r.absences.map((a) => `absence on excerpt: ${a}`) : []),
      ...(r.import?.missed ?? []).map((m) => `not imported: ${m}`),
      ...(r.import?.wrong ?? []).map((m) => `wrong import: ${m}`),
    ];
    if (detail.length) console.log(`\n${r.name}\n  ${detail.join('\n  ')}`);
  }
}

const timing = await timeAudits(corpus);
console.log(
  `\nAudit time (in process, after start-up): a ${timing.pages}-page policy ${timing.small.toFixed(2)} s; ${timing.bigMb.toFixed(1)} MB ${timing.big.toFixed(2)} s (${timing.ratio.toFixed(1)}× the time for ${timing.sizeRatio.toFixed(0)}× the text)`,
);

const failures = [];
const ratio = (v) => (v[1] ? v[0] / v[1] : 1);
if (ratio(total.must) < GOALS.mustRecall) failures.push(`must findings found ${pct(...total.must)} (goal ≥ ${GOALS.mustRecall * 100}%)`);
if (total.mustNot > 0) failures.push(`${total.mustNot} findings of rules that must not fire (goal 0)`);
if (total.absence > 0) failures.push(`${total.absence} absence findings on excerpts (goal 0)`);
if (ratio(total.recall) < GOALS.importRecall) failures.push(`import recall ${pct(...total.recall)} (goal ≥ ${GOALS.importRecall * 100}%)`);
if (ratio(total.precision) < GOALS.importPrecision)
  failures.push(`import precision ${pct(...total.precision)} (goal ≥ ${GOALS.importPrecision * 100}%)`);
if (timing.small > GOALS.fortyPageSeconds)
  failures.push(`a ${timing.pages}-page policy took ${timing.small.toFixed(2)} s (goal < ${GOALS.fortyPageSeconds} s)`);
if (timing.ratio > timing.sizeRatio * 1.5)
  failures.push(`audit time grows faster than the text (${timing.ratio.toFixed(1)}× for ${timing.sizeRatio.toFixed(0)}×)`);
if (failures.length) {
  console.log(`\nBelow the goals:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAll goals met.');
