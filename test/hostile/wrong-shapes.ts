// Wrong-shaped values (a string where a list belongs, a list where a block belongs, and so on) put
// into a policy, its trust base or a school that extends it, then every library entry point run on
// the result. Each entry point must answer with diagnostics or the project's own error, never crash.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { UserError } from '../../src/core/diagnostics.js';
import { exportRules, serialiseExport } from '../../src/export/index.js';
import { lintFile } from '../../src/lint/engine.js';
import { loadPolicy } from '../../src/load/load-policy.js';
import { planLetters } from '../../src/letters/plan.js';
import { diffPolicyFiles } from '../../src/diff/diff-files.js';
import { formatDiff } from '../../src/diff/format.js';
import { compareFolder } from '../../src/compare/index.js';
import { renderPolicyHtml } from '../../src/render/html.js';
import { policyReport, ReportError } from '../../src/report/build-report.js';
import { renderReportHtml } from '../../src/report/render-html.js';
import { createApp } from '../../src/serve/app.js';
import { Project } from '../../src/serve/project.js';
import { checkPolicyFile } from '../../src/validate/index.js';
import { ROOT, tempProject } from '../helpers.js';

export const AS_OF = '2026-11-26';

/** One of each shape YAML can give: text, a number, a list, a block, an empty value, true. */
export const WRONG_VALUES: unknown[] = ['x', 7, ['x'], { wrong: 1 }, null, true];

/** Top-level keys of the policy schema, and the nested places sampled below them. */
export const TOP_KEYS: string[] = Object.keys(
  (JSON.parse(readFileSync(path.join(ROOT, 'schemas/policy.schema.json'), 'utf8')) as { properties: Record<string, unknown> }).properties,
).filter((k) => k !== 'extends' && k !== '$schema');
const NESTED = [
  'schools',
  'contacts',
  'school_day',
  'registers',
  'thresholds',
  'escalation',
  'legal_measures',
  'sections',
  'references',
  'document',
  'governance',
  'leave_of_absence',
  'codes_in_use',
  'lateness',
];

type Path = Array<string | number>;

