import type { LegacyBlock } from '../prose-blocks.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { packagePath } from '../../core/schema-files.js';
import { slug } from '../../core/slug.js';
import { monthYear } from '../../core/dates.js';
import { datesIn, factAt, type Extraction, type Fact, type FoundDate, type Sentence } from './fact.js';

type Field = 'approved_on' | 'next_review' | 'frequency' | 'approved_by' | 'author';

let labels: Array<[RegExp, Field]> | undefined;
/** The label vocabulary (vocabulary/document-labels.yaml), in order: the first field whose label matches wins. */
function labelVocabulary(): Array<[RegExp, Field]> {
  labels ??= Object.entries(
    parse(readFileSync(packagePath('vocabulary', 'document-labels.yaml'), 'utf8')) as Record<Field, string[]>,
  ).flatMap(([field, res]) => res.map((re) => [new RegExp(`^(?:${re})$`, 'i'), field] as [RegExp, Field]));
  return labels;
}

/** "Whole-school attendance policy": attendance or absence, then the word policy (two searches, no backtracking). */
function namesPolicy(text: string): boolean {
  const at = text.search(/\b(attendance|absence)\b/i);
  return at >= 0 && /\bpolicy\b/i.test(text.slice(at));
}

function fieldOf(label: string, value: string): Field | undefined {
  const clean = label.replace(/(^|[^:\s])[:\s]+$/, '$1').trim();
  const field = labelVocabulary().find(([re]) => re.test(clean))?.[1];
  // "Ratified by governors: July 2017" gives a date, not a name.
  if (field === 'approved_by' && datesIn(value).length) return 'approved_on';
  return field;
}

/** Facts about the document: title, whether it calls itself statutory, the school, approval and review dates. */
export function extractDocumentFacts(sentences: Sentence[], blocks: LegacyBlock[]): Extraction {
  const facts: Fact[] = [];
  cover(blocks.slice(0, 12), facts);
  for (const { label, value } of labelledValues(blocks)) {
    const field = fieldOf(label.text, value.text);
    if (field) labelled(field, value, facts);
  }
  for (const s of sentences) inline(s, facts);
  return { facts, notes: [] };
}

function cover(first: LegacyBlock[], facts: Fact[]): void {
  const whole = (b: LegacyBlock, pointer: string, value: Fact['value'], guess?: string) =>
    facts.push(factAt({ block: b, text: b.text, offset: 0 }, pointer, value, 0, b.text.length, guess));
  for (const b of first) {
    if (b.kind === 'tableCell' || b.text.length > 100) continue;
    if (/^(non-?statutory|statutory)(\s+policy)?$/i.test(b.text)) whole(b, '/document/statutory', !/^non/i.test(b.text));
    else if (namesPolicy(b.text) && b.text.split(/\s+/).length <= 8) whole(b, '/document/title', b.text);
    else if (/^[A-Z][\w'’&,.-]*(\s+[A-Za-z][\w'’&,.-]*){1,10}\s+(School|Academy|College)$/.test(b.text)) {
      whole(b, '/schools/0/id', slug(b.text));
      whole(b, '/schools/0/name', b.text);
      const phase = /\b(primary|junior|infant|secondary|nursery|middle)\b/i.exec(b.text);
      if (phase)
        facts.push(
          factAt({ block: b, text: b.text, offset: 0 }, '/schools/0/phase/0', phase[1]!.toLowerCase(), phase.index, phase[0].length),
        );
      const religion = /\b(Church of England|Catholic|Roman Catholic|Methodist|Jewish|Muslim|Sikh|Hindu)\b/.exec(b.text);
      if (religion)
        facts.push(
          factAt({ block: b, text: b.text, offset: 0 }, '/schools/0/religious_character', religion[1]!, religion.index, religion[0].length),
        );
    }
  }
}

