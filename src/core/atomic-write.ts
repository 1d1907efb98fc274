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

/**
 * A process killed mid-write leaves its temporary file (`.<name>.<pid>.<random>.tmp`) behind.
 * Remove those of `base` (or of every file in `dir`) whose process has gone.
 */
export function removeStaleTemporaries(dir: string, base?: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^\.(.+)\.(\d+)\.[a-z0-9]+\.tmp$/.exec(name);
    if (!m || (base !== undefined && m[1] !== base)) continue;
    const pid = Number(m[2]);
    if (pid !== process.pid && !isAlive(pid)) rmSync(path.join(dir, name), { force: true });
  }
}
