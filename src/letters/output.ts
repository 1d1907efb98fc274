import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../core/atomic-write.js';
import { UserError } from '../core/diagnostics.js';
import { readProblem } from './fs-problem.js';
import { trimHyphens } from '../core/slug.js';

/** out/letters/<school>/<date>/, relative to where the command runs. */
export function defaultOutDir(schoolId: string, date: string): string {
  return path.join('out', 'letters', fileSafe(schoolId), date);
}

/** A name that is safe as one file name, whatever a policy or a pupil file put in it. */
export function fileSafe(name: string): string {
  return trimHyphens(name.toLowerCase().replace(/[^a-z0-9-]+/g, '-')).slice(0, 80) || 'letter';
}

/**
 * The folder letters go in. Letters hold personal data, so a new folder is readable by its owner
 * only, and nothing is ever written outside it.
 */
export class LetterFolder {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = path.resolve(dir);
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    } catch (e) {
      throw new UserError(`The output folder ${dir} cannot be made: ${readProblem(e)}.`);
    }
  }

  /** Write one file, atomically, at a path inside the folder. Returns the full path. */
  write(relative: string, data: string | Uint8Array): string {
    const file = path.resolve(this.dir, relative);
    const rel = path.relative(this.dir, file);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) throw new Error(`Refused to write ${relative} outside ${this.dir}.`);
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileAtomic(file, data);
    return file;
  }
}
