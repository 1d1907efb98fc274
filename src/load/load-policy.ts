import { existsSync } from 'node:fs';
import { isInside, realPath } from '../core/files.js';
import { explainProjectRoot, projectRootOf } from '../core/project-root.js';
import path from 'node:path';
import type { Diagnostic, Position } from '../core/diagnostics.js';
import type { Policy } from '../types/policy.js';
import { readPolicySource, type ParsedSource } from './source.js';
import { mergeNodes, originOfNode, toPlain, TreeOrigins, type MapNode, type SourceNode, type ValueOrigin } from './tree.js';

export interface LoadedPolicy {
  /** The file that was asked for. */
  file: string;
  /** The files merged, base first, this file last. */
  chain: string[];
  /** Merged data. Only trust it as a `Policy` when `diagnostics` has no errors. */
  data: Policy;
  /** For each JSON pointer into `data`, where it was set. */
  origins: ReadonlyMap<string, ValueOrigin>;
  /** @internal Parsed sources by file (for positions in prose and for `--fix`); the YAML trees are not part of the public API. */
  sources: Map<string, ParsedSource>;
  diagnostics: Diagnostic[];
  /** The project folder it was loaded in: `extends` stayed inside it, and logos and configuration must too. */
  projectRoot: string;
}

export interface LoadOptions {
  /** @internal Parsed files shared between loads in one run, so a trust base used by 1,000 schools is parsed once.
   * Only for a single run: files must not change while it is in use. */
  cache?: Map<string, ParsedSource>;
  /** Folder that `extends` may not leave. Default: the nearest folder above the file holding
   * `policywright.config.yaml`, `package.json` or `.git`, else the file's own folder. */
  projectRoot?: string;
}

export { findProjectRoot } from '../core/project-root.js';

/** Load a policy and everything it extends, merged, with the origin of every value. */
export function loadPolicy(file: string, options: LoadOptions = {}): LoadedPolicy {
  const foundRoot = options.projectRoot ? { dir: path.resolve(options.projectRoot) } : projectRootOf(file);
  const projectRoot = foundRoot.dir;
  const sources = new Map<string, ParsedSource>();
  const diagnostics: Diagnostic[] = [];
  const chain: string[] = [];
  const root = loadChain(file, [], undefined);
  const data = root ? toPlain(root) : {};
  const origins = root ? new TreeOrigins(root) : new Map<string, ValueOrigin>();
  return { file, chain, data: data as Policy, origins, sources, diagnostics, projectRoot };

  function loadChain(current: string, seen: string[], via: Position | undefined): SourceNode | undefined {
    const key = path.resolve(current);
    const parsed = options.cache?.get(key) ?? readPolicySource(current, via ? projectRoot : undefined);
    // Only a file that is extended can be shared: keeping every school's own file would make a long
    // run hold all of them.
    if (via && options.cache && 'text' in parsed) options.cache.set(key, parsed);
    if (!('text' in parsed)) {
      // The file itself could not be read. For an `extends` target, report it at the `extends` line.
      if (via)
        diagnostics.push({
          ...parsed,
          ...via,
          ruleId: 'schema',
          message: `The file this policy extends cannot be used: ${parsed.message}`,
          hint: `Check the path "${path.relative(path.dirname(via.file), current)}" in \`extends\`.`,
        });
      else diagnostics.push(parsed);
      return undefined;
    }
    sources.set(parsed.file, parsed);
    diagnostics.push(...parsed.diagnostics);
    const node = parsed.root as MapNode | undefined;
    if (!node) return undefined;
    const ext = node.entries.get('extends');
    let base: SourceNode | undefined;
    if (ext) {
      const target = ext.kind === 'scalar' && typeof ext.value === 'string' ? ext.value : undefined;
      const where = originOfNode(ext);
      if (!target) {
        diagnostics.push({
          ruleId: 'schema',
          severity: 'error',
          ...where,
          message: '`extends` must be the relative path of another policy file.',
          hint: 'For example: extends: ../trust-base.yaml',
        });
      } else {
        const resolved = path.resolve(path.dirname(current), target);
        const rel = path.relative(projectRoot, resolved);
        const real = realPath(resolved);
        if (path.isAbsolute(target) || rel.startsWith('..') || path.isAbsolute(rel) || !isInside(projectRoot, resolved)) {
          const link = real !== resolved && existsSync(resolved) ? `, through a link to ${real}` : '';
          diagnostics.push({
            ruleId: 'schema',
            severity: 'error',
            ...where,
            message: `\`extends: ${target}\` points outside the project folder (${projectRoot})${link}.`,
            hint: options.projectRoot ? `Keep the trust base inside ${projectRoot}.` : explainProjectRoot(foundRoot),
          });
        } else if (seen.includes(resolved) || resolved === path.resolve(current)) {
          const loop = [...seen, path.resolve(current), resolved].map((f) => path.relative(projectRoot, f)).join(' → ');
          diagnostics.push({
            ruleId: 'schema',
            severity: 'error',
            ...where,
            message: `\`extends\` goes round in a circle: ${loop}.`,
            hint: 'One of these files must stop extending the other.',
          });
        } else {
          base = loadChain(resolved, [...seen, path.resolve(current)], where);
        }
      }
    }
    chain.push(current);
    // `extends` is consumed by loading; it is not part of the merged policy.
    const own: MapNode = { ...node, entries: new Map([...node.entries].filter(([k]) => k !== 'extends')) };
    return base ? mergeNodes(base, own) : own;
  }
}
