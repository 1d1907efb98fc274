import { existsSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { collectPolicyFiles } from '../core/files.js';
import { withBrowser } from './browser.js';
import { buildPolicies, type BuildOptions, type BuildResult } from './build-policies.js';

export interface WatchOptions extends Omit<BuildOptions, 'pool' | 'skip'> {
  /** Stop watching (and close the browser) when this is aborted. */
  signal: AbortSignal;
  /** Wait this long after the last save before rebuilding (editors often write a file twice). */
  debounceMs?: number;
  /** Called after the first build and after each rebuild, with the files that changed. */
  onBuild: (result: BuildResult, changed: string[]) => void;
}

/** Build, then rebuild the policies affected each time a policy file (or a trust base) is saved. One browser throughout. */
export async function watchPolicies(paths: string[], options: WatchOptions): Promise<void> {
  const { signal, debounceMs = 250, onBuild, ...buildOptions } = options;
  await withBrowser(async (pool) => {
    /** For each policy, the files it is made from (itself and what it extends). */
    const chains = new Map<string, string[]>();
    const bases = new Set<string>();
    const watchers = new Map<string, FSWatcher>();
    const pending = new Set<string>();
    let timer: NodeJS.Timeout | undefined;
    // Builds run one after another; a save during a build is handled after it.
    let building: Promise<void> = Promise.resolve();

    const remember = (r: BuildResult) => {
      for (const d of [...r.built, ...r.failed])
        chains.set(
          path.resolve(d.file),
          d.chain.map((f) => path.resolve(f)),
        );
      for (const s of r.skipped) bases.add(path.resolve(s.file));
      watchFolders();
    };

    const rebuild = async () => {
      const changed = [...pending];
      pending.clear();
      if (!changed.length || signal.aborted) return;
      const known = collectPolicyFiles(paths.filter((p) => existsSync(p))).map((f) => path.resolve(f));
      const targets = known.filter((f) => !bases.has(f) && (!chains.has(f) || chains.get(f)!.some((c) => changed.includes(c))));
      if (!targets.length) return;
      const result = await buildPolicies(targets, { ...buildOptions, pool, skip: bases });
      remember(result);
      onBuild(result, changed);
    };

    const onChange = (dir: string) => (_event: string, name: string | Buffer | null) => {
      if (!name || !/\.ya?ml$/i.test(String(name))) return;
      pending.add(path.resolve(dir, String(name)));
      clearTimeout(timer);
      timer = setTimeout(() => {
        building = building.then(rebuild).catch(() => undefined);
      }, debounceMs);
    };

    // Folders rather than files: editors often save by replacing the file, which ends a file watch.
    function watchFolders(): void {
      const dirs = new Map<string, boolean>();
      for (const p of paths) {
        const isDir = existsSync(p) && statSync(p).isDirectory();
        dirs.set(path.resolve(isDir ? p : path.dirname(p)), isDir);
      }
      for (const chain of chains.values()) for (const f of chain) if (!dirs.has(path.dirname(f))) dirs.set(path.dirname(f), false);
      for (const [dir, recursive] of dirs) {
        if (!watchers.has(dir) && existsSync(dir)) watchers.set(dir, watch(dir, { recursive }, onChange(dir)));
      }
    }

    watchFolders();
    building = (async () => {
      const first = await buildPolicies(paths, { ...buildOptions, pool });
      remember(first);
      onBuild(first, []);
    })();
    await building;

    await new Promise<void>((resolve) => {
      if (signal.aborted) resolve();
      else signal.addEventListener('abort', () => resolve(), { once: true });
    });
    clearTimeout(timer);
    for (const w of watchers.values()) w.close();
    await building;
  }, buildOptions.browser);
}
