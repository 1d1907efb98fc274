import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from './diagnostics.js';
import { fsProblem } from './fs-problem.js';

const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);
const CONFIG_NAMES = new Set(['policywright.config.yaml', 'policywright.config.yml']);

/** Expand files and folders into the policy YAML files under them, sorted. */
export function collectPolicyFiles(paths: string[]): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UserError(`${p}: no such file or folder.`);
    }
    if (st.isFile()) out.add(p);
    else if (st.isDirectory()) walk(p);
    else throw new UserError(`${p} is not an ordinary file or folder (it is a device, pipe or socket), so it was not read.`);
  }
  return [...out];

  function walk(dir: string): void {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(full);
      else if (entry.isFile() && /\.ya?ml$/i.test(entry.name) && !CONFIG_NAMES.has(entry.name)) out.add(full);
    }
  }
}

export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

export interface ReadFileOptions {
  /** Largest file accepted, in bytes; checked while reading too, so a growing file or a device cannot get round it. */
  maxBytes: number;
  /** When given, the real file (after following symbolic links) must be inside this folder. */
  within?: string;
}

/** A file that cannot be used: `problem` says why in a phrase, to go after the file's name. */
export class FileAccessError extends UserError {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly reason: 'missing' | 'outside' | 'not-a-file' | 'too-large' | 'unreadable',
  ) {
    super(`${file}: ${problem}`);
    this.name = 'FileAccessError';
  }
}

/** Where a file really is, after symbolic links. */
export function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** Whether the real `file` lies inside the real folder `dir`. */
export function isInside(dir: string, file: string): boolean {
  const rel = path.relative(realPath(dir), realPath(file));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

const MB = (n: number) => `${Number.isInteger(n / 1024 / 1024) ? n / 1024 / 1024 : (n / 1024 / 1024).toFixed(1)} MB`;

/**
 * Read a file the user pointed at. Only an ordinary file is read (not a folder, pipe or device, which
 * could hang or never end), its real path is checked against `within`, and at most `maxBytes` are read.
 */
export function readUserFile(file: string, options: ReadFileOptions): Buffer {
  let real: string;
  try {
    real = realpathSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileAccessError(file, 'no such file.', 'missing');
    throw new FileAccessError(file, `cannot be opened: ${fsProblem(e)}.`, 'unreadable');
  }
  if (options.within !== undefined && !isInside(options.within, real)) {
    throw new FileAccessError(
      file,
      `is outside the project folder (${realPath(options.within)})${real !== path.resolve(file) ? `: it is a link to ${real}` : ''}, so it was not read.`,
      'outside',
    );
  }
  let fd: number;
  try {
    // O_NONBLOCK: opening a pipe must not wait for a writer; the type is checked straight after.
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new FileAccessError(file, `cannot be opened: ${fsProblem(e)}.`, 'unreadable');
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new FileAccessError(file, 'is a folder, not a file.', 'not-a-file');
    if (!st.isFile())
      throw new FileAccessError(file, 'is not an ordinary file (it is a device, pipe or socket), so it was not read.', 'not-a-file');
    if (st.size > options.maxBytes)
      throw new FileAccessError(
        file,
        `is ${MB(st.size)}; at most ${MB(options.maxBytes)} is read. Check that this is the right file.`,
        'too-large',
      );
    const chunks: Buffer[] = [];
    let total = 0;
    // The first read is sized from the file, one byte over to see whether it grew; a file that
    // grows while it is read is read on in 64 KB steps.
    let size = Math.max(st.size + 1, 64 * 1024);
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(size, options.maxBytes + 1 - total));
      size = 64 * 1024;
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        throw new FileAccessError(file, `could not be read: ${fsProblem(e)}.`, 'unreadable');
      }
      if (n === 0) break;
      total += n;
      chunks.push(chunk.subarray(0, n));
      if (total > options.maxBytes)
        throw new FileAccessError(
          file,
          `is larger than ${MB(options.maxBytes)}, the most that is read. Check that this is the right file.`,
          'too-large',
        );
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}
