import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files that mark a project folder, in the order they are looked for in each folder. */
export const ROOT_MARKERS = ['policywright.config.yaml', 'package.json', '.git'] as const;

export interface ProjectRoot {
  dir: string;
  /** The marker found there; absent when none was found above the file (then `dir` is the file's own folder). */
  marker?: (typeof ROOT_MARKERS)[number];
}

/**
 * The project folder of a policy: the nearest folder at or above the file's folder that holds
 * `policywright.config.yaml`, `package.json` or `.git`; the file's own folder when there is none.
 * A policy may only extend files inside it, and configuration is looked up only inside it.
 */
export function projectRootOf(file: string): ProjectRoot {
  const own = path.dirname(path.resolve(file));
  for (let dir = own; ;) {
    const marker = ROOT_MARKERS.find((m) => existsSync(path.join(dir, m)));
    if (marker) return { dir, marker };
    const up = path.dirname(dir);
    if (up === dir) return { dir: own };
    dir = up;
  }
}

export function findProjectRoot(file: string): string {
  return projectRootOf(file).dir;
}

/**
 * The project folder for a folder someone named (`compare DIR`, `report DIR`, `serve DIR`): the
 * nearest folder at or above it holding a marker, else the named folder itself. A trust folder
 * copied from an email (no marker) is then one project, so its schools can extend its trust base.
 */
export function folderProjectRoot(dir: string): string {
  const found = projectRootOf(path.join(dir, 'policy.yaml'));
  return found.marker ? found.dir : path.resolve(dir);
}

/**
 * The one project folder for the paths given to a command: a folder's as `folderProjectRoot` finds it,
 * a file's as `projectRootOf` does. Undefined when they differ (or a path does not exist): then each
 * policy keeps its own.
 */
export function pathsProjectRoot(paths: string[]): string | undefined {
  const roots = new Set<string>();
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      return undefined;
    }
    roots.add(isDir ? folderProjectRoot(p) : findProjectRoot(p));
  }
  return roots.size === 1 ? [...roots][0] : undefined;
}

/** For functions that load policies: the project folder to use for every one of them, found once by the caller. */
export interface ProjectRootOption {
  /** Folder that `extends`, logos and configuration may not leave. Default: each policy's own (see projectRootOf). */
  projectRoot?: string;
}

/** How the project folder is found and how to mark it, for messages. */
export function explainProjectRoot(root: ProjectRoot): string {
  const found = root.marker
    ? `It is ${root.dir}, the nearest folder holding ${root.marker}.`
    : `No folder above holds one, so it is the policy's own folder, ${root.dir}.`;
  return `The project folder is the nearest folder, from the policy's upwards, that holds policywright.config.yaml, package.json or .git. ${found} To share a trust base between schools, put a policywright.config.yaml (it can hold just \`rules: {}\`) in the folder that holds the trust base and the schools' files; \`policywright init --trust NAME\` writes one.`;
}
