import chardet from 'chardet';
import iconv from 'iconv-lite';
import { UserError } from '../core/diagnostics.js';

/**
 * Pupil files come from Excel and school systems in several encodings: UTF-8 (with or without a
 * byte order mark), UTF-16 ("Unicode text"), and Windows-1252 (Excel's plain "CSV" on a UK
 * Windows PC). A name read in the wrong one becomes "Zo�" on a letter, so the encoding is worked
 * out, and a file whose encoding cannot be told with confidence is refused.
 */
export interface DecodedPupilFile {
  text: string;
  /** As a person would name it: "UTF-8", "UTF-16", "Windows-1252". */
  encoding: string;
}

/** Single-byte encodings for Western European text, which Windows-1252 reads correctly. */
const WESTERN = new Set(['ISO-8859-1', 'windows-1252', 'ISO-8859-15']);

const SAVE_AS_UTF8 = 'In Excel, use File > Save As and choose "CSV UTF-8 (Comma delimited)", then run this again.';

export function decodePupilFile(bytes: Uint8Array, file: string): DecodedPupilFile {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: strictUtf8(buf.subarray(3), file), encoding: 'UTF-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'UTF-16' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'UTF-16' };
  const utf16 = utf16WithoutMark(buf);
  if (utf16) return { text: iconv.decode(buf, utf16), encoding: 'UTF-16' };
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    return { text: utf8.decode(buf), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: work out which single-byte encoding it is.
  }
  const guess = chardet.detect(buf);
  if (guess && WESTERN.has(guess)) {
    const text = iconv.decode(buf, 'windows-1252');
    // Bytes Windows-1252 leaves unassigned mean it was something else.
    if (plausibleWestern(text)) return { text, encoding: 'Windows-1252' };
  }
  throw new UserError(
    `The pupil file ${file} is not saved as UTF-8, and its encoding could not be recognised with confidence${guess ? ` (it may be ${guess})` : ''}, so names could be printed wrongly. ${SAVE_AS_UTF8}`,
  );
}

/**
 * chardet's guess among single-byte encodings is weak on short files, so the text it gives must
 * also read like names and addresses: every character beyond ASCII a Latin letter or common
 * punctuation (’ “ – € £), never more than three in a row. Text in another script read as
 * Windows-1252 turns into symbols ("‘¾˜Y") and fails this.
 */
function plausibleWestern(text: string): boolean {
  for (const m of text.matchAll(/[^\x00-\x7f]+/g)) {
    if (m[0].length > 3 || !/^[\p{Script=Latin}’‘“”–—…€£°«»]+$/u.test(m[0])) return false;
  }
  return true;
}

function strictUtf8(buf: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new UserError(
      `The pupil file ${file} starts as UTF-8 but has bytes that are not UTF-8, so names could be printed wrongly. ${SAVE_AS_UTF8}`,
    );
  }
}

/** UTF-16 without a byte order mark: a zero byte beside nearly every ASCII character. */
function utf16WithoutMark(buf: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(buf.length - (buf.length % 2), 4096);
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZeros++;
    if (buf[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return 'utf-16be';
  return undefined;
}

/**
 * The separator of the file, from its header row: a comma, or a semicolon (Excel in many European
 * languages), or a tab ("Text (Tab delimited)"). Quoted text is not counted.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const firstLine = text.slice(0, Math.min(text.length, 8192)).split(/\r\n|\r|\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const count = (c: string) => unquoted.split(c).length - 1;
  const counts = { ',': count(','), ';': count(';'), '\t': count('\t') } as const;
  const best = (Object.keys(counts) as Array<keyof typeof counts>).sort((a, b) => counts[b] - counts[a])[0]!;
  return counts[best] > 0 ? best : ',';
}
