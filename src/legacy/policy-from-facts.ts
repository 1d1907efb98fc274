import path from 'node:path';
import type { Position } from '../core/diagnostics.js';
import type { LoadedPolicy } from '../load/load-policy.js';
import type { ValueOrigin } from '../load/tree.js';
import type { Policy } from '../types/policy.js';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { loadPolicySchema } from '../core/schema-files.js';
import type { Fact, Note } from './extract/index.js';
import { placeIn } from './prose-blocks.js';

export interface DraftPolicy {
  data: Policy;
  /** Where each value (and each object holding values) was found in the legacy document. */
  origins: Map<string, ValueOrigin>;
  /** The facts used, one per pointer. */
  used: Map<string, Fact>;
  notes: Note[];
}

/** The place used for findings about something the document does not state. */
export function nowhere(file: string): Position {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

export function isNowhere(p: Position): boolean {
  return p.line === 1 && p.column === 1 && p.endLine === 1 && p.endColumn === 1;
}

/**
 * Put the facts into the policy model: the first fact for each field wins (a later different value
 * becomes a note), and any value the schema rejects is dropped with a note, so the draft is valid.
 */
export function policyFromFacts(file: string, facts: Fact[], notes: Note[] = []): DraftPolicy {
  const used = new Map<string, Fact>();
  const allNotes = [...notes];
  // The most direct reading of a field first; among equals, the first in the document.
  const ranked = facts
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (b.f.confidence ?? 1) - (a.f.confidence ?? 1) || a.i - b.i)
    .map((x) => x.f);
  for (const f of ranked) {
    const prev = used.get(f.pointer);
    if (!prev) used.set(f.pointer, f);
    else if (prev.value !== f.value && !/\/(text|id)$/.test(f.pointer)) {
      allNotes.push({ pointer: f.pointer, note: `the document also gives ${JSON.stringify(f.value)} (${placeIn(f.block, f.offset)})` });
    }
  }
  unnamedSchools(used, allNotes);
  // Back in document order, so the draft lists fields as the document does.
  const chosen = new Set(used.values());
  const added = [...used.values()].filter((f) => !facts.includes(f));
  used.clear();
  for (const f of [...added, ...facts]) if (chosen.has(f)) used.set(f.pointer, f);
  let draft = assemble(file, used, allNotes);
  for (let round = 0; round < 5; round++) {
    const bad = schemaProblems(draft);
    if (!bad.length) break;
    for (const pointer of bad) {
      for (const p of [...used.keys()]) {
        if (p === pointer || p.startsWith(`${pointer}/`)) {
          allNotes.push({
            pointer: p,
            note: `found ${JSON.stringify(used.get(p)!.value)}, which is not a valid value here; check the document`,
          });
          used.delete(p);
        }
      }
    }
    draft = assemble(file, used, allNotes);
  }
  return draft;
}

/**
 * Times given for a group of pupils (or one school of several) need a school to hang from. When the
 * document never names its school, the school gets an empty name and a TODO asking for it, rather
 * than losing the times or inventing a name.
 */
function unnamedSchools(used: Map<string, Fact>, notes: Note[]): void {
  const indexes = new Set([...used.keys()].map((p) => /^\/schools\/(\d+)\//.exec(p)?.[1]).filter((x): x is string => x !== undefined));
  for (const i of indexes) {
    if (used.has(`/schools/${i}/name`)) continue;
    const first = [...used.entries()].find(([p]) => p.startsWith(`/schools/${i}/`))![1];
    used.set(`/schools/${i}/id`, {
      ...first,
      pointer: `/schools/${i}/id`,
      value: i === '0' ? 'school' : `school-${Number(i) + 1}`,
      confidence: 1,
    });
    used.set(`/schools/${i}/name`, { ...first, pointer: `/schools/${i}/name`, value: '', confidence: 1 });
    notes.push({ pointer: `/schools/${i}/name`, note: 'the document does not name the school; write its name here' });
  }
}

function assemble(file: string, used: Map<string, Fact>, notes: Note[]): DraftPolicy {
  const data: Record<string, unknown> = {};
  const origins = new Map<string, ValueOrigin>();
  origins.set('', nowhere(file));
  for (const [pointer, fact] of used) {
    setAt(data, pointer, fact.value);
    const found = fact.block.at(fact.offset, fact.length);
    const at = fact.dateWords ? { ...found, dateWords: fact.dateWords } : found;
    const parts = pointer.split('/');
    for (let i = parts.length; i > 1; i--) {
      const p = parts.slice(0, i).join('/');
      if (!origins.has(p)) origins.set(p, i === parts.length ? at : found);
    }
  }
  return { data: data as Policy, origins, used, notes };
}

function setAt(root: Record<string, unknown>, pointer: string, value: unknown): void {
  const segs = pointer.split('/').slice(1);
  let cur: Record<string, unknown> | unknown[] = root;
  segs.forEach((seg, i) => {
    const last = i === segs.length - 1;
    const key: string | number = Array.isArray(cur) ? Number(seg) : seg;
    const container = cur as Record<string | number, unknown>;
    if (last) {
      container[key] = value;
      return;
    }
    if (container[key] === undefined) container[key] = /^\d+$/.test(segs[i + 1]!) ? [] : {};
    cur = container[key] as Record<string, unknown> | unknown[];
  });
  compactArrays(root);
}

/** Arrays filled by index may have holes when a fact was dropped: close them up. */
function compactArrays(v: unknown): void {
  if (Array.isArray(v)) {
    for (let i = v.length - 1; i >= 0; i--) if (v[i] === undefined) v.splice(i, 1);
    v.forEach(compactArrays);
  } else if (v && typeof v === 'object') Object.values(v).forEach(compactArrays);
}

let schemaCheck: ValidateFunction | undefined;

/** Pointers of values the schema rejects (for a missing required property, the object lacking it). */
function schemaProblems(draft: DraftPolicy): string[] {
  if (!schemaCheck) {
    const ajv = new Ajv2020({ allErrors: true, strict: false, allowUnionTypes: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    schemaCheck = ajv.compile(loadPolicySchema());
  }
  if (schemaCheck(draft.data)) return [];
  return [...new Set((schemaCheck.errors ?? []).map((e) => e.instancePath).filter((p) => p !== ''))];
}

/** A loaded policy whose values point into the legacy document, so data rules report there. */
export function asLoadedPolicy(file: string, draft: DraftPolicy): LoadedPolicy {
  return {
    file,
    chain: [file],
    data: draft.data,
    origins: draft.origins,
    sources: new Map(),
    diagnostics: [],
    projectRoot: path.dirname(path.resolve(file)),
  };
}
