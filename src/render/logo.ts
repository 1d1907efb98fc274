import path from 'node:path';
import { FileAccessError, readUserFile } from '../core/files.js';

export interface Logo {
  /** A data: URL, so the page never loads a file. */
  src: string;
  /** The image bytes and size, for the Word document (PNG only). */
  png?: { data: Uint8Array; width: number; height: number };
}

const MAX_BYTES = 2 * 1024 * 1024;

/**
 * Read a school logo given relative to the policy file that names it. Only PNG, JPEG and SVG files
 * inside the project folder are used, checked by their content, so a logo path cannot pull another
 * file (such as /etc/passwd) into the published documents.
 */
export function readLogo(logoPath: string, policyFile: string, projectRoot: string): { logo?: Logo; problem?: string } {
  const file = path.resolve(path.dirname(policyFile), logoPath);
  const rel = path.relative(path.resolve(projectRoot), file);
  if (path.isAbsolute(logoPath) || rel.startsWith('..') || path.isAbsolute(rel))
    return { problem: `the logo ${logoPath} is outside the project folder, so it was left out.` };
  let data: Buffer;
  try {
    data = readUserFile(file, { maxBytes: MAX_BYTES, within: projectRoot });
  } catch (e) {
    if (!(e instanceof FileAccessError)) throw e;
    if (e.reason === 'too-large') return { problem: `the logo ${logoPath} is larger than 2 MB, so it was left out.` };
    if (e.reason === 'outside')
      return { problem: `the logo ${logoPath} is a link to a file outside the project folder, so it was left out.` };
    if (e.reason === 'not-a-file') return { problem: `the logo ${logoPath} is not an ordinary file, so it was left out.` };
    return { problem: `the logo ${logoPath} could not be read, so it was left out.` };
  }
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return {
      logo: {
        src: `data:image/png;base64,${data.toString('base64')}`,
        png: { data, width: data.readUInt32BE(16), height: data.readUInt32BE(20) },
      },
    };
  }
  if (data[0] === 0xff && data[1] === 0xd8) return { logo: { src: `data:image/jpeg;base64,${data.toString('base64')}` } };
  if (startsWithSvg(data.subarray(0, 4096).toString('utf8'))) {
    return { logo: { src: `data:image/svg+xml;base64,${data.toString('base64')}` } };
  }
  return { problem: `the logo ${logoPath} is not a PNG, JPEG or SVG image, so it was left out.` };
}

/** An XML prolog and comments, then `<svg`: read step by step (a single pattern for this backtracks badly). */
function startsWithSvg(head: string): boolean {
  let rest = head.trimStart();
  if (rest.startsWith('<?xml')) {
    const end = rest.indexOf('>');
    if (end < 0) return false;
    rest = rest.slice(end + 1).trimStart();
  }
  while (rest.startsWith('<!--')) {
    const end = rest.indexOf('-->', 4);
    if (end < 0) return false;
    rest = rest.slice(end + 3).trimStart();
  }
  return /^<svg[\s>]/.test(rest);
}
