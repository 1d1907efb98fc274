import { closeSync, fsyncSync, linkSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { UserError } from './diagnostics.js';

/**
 * Write a file so that readers see the old content or the whole new content, never a part:
 * write a temporary file beside it, flush it, then rename it over the target.
 * With `exclusive`, fail instead of replacing an existing file (the final step is a hard link,
 * which refuses to replace, so two writers cannot both win).
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, options: { exclusive?: boolean } = {}): void {
  const dir = path.dirname(path.resolve(file));
  removeStaleTemporaries(dir, path.basename(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  const fd = openSync(tmp, 'wx', 0o644);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    if (options.exclusive) {
      try {
        linkSync(tmp, file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new UserError(`${file} already exists; it was not changed.`);
        throw e;
      }
    } else {
      renameSync(tmp, file);
    }
  } finally {
    rmSync(tmp, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A process killed mid-write leaves its temporary file behind; the next write of that file removes it. */
export function removeStaleTemporaries(dir: string, base: string): void {
  const prefix = `.${base}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !isAlive(pid)) rmSync(path.join(dir, name), { force: true });
  }
}
