import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadPolicySchema } from '../../core/schema-files.js';
import type { LoadedPolicy } from '../../load/load-policy.js';
import { buildPolicyView } from '../../render/view-model.js';
import type { Policy, School } from '../../types/policy.js';
import { BUILT_IN_LETTERS } from '../catalogue.js';
import { PUPIL_COLUMNS } from '../columns.js';
import { checkPupilRow, type Pupil } from '../pupil.js';
import type { ContactView, LetterheadView } from '../school.js';
import type { Stage } from '../triggers.js';
import { buildLetterView } from '../view.js';
import { deref, LEAF, listShape, objectShape, sampleShape, schemaShape, type Shape } from './shapes.js';

type SchemaNode = Record<string, unknown>;

/** A pupil row with every column filled, as the reader would produce it. */
function samplePupil(): Pupil {
  const sample: Record<string, string> = { whole: '1', percent: '50', date: '2025-01-06', list: 'Example', decision: 'granted', text: 'Example' };
  const cells = new Map(PUPIL_COLUMNS.filter((c) => c.name !== 'address').map((c) => [c.name, c.name === 'meeting_time' ? '09:30' : sample[c.kind]!]));
  cells.set('sessions_possible', '2');
  const checked = checkPupilRow({ row: 2, cells });
  if (!checked.ok) throw new Error(`The sample pupil row is not valid: ${checked.problems.map((p) => `${p.column} ${p.message}`).join('; ')}`);
  return checked.pupil;
}

/** A letter view with every key set, built by the same code that builds real letters. */
export function sampleLetterView() {
  const school: School = { id: 'sample', name: 'Sample School' };
  const stage: Stage = { id: 'stage-1', name: 'Stage 1', triggers: [{ metric: 'attendance_pct', comparison: 'lt', value: 96 }], actions: ['Example'], who: 'Example', letter: 'example', review_after_weeks: 4 };
  const from: Required<LetterheadView> = { name: 'x', address_lines: ['x'], phone: 'x', email: 'x', website: 'x', logo_src: 'x', trust_name: 'x' };
  const help: Required<ContactView> = { role: 'x', name: 'x', phone: 'x', email: 'x' };
  const policy: Policy = { schools: [school] };
  return buildLetterView({ kind: BUILT_IN_LETTERS[0]!, stage, fired: { stage, trigger: stage.triggers![0]!, text: 'x' }, pupil: samplePupil(), policy, school, from, signer: { role: 'x', name: 'x' }, help, supportOffered: ['x'], date: '2025-01-06' });
}

/**
 * What letter templates can read: the letter view's own fields, with `policy`, `school` and `day`
 * checked against the policy schema itself.
 */
export function letterRootShape(): Shape {
  const schema = loadPolicySchema() as SchemaNode;
  const defs = schema.$defs as Record<string, SchemaNode>;
  const view = sampleLetterView() as unknown as Record<string, unknown>;
  const fields = Object.fromEntries(Object.entries(view).map(([k, v]) => [k, sampleShape(v)]));
  return objectShape({ ...fields, policy: schemaShape(schema), school: schemaShape(schema, defs.school!), day: schemaShape(schema, defs.schoolDay!) });
}

/** What the page around a batch of letters (letters.hbs) can read. */
export const LETTERS_DOCUMENT_SHAPE: Shape = objectShape({ title: LEAF, letters: listShape(LEAF), css: LEAF, pageCss: LEAF, draft: LEAF, cspMeta: LEAF });

/** The policy page is given `{ view, css, cspMeta }` by the render pipeline (src/render/html.ts). */
const POLICY_PAGE_ROOT = ['view', 'css', 'cspMeta'];

/**
 * Every field name policy templates may use: the schema's, the policy view model's (built from a
 * policy that fills every schema field), the letter view's and the pupil columns.
 */
export function knownFieldNames(): Set<string> {
  const schema = loadPolicySchema() as SchemaNode;
  const names = new Set<string>([...POLICY_PAGE_ROOT, 'length', ...PUPIL_COLUMNS.map((c) => c.name)]);
  collectSchemaNames(schema, names);
  collectKeys(buildPolicyView(sampleLoadedPolicy(schema)), names);
  collectKeys(sampleLetterView(), names);
  return names;
}

function collectSchemaNames(node: unknown, into: Set<string>): void {
  if (!node || typeof node !== 'object') return;
  const props = (node as SchemaNode).properties;
  if (props && typeof props === 'object') for (const k of Object.keys(props)) into.add(k);
  for (const v of Object.values(node)) collectSchemaNames(v, into);
}

function collectKeys(value: unknown, into: Set<string>, depth = 0): void {
  if (!value || typeof value !== 'object' || depth > 30) return;
  if (!Array.isArray(value)) for (const k of Object.keys(value)) into.add(k);
  for (const v of Object.values(value)) collectKeys(v, into, depth + 1);
}

/** A policy with every field the schema defines set to an example value, so every part of the view is built. */
function sampleLoadedPolicy(schema: SchemaNode): LoadedPolicy {
  const data = sampleFromSchema(schema, schema, 0) as Policy;
  for (const s of data.schools ?? []) delete s.logo;
  return { file: path.join(tmpdir(), 'policywright-sample-policy.yaml'), chain: [], data, origins: new Map(), sources: new Map(), diagnostics: [] };
}

function sampleFromSchema(root: SchemaNode, node: SchemaNode, depth: number): unknown {
  const n = deref(root, node);
  if (depth > 12) return undefined;
  if (n.properties) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(n.properties as Record<string, SchemaNode>)) {
      if (k === '$schema' || k === 'extends') continue;
      out[k] = sampleFromSchema(root, v, depth + 1);
    }
    return out;
  }
  if (n.type === 'array') return [sampleFromSchema(root, (n.items as SchemaNode) ?? {}, depth + 1)];
  if (Array.isArray(n.examples) && n.examples.length) return n.examples[0];
  if (Array.isArray(n.enum) && n.enum.length) return n.enum[0];
  return n.type === 'boolean' ? true : n.type === 'number' || n.type === 'integer' ? 1 : 'Example';
}