/** Label and value pairs: two-cell table rows, and "Label: value" paragraphs. */
function labelledValues(blocks: LegacyBlock[]): Array<{ label: LegacyBlock; value: Sentence }> {
  const out: Array<{ label: LegacyBlock; value: Sentence }> = [];
  const secondCells = new Map<string, LegacyBlock>();
  const cells = new Map<string, LegacyBlock>();
  for (const x of blocks) {
    if (x.table?.cell === 1) secondCells.set(`${x.table.table}|${x.table.row}`, x);
    if (x.table) cells.set(`${x.table.table}|${x.table.row}|${x.table.cell}`, x);
  }
  // A header row of labels ("Approval | Next review") over a row of values.
  for (const b of blocks) {
    if (!b.table || b.table.row !== 0 || !labelVocabulary().some(([re]) => re.test(b.text.replace(/(^|[^:\s])[:\s]+$/, '$1').trim())))
      continue;
    const v = cells.get(`${b.table.table}|1|${b.table.cell}`);
    if (v) out.push({ label: b, value: { block: v, text: v.text, offset: 0 } });
  }
  for (const b of blocks) {
    if (b.table && b.table.cell === 0) {
      const v = secondCells.get(`${b.table.table}|${b.table.row}`);
      if (v) out.push({ label: b, value: { block: v, text: v.text, offset: 0 } });
    } else if (!b.table) {
      const m = /^([A-Za-z ]{3,40}):\s+(\S.{0,80})$/.exec(b.text);
      if (m) out.push({ label: { ...b, text: m[1]! }, value: { block: b, text: m[2]!, offset: b.text.length - m[2]!.length } });
    }
  }
  return out;
}

function labelled(field: Field, v: Sentence, facts: Fact[]): void {
  if (field === 'approved_on' || field === 'next_review') {
    const d = datesIn(v.text)[0];
    if (d) facts.push(dateFact(v, `/document/${field}`, d));
  } else if (field === 'frequency') {
    const months = frequencyMonths(v.text);
    if (months) facts.push(factAt(v, '/document/review_frequency_months', months, 0, v.text.length));
  } else {
    facts.push(factAt(v, `/document/${field}`, v.text.trim(), 0, v.text.length));
  }
}

function frequencyMonths(text: string): number | undefined {
  if (/\b(annual(ly)?|every\s+year|yearly|each\s+year)\b/i.test(text)) return 12;
  const m = /\b(\d|one|two|three|four|five)\s*(-|\s)?(years?|months?)\b/i.exec(text);
  if (!m) return undefined;
  const n = { one: 1, two: 2, three: 3, four: 4, five: 5 }[m[1]!.toLowerCase() as 'one'] ?? Number(m[1]);
  const months = /^year/i.test(m[3]!) ? n * 12 : n;
  return months >= 1 && months <= 60 ? months : undefined;
}

/** "This policy will be reviewed annually", "Next review: September 2025", "Approved by governors on 12 March 2024". */
function inline(s: Sentence, facts: Fact[]): void {
  const t = s.text;
  if (!/\b(this\s+)?policy\b|\breview|\bratif|\bapprov/i.test(t)) return;
  const review =
    /\b(next\s+review(\s+date)?|review\s+(date|due)|(will\s+be|to\s+be|is\s+due\s+to\s+be)\s+reviewed\s+(by|in|on|before))\b/i.exec(t);
  if (review) {
    const d = datesIn(t).find((x) => x.index > review.index);
    if (d) facts.push(dateFact(s, '/document/next_review', d));
  }
  const approved = /\b(approved|ratified|adopted)\b[^.]{0,60}?\b(on|in)\b/i.exec(t);
  if (approved && /\bpolicy|governor|board/i.test(t)) {
    const d = datesIn(t).find((x) => x.index > approved.index);
    if (d) facts.push(dateFact(s, '/document/approved_on', d));
  }
  if (/\bpolicy\b[^.]{0,60}\breviewed\b/i.test(t)) {
    const every = /\b(annually|every\s+(year|(\w+)\s+years?)|each\s+year)\b/i.exec(t);
    const months = every ? frequencyMonths(every[0].replace(/every\s+year/i, 'annually')) : undefined;
    if (every && months) facts.push(factAt(s, '/document/review_frequency_months', months, every.index, every[0].length));
  }
}

/** A date fact; one given only as a month or season keeps the last day it can mean, for the audit. */
function dateFact(s: Sentence, pointer: string, d: FoundDate): Fact {
  const fact = factAt(s, pointer, d.iso, d.index, d.length, partialNote(d));
  if (!d.partial) return fact;
  const season = d.text.replace(/\s+/g, ' ');
  return { ...fact, latest: d.latest, dateWords: d.season ? `${season.charAt(0).toUpperCase()}${season.slice(1)}` : monthYear(d.iso) };
}

/** Why a date read from "July 2024" or "Summer 2020" is not exact. */
function partialNote(d: FoundDate): string | undefined {
  if (!d.partial) return undefined;
  return d.season ? `the document gives only “${d.text}”, not the date` : `the document gives only “${d.text}”, not the day`;
}
