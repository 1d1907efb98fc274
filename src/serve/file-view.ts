import path from 'node:path';
import { parse } from 'yaml';
import { loadPolicy } from '../load/load-policy.js';
import type { Policy } from '../types/policy.js';
import { policyName } from './policy-name.js';
import type { Project } from './project.js';

/**
 * What the editor needs to show inherited values: the merged policy of the file this one extends
 * (its whole chain), which file that is, and its name (the trust's) to show people. A trust base
 * itself inherits nothing.
 */
export function baseOf(file: string, text: string, project: Project): { data: unknown; file: string; name: string } | undefined {
  let own: { extends?: unknown };
  try {
    own = (parse(text, { version: '1.2' }) ?? {}) as { extends?: unknown };
  } catch {
    return undefined;
  }
  if (typeof own.extends !== 'string') return undefined;
  const target = path.resolve(path.dirname(file), own.extends);
  if (!project.contains(target)) return undefined;
  const loaded = loadPolicy(target, { projectRoot: project.root });
  if (loaded.diagnostics.some((d) => d.severity === 'error')) return undefined;
  return { data: loaded.data, file: project.relative(target), name: policyName(loaded.data, target).name };
}

const SKIP = new Set(['sections', 'changes', 'extends', '$schema']);

/**
 * Every value prose can show with {{…}}: dotted paths as `resolveDataRef` reads them, `school.…` for
 * the school being described. Lists are named by id where their items have one.
 */
export function dataReferences(policy: Policy): Array<{ path: string; value: string }> {
  const out: Array<{ path: string; value: string }> = [];
  const walk = (v: unknown, p: string) => {
    if (out.length >= 600) return;
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
        walk(item, `${p}.${typeof id === 'string' ? id : i}`);
      });
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) if (!SKIP.has(k)) walk(x, p ? `${p}.${k}` : k);
    } else if (v !== null && v !== undefined && p) {
      out.push({ path: p, value: String(v) });
    }
  };
  const { schools, ...rest } = policy;
  if (schools?.[0]) walk(schools[0], 'school');
  walk(rest, '');
  return out;
}
