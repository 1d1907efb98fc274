import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { collectPolicyFiles } from '../core/files.js';

/** Raised for a request the server refuses; `status` is the HTTP status to answer with. */
export class RequestError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413 | 422,
    message: string,
  ) {
    super(message);
  }
}

/** The folder the app works on. Every path a browser names is checked against its real path. */
export class Project {
  readonly root: string;

  constructor(dir: string) {
    this.root = realpathSync(path.resolve(dir));
  }

  /**
   * The real path of a policy file named relative to the project folder. Refuses absolute paths,
   * `..`, anything that is not a regular .yaml/.yml file, and links that lead outside the folder.
   */
  policyFile(rel: unknown): string {
    if (typeof rel !== 'string' || rel === '' || rel.includes('\0')) throw new RequestError(400, 'No policy file was named.');
    if (path.isAbsolute(rel) || rel.split(/[\\/]/).includes('..')) throw new RequestError(403, `"${rel}" is outside the project folder.`);
    if (!/\.ya?ml$/i.test(rel)) throw new RequestError(403, `"${rel}" is not a policy file (a policy file ends in .yaml).`);
    let real: string;
    try {
      real = realpathSync(path.join(this.root, rel));
    } catch {
      throw new RequestError(404, `There is no policy file "${rel}" in the project folder.`);
    }
    if (!this.contains(real)) throw new RequestError(403, `"${rel}" leads outside the project folder.`);
    if (!statSync(real).isFile()) throw new RequestError(403, `"${rel}" is not a file.`);
    return real;
  }

  contains(real: string): boolean {
    const r = path.relative(this.root, real);
    return r !== '' && !r.startsWith('..') && !path.isAbsolute(r);
  }

  /** The name the browser uses for a file: its path inside the project, with forward slashes. */
  relative(file: string): string {
    return path.relative(this.root, file).split(path.sep).join('/');
  }

  /** Every policy file in the folder whose real path stays inside it. */
  policyFiles(): string[] {
    const out: string[] = [];
    for (const f of collectPolicyFiles([this.root])) {
      try {
        const real = realpathSync(f);
        if (this.contains(real) && statSync(real).isFile()) out.push(real);
      } catch {
        // A broken link is not a policy.
      }
    }
    return [...new Set(out)];
  }
}
