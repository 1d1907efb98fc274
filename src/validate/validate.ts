import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Diagnostic, Position } from '../core/diagnostics.js';
import type { LoadedPolicy } from '../load/load-policy.js';
import { pointerJoin, type ValueOrigin } from '../load/tree.js';
import { explainError } from './messages.js';
import { policyValidator } from './policy-validator.js';
import { checkDataReferences } from './references.js';

const SEXAGESIMAL = /^\d{1,2}:\d{2}(:\d{2})?$/;

/** Schema errors of a loaded policy, each placed at the file, line and column that set the value. */
export function validatePolicy(policy: LoadedPolicy): Diagnostic[] {
  const out: Diagnostic[] = [];
  const validate = policyValidator();
  const reported = new Set<string>();
  const shapeKnown = validate(policy.data);
  if (!shapeKnown) {
    for (const err of dedupe(validate.errors ?? [])) {
      const explained = explainError(err, policy.data);
      const pointer = explained.atKey ? pointerJoin(err.instancePath, explained.atKey) : err.instancePath;
      const origin = policy.origins.get(pointer) ?? nearestOrigin(policy.origins, pointer);
      const at: Position =
        explained.atKey && origin?.key ? origin.key : (origin ?? { file: policy.file, line: 1, column: 1, endLine: 1, endColumn: 1 });
      reported.add(err.instancePath);
      out.push(diagnostic(at, explained.message, explained.hint));
    }
  }
  // YAML 1.2 reads an unquoted 13:30 as text, but YAML 1.1 tools (and older editors) read it as 810.
  for (const { pointer, value } of timeLikeStrings(policy.data)) {
    const origin = policy.origins.get(pointer);
    if (origin?.plain && !reported.has(pointer)) {
      out.push(
        diagnostic(
          origin,
          `The time ${value} is not in quotes. Some YAML readers take an unquoted ${value} as the number ${sexagesimal(value)}.`,
          `Write it in quotes: "${value}".`,
        ),
      );
    }
  }
  // The references are looked up in the data as the schema describes it: only once the data has that shape.
  if (shapeKnown) out.push(...checkDataReferences(policy));
  return out;
}

function diagnostic(at: Position, message: string, hint: string | undefined): Diagnostic {
  return {
    ruleId: 'schema',
    severity: 'error',
    file: at.file,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    message,
    ...(hint ? { hint } : {}),
  };
}

/** Strings that look like a time (13:30), with their pointers: one walk of the data (a pointer is made only for those). */
function timeLikeStrings(data: unknown): Array<{ pointer: string; value: string }> {
  const found: Array<{ pointer: string; value: string }> = [];
  const path: Array<string | number> = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (SEXAGESIMAL.test(v)) found.push({ pointer: path.reduce<string>(pointerJoin, ''), value: v });
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(v[i]);
        path.pop();
      }
    } else if (v !== null && typeof v === 'object') {
      // for…in over own keys: no array of entries made for each of a policy's hundreds of objects.
      for (const k in v) {
        if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
        path.push(k);
        walk((v as Record<string, unknown>)[k]);
        path.pop();
      }
    }
  };
  walk(data);
  return found;
}

function sexagesimal(v: string): number {
  return v.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
}

/** With allErrors a single bad value can fail several keywords; keep the most useful one per place. */
function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Map<string, ErrorObject>();
  const rank = (e: ErrorObject) => ['type', 'additionalProperties', 'required', 'enum', 'pattern', 'format'].indexOf(e.keyword) >>> 0;
  for (const e of errors) {
    const key =
      e.keyword === 'additionalProperties' || e.keyword === 'required'
        ? `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`
        : e.instancePath;
    const prev = seen.get(key);
    if (!prev || rank(e) < rank(prev)) seen.set(key, e);
  }
  return [...seen.values()];
}

export function valueAt(data: unknown, pointer: string): unknown {
  let cur: unknown = data;
  const segments = pointer.split('/');
  for (let i = 1; i < segments.length; i++) {
    const seg = segments[i]!;
    const key = seg.includes('~') ? seg.replace(/~1/g, '/').replace(/~0/g, '~') : seg;
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

export function nearestOrigin(origins: ReadonlyMap<string, ValueOrigin>, pointer: string): ValueOrigin | undefined {
  let p = pointer;
  while (p) {
    const o = origins.get(p);
    if (o) return o;
    p = p.slice(0, p.lastIndexOf('/'));
  }
  return origins.get('');
}
