import { existsSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { collectPolicyFiles, isInside } from '../core/files.js';
import path from 'node:path';
import { closest } from 'fastest-levenshtein';
import type { Position, Severity } from '../core/diagnostics.js';
import { UserError } from '../core/diagnostics.js';
import { loadPolicy } from '../load/load-policy.js';
import { findProjectRoot } from '../core/project-root.js';
import { allRules } from './registry.js';

export interface RuleException {
  rule: string;
  school?: string;
  reason: string;
  approvedBy: string;
  until: string;
  position: Position;
}

export interface LintConfig {
  file?: string;
  severity: Map<string, Severity | 'off'>;
  exceptions: RuleException[];
}

export const CONFIG_FILE = 'policywright.config.yaml';

/**
 * The policywright.config.yaml of the project `from` belongs to. The search stops at the project root
 * (see findProjectRoot), so a config in a shared parent folder never switches rules off. Given the
 * project folder a run uses (`projectRoot`), a config above it is not used either.
 */
export function findConfig(from: string, projectRoot?: string): string | undefined {
  const candidate = path.join(findProjectRoot(from), CONFIG_FILE);
  if (projectRoot && !isInside(path.resolve(projectRoot), candidate)) return undefined;
  return existsSync(candidate) ? candidate : undefined;
}

const SEVERITIES = ['error', 'warning', 'info', 'off'];

/** The `id` of every school in the policies in `dir` and its folders (an exception's `school` must be one). */
function schoolIdsUnder(dir: string): string[] {
  const ids = new Set<string>();
  for (const f of collectPolicyFiles([dir])) {
    let doc;
    try {
      doc = parseDocument(readFileSync(f, 'utf8'));
    } catch {
      continue;
    }
    const schools = doc.toJS()?.schools;
    if (Array.isArray(schools)) for (const s of schools) if (typeof s?.id === 'string') ids.add(s.id);
  }
  return [...ids].sort();
}

/** Read a config file; anything wrong in it stops the run (exit 2) with the line to fix. */
export function readConfig(file: string | undefined): LintConfig {
  const config: LintConfig = { severity: new Map(), exceptions: [] };
  if (!file) return config;
  if (!existsSync(file)) throw new UserError(`The config file ${file} does not exist.`);
  // Reuse the policy loader for positions; the config is not a policy, so only its tree is used.
  const loaded = loadPolicy(file);
  const broken = loaded.diagnostics.find((d) => d.severity === 'error');
  if (broken) throw new UserError(broken.message, broken);
  config.file = file;
  const data = loaded.data as unknown as { rules?: Record<string, unknown>; exceptions?: Array<Record<string, unknown>> };
  const ids = allRules().map((r) => r.meta.id);
  const at = (pointer: string): Position => loaded.origins.get(pointer) ?? { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  const checkId = (id: string, pointer: string) => {
    if (!ids.includes(id))
      throw new UserError(`Unknown rule "${id}" in the config.${ids.length ? ` Did you mean "${closest(id, ids)}"?` : ''}`, at(pointer));
  };
  let schools: string[] | undefined;
  const checkSchool = (id: string, pointer: string) => {
    schools ??= schoolIdsUnder(path.dirname(path.resolve(file)));
    if (schools.includes(id)) return;
    const suggestion = schools.length ? ` Did you mean "${closest(id, schools)}"?` : '';
    throw new UserError(
      `Unknown school "${id}" in the config: no policy in ${path.dirname(file)} or its folders has a school with that id.${suggestion} Use the \`id\` under \`schools:\` in the policy.`,
      at(pointer),
    );
  };
  for (const key of Object.keys(data)) {
    if (key !== 'rules' && key !== 'exceptions')
      throw new UserError(`Unknown setting "${key}" in the config. Use \`rules:\` or \`exceptions:\`.`, at(`/${key}`));
  }
  for (const [id, sev] of Object.entries(data.rules ?? {})) {
    checkId(id, `/rules/${id}`);
    if (typeof sev !== 'string' || !SEVERITIES.includes(sev))
      throw new UserError(`The severity of ${id} must be one of ${SEVERITIES.join(', ')}.`, at(`/rules/${id}`));
    config.severity.set(id, sev as Severity | 'off');
  }
  (data.exceptions ?? []).forEach((e, i) => {
    const p = `/exceptions/${i}`;
    for (const field of ['rule', 'reason', 'approved_by', 'until']) {
      if (typeof e[field] !== 'string' || !String(e[field]).trim())
        throw new UserError(`Exception ${i + 1} needs \`${field}\` (rule, reason, approved_by and until are all required).`, at(p));
    }
    checkId(String(e.rule), `${p}/rule`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(String(e.until))) throw new UserError(`\`until\` must be a date written YYYY-MM-DD.`, at(`${p}/until`));
    if (typeof e.school === 'string') checkSchool(e.school, `${p}/school`);
    config.exceptions.push({
      rule: String(e.rule),
      ...(typeof e.school === 'string' ? { school: e.school } : {}),
      reason: String(e.reason),
      approvedBy: String(e.approved_by),
      until: String(e.until),
      position: at(p),
    });
  });
  return config;
}
