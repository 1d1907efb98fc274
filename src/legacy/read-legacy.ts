import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/diagnostics.js';
import type { LegacyDocument } from './document.js';
import { readDocx } from './read-docx.js';
import { readHtml } from './read-html.js';
import { readMarkdown } from './read-markdown.js';
import { readPlainText } from './read-text.js';
import { checkTextLength } from './text-limit.js';
import { MAX_DOCX_BYTES, MAX_TEXT_BYTES } from './limits.js';

export { MAX_DOCX_BYTES, MAX_TEXT_BYTES };

export const LEGACY_EXTENSIONS = ['.docx', '.md', '.markdown', '.html', '.htm', '.txt', '.text'] as const;

/** Read a Word, Markdown, HTML or plain-text policy. Problems become a UserError (exit 2), never a crash. */
export async function readLegacyDocument(file: string): Promise<LegacyDocument> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.doc' || ext === '.rtf' || ext === '.odt' || ext === '.pdf') {
    throw new UserError(`${file}: ${ext} files cannot be read. Open it and save it as Word (.docx), or copy the text into a .txt file.`);
  }
  if (!(LEGACY_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new UserError(`${file}: unknown kind of document. Give a .docx, .md, .html or .txt file.`);
  }
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new UserError(`${file} is a folder; give a document file.`);
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${file}: no such file.`);
  }
  const limit = ext === '.docx' ? MAX_DOCX_BYTES : MAX_TEXT_BYTES;
  if (size > limit) {
    throw new UserError(
      `${file} is ${(size / 1024 / 1024).toFixed(1)} MB; policywright reads documents of at most ${limit / 1024 / 1024} MB (${ext === '.docx' ? 'Word' : 'text'} files). Check that this is the policy.`,
    );
  }
  if (size === 0) throw new UserError(`${file} is empty.`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new UserError(`${file} could not be read (${(e as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
  }
  const doc = ext === '.docx' ? await readDocx(file, bytes) : readTextFormat(file, ext, checkedText(file, decodeText(file, bytes)));
  if (!doc.nodes.length) throw new UserError(`${file} has no text in it.`);
  return doc;
}

function checkedText(file: string, text: string): string {
  checkTextLength(file, text);
  return text;
}

function readTextFormat(file: string, ext: string, text: string): LegacyDocument {
  try {
    if (ext === '.md' || ext === '.markdown') return readMarkdown(file, text);
    if (ext === '.html' || ext === '.htm') return readHtml(file, text);
    return readPlainText(file, text);
  } catch (e) {
    // The parsers walk the tree by recursion: a file nested thousands of levels deep is not a policy.
    if (e instanceof RangeError)
      throw new UserError(
        `${file}: its ${ext === '.txt' || ext === '.text' ? 'text' : 'markup'} is nested too deeply to read. Save the policy as plain text or Word and try again.`,
      );
    throw e;
  }
}

/** UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 as older Word exports are. */
export function decodeText(file: string, bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 64 * 1024);
  if (sample.includes(0))
    throw new UserError(`${file} is not a text file (it contains binary data). Give a .docx, .md, .html or .txt file.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}
