import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { writeFileAtomic } from '../core/atomic-write.js';
import { policyContentHash } from '../export/content-hash.js';
import { loadPolicySchema } from '../core/schema-files.js';
import type { Policy } from '../types/policy.js';
import { formatDate } from '../render/format.js';
import type { ChangeLine, Governance, GovernanceStatus, Ratification } from './governance.js';
import { checkDraft } from './check-draft.js';
import { RequestError, type Project } from './project.js';
import { readForEdit, saveFileData } from './save.js';

function hasStatusField(): boolean {
  const documentSchema = (loadPolicySchema().$defs as { document?: { properties?: object } } | undefined)?.document;
  return Boolean(documentSchema?.properties && 'status' in documentSchema.properties);
}

interface Record extends Ratification {
  /** The merged policy as approved, to list what changed since. */
  data: unknown;
}

/** Where the interim record of an approval lives: beside the policies, one file per policy. */
function recordFile(project: Project, file: string): string {
  return path.join(project.root, '.policywright', 'ratified', `${project.relative(file)}.json`);
}

function readRecord(project: Project, file: string): Record | undefined {
  try {
    const r = JSON.parse(readFileSync(recordFile(project, file), 'utf8')) as Record;
    return typeof r.fingerprint === 'string' && typeof r.date === 'string' ? r : undefined;
  } catch {
    return undefined;
  }
}

function label(v: unknown): string {
  if (v === undefined) return '(not set)';
  if (typeof v === 'string') return v.length > 160 ? `${v.slice(0, 157)}…` : v;
  return JSON.stringify(v);
}

function words(key: string): string {
  const s = key.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Leaf values by a readable path; list items are named by their id where they have one. */
function leaves(v: unknown, prefix: string[], out: Map<string, unknown>): Map<string, unknown> {
  if (Array.isArray(v)) {
    const byId = v.every((x) => x && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string');
    if (!byId) {
      out.set(prefix.join(' › '), v.map((x) => label(x)).join('; '));
      return out;
    }
    for (const item of v as Array<{ id: string; title?: string; name?: string }>) leaves(item, [...prefix, `“${item.title ?? item.name ?? item.id}”`], out);
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) if (k !== 'id') leaves(x, [...prefix, words(k)], out);
  } else out.set(prefix.join(' › '), v);
  return out;
}

function changesBetween(before: unknown, after: unknown): ChangeLine[] {
  const a = leaves(before, [], new Map());
  const b = leaves(after, [], new Map());
  const lines: ChangeLine[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    if (/› Body$/.test(key)) lines.push({ what: `${key.replace(/ › Body$/, '')}: the text was ${x === undefined ? 'added' : y === undefined ? 'removed' : 'rewritten'}` });
    else lines.push({ what: key, before: label(x), after: label(y) });
  }
  return lines;
}

/**
 * Governance until the library records ratification itself: the approval date and body are written
 * into the policy's `document` fields (comment-preserving, atomic); the minute reference, the
 * fingerprint and a copy of what was approved are kept in .policywright/ratified/ in the project.
 */
export function interimGovernance(): Governance {
  return {
    source: 'policywright serve (approval record kept in .policywright/ratified/)',
    status(loaded, project): GovernanceStatus {
      const record = readRecord(project, loaded.file);
      if (record) {
        const { data: _data, ...ratified } = record;
        if (record.fingerprint === policyContentHash(loaded)) return { state: 'approved', label: `Approved on ${formatDate(record.date)} by ${record.by}`, ratified };
        return { state: 'changed', label: `Changed since it was approved on ${formatDate(record.date)}`, ratified };
      }
      const doc = loaded.data.document as (Policy['document'] & { status?: string }) | undefined;
      // A policy that marks itself a draft is one, whatever dates it carries.
      if (doc?.status === 'draft') return { state: 'draft', label: 'Draft: not yet approved' };
      if (doc?.approved_on) return { state: 'approved', label: `Approved on ${formatDate(doc.approved_on)}${doc.approved_by ? ` by ${doc.approved_by}` : ''}` };
      return { state: 'draft', label: 'Draft: not yet approved' };
    },
    changesSinceRatified(loaded, project) {
      const record = readRecord(project, loaded.file);
      if (!record) return { changes: [], note: 'No approval has been recorded here yet, so there is no approved version to compare with. Record the board’s approval below to start tracking changes.' };
      const { data, ...since } = record;
      return { since, changes: changesBetween(data, loaded.data) };
    },
    ratify(file, input, expectedHash, project) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) throw new RequestError(400, 'Give the date of the meeting as a date (YYYY-MM-DD).');
      if (!input.by.trim()) throw new RequestError(400, 'Say which body approved the policy (for example, Full governing board).');
      if (!input.minute.trim()) throw new RequestError(400, 'Give the minute reference of the decision.');
      const { text } = readForEdit(file);
      const own = (parse(text, { version: '1.2' }) ?? {}) as { document?: object };
      // Once the schema has a document status, an approved policy says so too.
      const withStatus = hasStatusField() ? { status: 'approved' } : {};
      const next = { ...own, document: { ...(own.document ?? {}), ...withStatus, approved_on: input.date, approved_by: input.by.trim() } };
      const saved = saveFileData(file, expectedHash, next);
      const check = checkDraft(file, saved.text, project.root);
      if (check.invalid) throw new RequestError(422, 'The policy has problems that stop it being read as a policy, so the approval was not recorded. Fix the problems listed under Checks first.');
      const record: Record = { date: input.date, by: input.by.trim(), minute: input.minute.trim(), fingerprint: policyContentHash(check.loaded), data: check.loaded.data };
      const target = recordFile(project, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileAtomic(target, `${JSON.stringify(record, null, 2)}\n`);
      return this.status(check.loaded, project);
    },
  };
}
