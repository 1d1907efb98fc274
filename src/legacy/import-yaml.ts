import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import { loadPolicySchema } from '../core/schema-files.js';
import type { LegacyDocument } from './document.js';
import type { DraftPolicy } from './policy-from-facts.js';
import { placeIn } from './prose-blocks.js';
import type { DraftSection } from './sections.js';

/** Fields a policy should have: when the document gives no value, the draft says so in a TODO. */
export const EXPECTED: Array<[string, string]> = [
  ['/schools/0/name', 'the school name'],
  ['/document/approved_on', 'the date the policy was approved'],
  ['/document/next_review', 'the next review date'],
  ['/school_day/starts', 'when the school day starts'],
  ['/school_day/ends', 'when the school day ends'],
  ['/school_day/registers/morning/closes', 'when the morning register closes'],
  ['/school_day/registers/afternoon/opens', 'when the afternoon register opens'],
  ['/school_day/registers/afternoon/closes', 'when the afternoon register closes'],
  ['/contacts/senior_attendance_champion/name', 'the senior attendance champion'],
  ['/absence_reporting/deadline', 'the time by which parents report an absence'],
  ['/registers/retention_years', 'how long register entries are kept'],
  ['/legal_measures/penalty_notices/threshold/sessions', 'the penalty notice threshold'],
];

export interface ImportSummary {
  values: number;
  guessed: number;
  todos: string[];
}

/**
 * The draft policy as YAML: the schema comment first, every extracted value in its field with
 * the line (or Word paragraph) it came from, a TODO wherever a value was guessed or not found,
 * and the prose as `|` block sections.
 */
export function draftYaml(
  doc: LegacyDocument,
  draft: DraftPolicy,
  sections: DraftSection[],
  o: { schemaPath: string; today: string },
): { text: string; summary: ImportSummary } {
  const data = inSchemaOrder({ ...(draft.data as Record<string, unknown>), ...(sections.length ? { sections } : {}) });
  const yaml = new Document(data);
  const notesAt = new Map<string, string[]>();
  for (const n of draft.notes) if (draft.used.has(n.pointer)) notesAt.set(n.pointer, [...(notesAt.get(n.pointer) ?? []), n.note]);
  const where = doc.format === 'docx' ? 'paragraph' : 'line';
  const todos: string[] = [];
  let guessed = 0;
  for (const [pointer, fact] of draft.used) {
    const node = yaml.getIn(path(pointer), true);
    if (!isScalar(node)) continue;
    if (typeof node.value === 'string' && /^\d{2}:\d{2}$/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    const line = placeIn(fact.block, fact.offset, where);
    if (fact.guess) guessed++;
    const todo = [...(fact.guess ? [fact.guess] : []), ...(notesAt.get(pointer) ?? [])];
    for (const t of todo) todos.push(`${label(pointer)}: ${t}`);
    node.comment = todo.length ? ` TODO: ${todo.join('; ')} (${line})` : ` ${line}`;
  }
  sections.forEach((_, i) => {
    const body = yaml.getIn(['sections', i, 'body'], true);
    if (isScalar(body)) body.type = 'BLOCK_LITERAL';
  });
  const header: string[] = [];
  const addTodo = (pointer: string, text: string) => {
    todos.push(`${label(pointer)}: ${text}`);
    const holder = nearestNode(yaml, pointer);
    if (holder && holder !== yaml.contents)
      holder.comment = `${holder.comment ? `${holder.comment}\n` : ''} TODO: ${label(pointer)}: ${text}`;
    else header.push(` TODO: ${label(pointer)}: ${text}`);
  };
  for (const n of draft.notes) if (!notesAt.has(n.pointer)) addTodo(n.pointer, n.note);
  const noted = new Set(draft.notes.map((n) => n.pointer));
  for (const [pointer, what] of EXPECTED)
    if (!draft.used.has(pointer) && !noted.has(pointer))
      addTodo(pointer, `${what} was not found in the document; add it if the policy has one`);
  yaml.commentBefore = [
    ` yaml-language-server: $schema=${o.schemaPath}`,
    ` Draft imported from ${doc.file} by \`policywright import\` on ${o.today}.`,
    ` Each value notes the ${where} of the document it came from. Check every value; lines marked TODO need a person.`,
    ...header,
  ].join('\n');
  return { text: yaml.toString({ lineWidth: 0 }), summary: { values: draft.used.size, guessed, todos } };
}

/** Top-level keys in the order the schema lists them, as in a hand-written policy. */
function inSchemaOrder(data: Record<string, unknown>): Record<string, unknown> {
  const order = Object.keys((loadPolicySchema().properties ?? {}) as Record<string, unknown>);
  return Object.fromEntries(Object.entries(data).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}

function path(pointer: string): Array<string | number> {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** "/school_day/registers/morning/closes" → "school_day.registers.morning.closes" */
function label(pointer: string): string {
  return pointer.slice(1).replace(/\//g, '.');
}

/** The node at the pointer, or its nearest existing parent collection. */
function nearestNode(yaml: Document, pointer: string): Node | undefined {
  const p = path(pointer);
  for (let i = p.length; i > 0; i--) {
    const node = yaml.getIn(p.slice(0, i), true) as Node | undefined;
    if (node && (isMap(node) || isSeq(node) || (isScalar(node) && i === p.length))) return node;
  }
  return undefined;
}
