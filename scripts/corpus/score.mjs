// The corpus table: audit and import measured against the reference readings in ../shared/corpus.
// Reads the built library (dist/), so `npm run corpus` builds first.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { auditDocument, isAbsence as auditAbsence } from '../../dist/legacy/audit.js';
import { extractFacts } from '../../dist/legacy/extract/index.js';
import { importDraft } from '../../dist/legacy/import-draft.js';
import { readLegacyDocument } from '../../dist/legacy/read-legacy.js';
import { importRecall } from './import-facts.mjs';

export const GOALS = { mustRecall: 0.9, importRecall: 0.85, importPrecision: 0.98, fortyPageSeconds: 2 };

const norm = (s) => s.replace(/\s+/g, ' ').toLowerCase();
/** What a finding says: its message and the sentence it quotes (a field of its own). */
const said = (d) => (d.quote ? `${d.message} ${d.quote}` : d.message);

/** A finding about what the document does not say: it points at no line, or its message says so. */
export const isAbsence = (d) => auditAbsence(d);

/** Score one derived document against its *.facts.json reading. */
async function scoreDerived(file, reading) {
  const doc = await readLegacyDocument(file);
  const { diagnostics, blocks } = auditDocument(doc, { asOf: reading.as_of ?? '2026-11-25' });
  // Import is scored on the draft import writes: values below the confidence threshold are TODOs, not values.
  const { draft } = importDraft(doc.file, extractFacts(blocks));
  const near = (f) =>
    diagnostics.some(
      (d) =>
        d.ruleId === f.rule &&
        !isAbsence(d) &&
        [f.lines, ...(f.also_lines ? [f.also_lines] : [])].some(([a, b]) => d.line >= a - 2 && d.line <= (b ?? a) + 2),
    );
  const must = reading.findings.filter((f) => f.level === 'must');
  const stretch = reading.findings.filter((f) => f.level === 'stretch');
  const missed = must.filter((f) => !near(f)).map((f) => `${f.rule} (lines ${f.lines.join('-')})`);
  const wrong = diagnostics.filter((d) => reading.mustNot.includes(d.ruleId)).map((d) => `${d.ruleId} line ${d.line}`);
  const absences = diagnostics.filter(isAbsence).map((d) => d.ruleId);
  const imp = importRecall(draft, reading.facts);
  return {
    name: path.basename(file, '.txt'),
    excerpt: true,
    must: [must.length - missed.length, must.length],
    stretch: [stretch.filter(near).length, stretch.length],
    mustNot: wrong,
    absences,
    missed,
    import: imp,
  };
}

/** Score one real policy against the expectations written for it (a finding of the rule quoting the sentence). */
async function scoreReal(name, exp, corpus) {
  const doc = await readLegacyDocument(path.join(corpus, exp.file));
  const { diagnostics } = auditDocument(doc, { asOf: exp.asOf });
  const quotes = (d, m) => (m.pattern ? new RegExp(m.pattern, 'i').test(said(d)) : norm(said(d)).includes(norm(m.quote)));
  const missed = exp.must
    .filter((m) => !diagnostics.some((d) => d.ruleId === m.rule && quotes(d, m)))
    .map((m) => `${m.rule} (“${m.quote ?? m.pattern}”)`);
  const wrong = [
    ...exp.mustNot.flatMap(({ fragment, rules }) =>
      diagnostics
        .filter((d) => (!rules || rules.includes(d.ruleId)) && norm(said(d)).includes(norm(fragment)))
        .map((d) => `${d.ruleId} line ${d.line}`),
    ),
    ...diagnostics.filter((d) => (exp.silentRules ?? []).includes(d.ruleId)).map((d) => `${d.ruleId} line ${d.line}`),
  ];
  return {
    name,
    excerpt: false,
    must: [exp.must.length - missed.length, exp.must.length],
    stretch: [0, 0],
    mustNot: [...new Set(wrong)],
    absences: diagnostics.filter(isAbsence).map((d) => d.ruleId),
    missed,
    import: undefined,
  };
}

export async function scoreCorpus(corpus, realExpectations) {
  const rows = [];
  for (const [name, exp] of Object.entries(realExpectations.documents))
    rows.push(await scoreReal(name, { ...exp, asOf: realExpectations.asOf }, corpus));
  const derived = path.join(corpus, 'derived');
  for (const f of readdirSync(derived)
    .filter((x) => x.endsWith('.facts.json'))
    .sort()) {
    const reading = JSON.parse(readFileSync(path.join(derived, f), 'utf8'));
    rows.push(await scoreDerived(path.join(derived, f.replace(/\.facts\.json$/, '.txt')), reading, corpus));
  }
  return rows;
}