/** Every place in `data` (up to `depth` below the top) under one of the sampled keys, and each top-level key. */
export function placesIn(data: Record<string, unknown>, depth = 4): Path[] {
  const out: Path[] = TOP_KEYS.map((k) => [k]);
  const walk = (v: unknown, at: Path) => {
    if (at.length > 1) out.push(at);
    if (at.length > depth) return;
    if (Array.isArray(v)) v.slice(0, 2).forEach((item, i) => walk(item, [...at, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...at, k]);
  };
  for (const key of NESTED) if (key in data) walk(data[key], [key]);
  return out;
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

function setAt(data: unknown, at: Path, value: unknown): unknown {
  if (at.length === 0) return value;
  const [head, ...rest] = at;
  const container = (data && typeof data === 'object' ? data : typeof head === 'number' ? [] : {}) as Record<string | number, unknown>;
  container[head!] = setAt(container[head!], rest, value);
  return container;
}

/** The smallest override that puts `value` at `at` in the merged policy: maps by key, lists with ids by id, other lists whole. */
function minimalOverride(merged: unknown, at: Path, value: unknown): unknown {
  if (at.length === 0) return value;
  const [head, ...rest] = at;
  if (typeof head === 'number' && Array.isArray(merged)) {
    const withIds = merged.every((item) => item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string');
    const item = merged[head];
    if (withIds && rest.length > 0) return [{ id: (item as { id: string }).id, ...(minimalOverride(item, rest, value) as object) }];
    const whole = clone(merged);
    whole[head] = rest.length ? setAt(clone(item), rest, value) : value;
    return whole;
  }
  const inner = merged && typeof merged === 'object' ? (merged as Record<string, unknown>)[String(head)] : undefined;
  return { [String(head)]: minimalOverride(inner, rest, value) };
}

/** The YAML of `text` with `value` at `at` (comments elsewhere kept). */
export function withValue(text: string, at: Path, value: unknown): string {
  const doc = parseDocument(text, { version: '1.2' });
  doc.setIn(at, doc.createNode(value));
  return doc.toString({ lineWidth: 0 });
}

/** A school file that extends the trust base and overrides one place with `value`. */
export function overridingSchool(schoolText: string, merged: Record<string, unknown>, at: Path, value: unknown, minimal: boolean): string {
  const doc = parseDocument(schoolText, { version: '1.2' });
  const key = String(at[0]);
  const own = doc.toJS() as Record<string, unknown>;
  const replacement = minimal
    ? (() => {
        const o = minimalOverride(merged[key], at.slice(1), value);
        // Keep what the school itself already set beside the override.
        return at.length > 1 &&
          own[key] &&
          typeof own[key] === 'object' &&
          !Array.isArray(own[key]) &&
          o &&
          typeof o === 'object' &&
          !Array.isArray(o)
          ? { ...(own[key] as object), ...o }
          : o;
      })()
    : setAt(clone(merged[key]), at.slice(1), value);
  doc.set(key, doc.createNode(replacement));
  return doc.toString({ lineWidth: 0 });
}

export interface ShapeProject {
  dir: string;
  base: string;
  school: string;
  federation: string;
}

/** A project with the bundled trust base, Oakfield extending it, and the federation (which stands alone). */
export function shapeProject(): ShapeProject {
  const dir = tempProject();
  cpSync(path.join(ROOT, 'policies'), path.join(dir, 'policies'), { recursive: true });
  return {
    dir,
    base: path.join(dir, 'policies/trust-base.yaml'),
    school: path.join(dir, 'policies/schools/oakfield-primary.yaml'),
    federation: path.join(dir, 'policies/brook-and-meadow-federation.yaml'),
  };
}

export function mergedData(file: string): Record<string, unknown> {
  return loadPolicy(file).data as unknown as Record<string, unknown>;
}

/** Words no user should see: a crash's message or a hole in a template. */
const BROKEN = /is not a function|Cannot read propert|undefined|is not iterable|\[object Object\]|\bNaN\b|\n\s+at \S+ \(|\n\s+at file:/;

/** What went wrong running every entry point on `file` (empty when each answered properly). */
export async function problemsRunning(project: ShapeProject, file: string, original: string, folderWide = true): Promise<string[]> {
  const problems: string[] = [];
  const step = async (name: string, run: () => unknown): Promise<void> => {
    try {
      const result = await run();
      if (typeof result === 'string' && BROKEN.test(result)) problems.push(`${name}: said ${JSON.stringify(result.match(BROKEN)![0])}`);
    } catch (e) {
      const err = e as Error;
      if (!(err instanceof UserError || err instanceof ReportError)) problems.push(`${name}: threw ${err.name}: ${err.message}`);
      else if (BROKEN.test(err.message)) problems.push(`${name}: said ${err.message}`);
    }
  };
  const said = (name: string, ds: Array<{ message: string; hint?: string; line: number; column: number }>) => {
    for (const d of ds) {
      if (BROKEN.test(`${d.message} ${d.hint ?? ''}`)) problems.push(`${name}: said ${d.message} ${d.hint ?? ''}`);
      if (!(d.line >= 1 && d.column >= 1)) problems.push(`${name}: no place for ${d.message}`);
    }
  };
  let valid = false;
  await step('validate', () => {
    const checked = checkPolicyFile(file);
    said('validate', checked.diagnostics);
    valid = !checked.diagnostics.some((d) => d.severity === 'error');
  });
  await step('lint', () => said('lint', lintFile(file, { asOf: AS_OF }).diagnostics));
  await step('report', () => renderReportHtml(policyReport(file, AS_OF, { projectRoot: project.dir })));
  await step('export', () => {
    const checked = checkPolicyFile(file);
    if (checked.diagnostics.some((d) => d.severity === 'error')) return '';
    return serialiseExport(exportRules(checked.policy, { asOf: AS_OF, includeContacts: true }), 'csv');
  });
  await step('build (HTML)', () => (valid ? renderPolicyHtml(checkPolicyFile(file).policy) : ''));
  await step('diff', () => formatDiff(diffPolicyFiles(original, file), 'text'));
  if (folderWide) await step('compare', () => compareFolder(path.join(project.dir, 'policies'), 'markdown', 'Compare').text.slice(0, 0));
  await step('letters', () =>
    planLetters({
      policyFile: file,
      pupilsFile: path.join(ROOT, 'test/fixtures/pupils/riverbend-sample.csv'),
      date: AS_OF,
      allowErrors: true,
    }).rows.length.toString(),
  );
  const { app } = createApp({ project: new Project(project.dir), token: 't', allowedHosts: new Set(['*']), port: () => 0 });
  const rel = path.relative(project.dir, file).split(path.sep).join('/');
  const ask = async (name: string, url: string, init?: RequestInit) => {
    await step(name, async () => {
      const res = await app.request(`${url}${url.includes('?') ? '&' : '?'}token=t`, {
        ...init,
        headers: { 'content-type': 'application/json', 'X-Policywright-Token': 't', host: 'localhost' },
      });
      const text = await res.text();
      if (res.status >= 500) problems.push(`${name}: answered ${res.status} ${text.slice(0, 200)}`);
      return text;
    });
  };
  await ask('serve check', '/api/check', { method: 'POST', body: JSON.stringify({ file: rel }) });
  await ask('serve policy', `/api/policy?file=${encodeURIComponent(rel)}`);
  if (folderWide) await ask('serve list', '/api/policies');
  await ask('serve governors', `/api/governors?file=${encodeURIComponent(rel)}`);
  if (folderWide) await ask('serve trust', '/api/trust');
  return problems;
}

export function write(file: string, text: string): void {
  writeFileSync(file, text);
}
