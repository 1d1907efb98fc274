/** A file-system error in words a head teacher can act on, without a stack or error code. */
export function fsProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? '';
  const words: Record<string, string> = {
    ENOENT: 'there is no such file or folder',
    EACCES: 'permission denied (ask whoever looks after this computer for write access, or choose another folder)',
    EPERM: 'the operation is not permitted here (ask whoever looks after this computer, or choose another folder)',
    EROFS: 'the disk is read-only (choose a folder on a disk you can write to)',
    ENOSPC: 'the disk is full (free some space, or choose another disk)',
    EDQUOT: 'your disk quota is used up (free some space, or choose another disk)',
    EFBIG: 'the file is larger than this computer allows you to write',
    EIO: 'the disk reported an error while reading or writing',
    EISDIR: 'it is a folder, not a file',
    ENOTDIR: 'a part of the path is not a folder',
    EEXIST: 'a file is already there',
    ELOOP: 'it is a link that goes round in a circle',
    ENAMETOOLONG: 'the name is too long',
    EMFILE: 'too many files are open at once',
    ENXIO: 'it is a device or pipe, not a file',
    EBUSY: 'the file is in use by another program',
  };
  return words[code] ?? (code ? `the system reported ${code}` : ((e as Error | undefined)?.message ?? 'unknown error'));
}
