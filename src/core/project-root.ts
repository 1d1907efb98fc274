import { existsSync } from 'node:fs';
import path from 'node:path';

/** What marks the top folder of a policy project. */
export const ROOT_MARKERS = ['policywright.config.yaml', 'package.json', '.git'];

/**
 * The project a file belongs to: the nearest folder at or above it holding `policywright.config.yaml`,
 * `package.json` or `.git`; else the file's own folder. Nothing above this folder is read: not a
 * trust base, logo or configuration.
 */
export function findProjectRoot(file: string): string {
  let dir = path.dirname(path.resolve(file));
  for (;;) {
    if (ROOT_MARKERS.some((m) => existsSync(path.join(dir, m)))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return path.dirname(path.resolve(file));
    dir = up;
  }
}
