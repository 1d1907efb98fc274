/** A file-system error in words ("no such file"), without a stack or the file's contents. */
export function readProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return (
    {
      ENOENT: 'there is no such file or folder',
      EACCES: 'permission denied',
      EISDIR: 'it is a folder, not a file',
      ENOTDIR: 'a part of the path is not a folder',
      EEXIST: 'a file is in the way',
    }[code ?? ''] ??
    code ??
    (e as Error).message
  );
}
