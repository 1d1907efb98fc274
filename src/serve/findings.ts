import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import { findingText, type Diagnostic } from '../core/diagnostics.js';
import type { FoundDiagnostic } from '../lint/context.js';
import { findRule } from '../lint/registry.js';
import { ruleTitle } from '../lint/rule-title.js';
import type { Project } from './project.js';
import type { FindingView } from './finding-view.js';

export type { FindingView } from './finding-view.js';

/** Names a finding across checks: where it is reported and, for a fix, the value it changes. */
export function findingKey(d: Diagnostic | FoundDiagnostic): string {
  const at = (d as FoundDiagnostic).fixAt;
  return `${d.ruleId}|${d.file}|${d.line}|${d.column}|${at ? `${at.line}:${at.column}` : ''}`;
}

/**
 * The findings as the browser shows them. `text`: the file's text as the form holds it, so a finding
 * in this file can name the form field it is about.
 */
export function findingViews(
  diagnostics: Array<Diagnostic | FoundDiagnostic>,
  file: string,
  project: Project,
  text?: string,
): FindingView[] {
  const places = text === undefined ? undefined : placesIn(text);
  return diagnostics.map((d) => {
    const meta = d.ruleId && d.ruleId !== 'schema' && d.ruleId !== 'io' ? findRule(d.ruleId)?.meta : undefined;
    const found = d as FoundDiagnostic;
    const view: FindingView = {
      key: findingKey(d),
      ruleId: d.ruleId ?? '',
      severity: d.severity,
      message: findingText(d),
      ...(d.messageId ? { messageId: d.messageId } : {}),
      ...(d.data ? { data: d.data } : {}),
      ...(d.quote !== undefined ? { quote: d.quote } : {}),
      ...(d.value !== undefined ? { value: d.value } : {}),
      ...(d.school ? { school: d.school } : {}),
      where: `${project.contains(d.file) ? project.relative(d.file) : d.file}, line ${d.line}`,
      inThisFile: d.file === file,
    };
    if (d.hint) view.hint = d.hint;
    const field = d.file === file ? places?.(d.line, d.column) : undefined;
    if (field) view.field = field;
    if (meta) Object.assign(view, { title: ruleTitle(meta), explanation: meta.explanation, governorQuestion: meta.governorQuestion });
    if (d.excepted) view.excepted = `Accepted by ${d.excepted.approvedBy} until ${d.excepted.until}: ${d.excepted.reason}`;
    if (found.fix && found.fixAt && !d.excepted) {
      const fix = found.fix;
      const change = 'value' in fix ? `Set the value to ${String(fix.value)}` : `Replace “${fix.replace.from}” with “${fix.replace.to}”`;
      const here = found.fixAt.file === file;
      view.fix = here
        ? { change, here }
        : { change, here, otherFile: project.contains(found.fixAt.file) ? project.relative(found.fixAt.file) : found.fixAt.file };
    }
    return view;
  });
}

/** The path (keys and list positions) of the value written at line:column of `text`. */
export function pathAt(text: string, line: number, column: number): Array<string | number> | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { version: '1.2', lineCounter });
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return undefined;
    offset = next + 1;
  }
  offset += column - 1;
  let found: Array<string | number> | undefined;
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (found || key === 'key' || !node.range || node.range[0] !== offset) return;
      const p: Array<string | number> = [];
      let prev: unknown = node;
      for (let i = ancestors.length - 1; i >= 0; i--) {
        const a = ancestors[i] as { key?: unknown; value?: unknown; items?: unknown[] };
        if (a && 'key' in a && 'value' in a && a.value === prev) {
          p.unshift(isScalar(a.key) ? String(a.key.value) : String(a.key));
        } else if (isSeq(a)) {
          const idx = a.items.indexOf(prev as never);
          if (idx >= 0) p.unshift(idx);
        }
        prev = a;
      }
      found = p;
      return visit.BREAK;
    },
  });
  return found;
}

/** The form's data with one safe fix applied at `at` (a path found by `pathAt`). */
export function applyFixToData(data: unknown, at: Array<string | number>, fix: NonNullable<FoundDiagnostic['fix']>): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let parent = copy;
  for (const seg of at.slice(0, -1)) {
    const next = parent[seg];
    if (!next || typeof next !== 'object') return data;
    parent = next as Record<string | number, unknown>;
  }
  const last = at[at.length - 1]!;
  if ('value' in fix) parent[last] = fix.value;
  else if (typeof parent[last] === 'string') parent[last] = (parent[last] as string).split(fix.replace.from).join(fix.replace.to);
  return copy;
}

/**
 * Finds the place in the file's own data (keys and list positions, as the form addresses its fields)
 * written at a line and column: a value, a key (its value's place) or a group. Where a group and its
 * first key start together, the group is meant (a missing field is reported at its group).
 */
export function placesIn(text: string): (line: number, column: number) => Array<string | number> | undefined {
  const doc = parseDocument(text, { version: '1.2' });
  const starts = new Map<number, Array<string | number>>();
  const note = (offset: number | undefined, p: Array<string | number>) => {
    if (offset === undefined) return;
    const had = starts.get(offset);
    if (!had || p.length < had.length) starts.set(offset, p);
  };
  const walk = (node: unknown, p: Array<string | number>) => {
    if (isScalar(node)) return note(node.range?.[0], p);
    if (isMap(node)) {
      note(node.range?.[0], p);
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (isScalar(pair.key)) note(pair.key.range?.[0], [...p, key]);
        walk(pair.value, [...p, key]);
      }
    } else if (isSeq(node)) {
      note(node.range?.[0], p);
      node.items.forEach((item, i) => walk(item, [...p, i]));
    }
  };
  walk(doc.contents, []);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (line, column) => {
    const start = lineStarts[line - 1];
    const found = start === undefined ? undefined : starts.get(start + column - 1);
    return found && found.length ? found : undefined;
  };
}
