import {
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { UserError } from './diagnostics.js';
import { fsProblem } from './fs-problem.js';

/** The file-system calls the writer makes; tests pass their own to stand in for a full disk. */
export interface WriterFs {
  writeSync: (fd: number, data: Uint8Array, offset: number, length: number) => number;
  fsyncSync: (fd: number) => void;
}

export interface AtomicWriteOptions {
  /** Fail instead of replacing an existing file. */
  exclusive?: boolean;
  /** Permissions of a new file (an existing file keeps its own). Default 0o644. */
  mode?: number;
  /** For tests only. */
  fs?: WriterFs;
}

const nodeFs: WriterFs = { writeSync: (fd, data, offset, length) => writeSync(fd, data, offset, length), fsyncSync };

/**
 * Write a file so that readers see the old content or the whole new content, never a part:
 * write a temporary file beside it, check every byte went, flush it, then rename it over the target.
 * A symbolic link is followed, so the real file is replaced and the link stays. An existing file keeps
 * its permissions. Any failure (full disk, a size limit, a read-only disk) is a UserError naming the
 * file, and the old file is left as it was.
 * With `exclusive`, fail instead of replacing an existing file (the final step is a hard link,
 * which refuses to replace, so two writers cannot both win).
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const fs = options.fs ?? nodeFs;
  const target = options.exclusive ? path.resolve(file) : followLinks(file);
  const dir = path.dirname(target);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const existing = options.exclusive ? undefined : statOrUndefined(target);
  if (existing && !existing.isFile())
    throw new UserError(`${file} is not an ordinary file (it is a folder, device or pipe), so it was not replaced.`);
  const failed = (e: unknown): UserError =>
    e instanceof UserError
      ? e
      : new UserError(
          `${file} could not be written: ${fsProblem(e)}. ${existing ? 'The file that was there is unchanged.' : 'Nothing was written.'}`,
        );

  removeStaleTemporaries(dir, path.basename(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, 'wx', existing ? 0o600 : (options.mode ?? 0o644));
  } catch (e) {
    throw failed(e);
  }
  let renamed = false;
  try {
    try {
      if (existing) keepOwnerAndMode(fd, existing);
      writeAll(fs, fd, bytes, file);
      fs.fsyncSync(fd);
      if (fstatSync(fd).size !== bytes.length)
        throw new UserError(
          `${file} could not be written: only part of it reached the disk. ${existing ? 'The file that was there is unchanged.' : 'Nothing was written.'}`,
        );
    } finally {
      closeSync(fd);
    }
    if (options.exclusive) {
      try {
        linkSync(tmp, target);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new UserError(`${file} already exists; it was not changed.`);
        throw e;
      }
    } else {
      renameSync(tmp, target);
      renamed = true;
    }
    syncFolder(dir);
  } catch (e) {
    throw failed(e);
  } finally {
    if (!renamed) rmSync(tmp, { force: true });
  }
}

function writeAll(fs: WriterFs, fd: number, bytes: Uint8Array, file: string): void {
  let offset = 0;
  while (offset < bytes.length) {
    const n = fs.writeSync(fd, bytes, offset, bytes.length - offset);
    // No progress means the disk took nothing more; stop rather than loop.
    if (!(n > 0))
      throw new UserError(
        `${file} could not be written: the disk took only ${offset.toLocaleString('en-GB')} of ${bytes.length.toLocaleString('en-GB')} bytes (it may be full).`,
      );
    offset += n;
  }
}

/** The new file gets the old one's permissions (a private 0600 file stays private) and, where allowed, its owner. */
function keepOwnerAndMode(fd: number, st: Stats): void {
  fchmodSync(fd, st.mode & 0o7777);
  const own = fstatSync(fd);
  if (own.uid !== st.uid || own.gid !== st.gid) {
    try {
      fchownSync(fd, st.uid, st.gid);
    } catch {
      // Only the owner or root may give a file away; the permissions are what matter.
    }
  }
}

/** Where a path finally points, following symbolic links (also a link to a file not yet made). */
export function followLinks(file: string): string {
  let current = path.resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    let st;
    try {
      st = lstatSync(current);
    } catch {
      return current;
    }
    if (!st.isSymbolicLink()) return current;
    current = path.resolve(path.dirname(current), readlinkSync(current));
  }
  throw new UserError(`${file} is a link that goes round in a circle.`);
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** Make the rename itself durable. Some file systems cannot sync a folder; the data is already safe then. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== undefined) closeSync(fd);
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
