import path from 'node:path';
import { findProjectRoot } from '../load/load-policy.js';

/** A file's path from the project root, with forward slashes, so the export does not depend on where it ran. */
export function projectRelative(file: string, root: string): string {
  const rel = path.relative(root, path.resolve(file));
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : path.basename(file)).split(path.sep).join('/');
}

export function rootOf(file: string): string {
  return findProjectRoot(file);
}
