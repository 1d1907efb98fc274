import { Buffer, isUtf8 } from 'node:buffer';
/**
 * Turn the bytes of a text file into text without ever guessing silently.
 * UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are read as they are.
 * Anything else is read as Windows-1252 (what older Windows editors and Word's "Plain text" save)
 * only when that is certain for an English document: every other byte is a character such text
 * uses, and accented letters sit inside words. Otherwise the file is refused, with the line and
 * column of the first byte that cannot be read.
 */
export type DecodedText =
  { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' } | { problem: string; line: number; column: number };

/** Windows-1252 bytes 0x80–0x9F that are punctuation and symbols English documents use (€ ‚ „ … ‘ ’ “ ” • – — ™ and others). */
const CP1252_PUNCTUATION = new Set([0x80, 0x82, 0x84, 0x85, 0x86, 0x87, 0x89, 0x8b, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x99, 0x9b]);

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  return utf8(bytes);
}

function utf8(bytes: Uint8Array): DecodedText {
  // Checking the bytes first (simdutf) and then decoding is several times faster than a fatal TextDecoder.
  if (isUtf8(bytes)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    // As a TextDecoder would, drop a byte-order mark at the start of what is decoded.
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: 'utf-8' };
  }
  const doubtful = firstDoubtfulWindows1252Byte(bytes);
  if (doubtful === -1) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  const { line, column } = positionOfByte(bytes, doubtful);
  return {
    problem: `The file is not saved as UTF-8, and its characters cannot be read for certain (the first unreadable one is at line ${line}, column ${column}).`,
    line,
    column,
  };
}

const isAsciiLetter = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));

/** -1 when every byte above 0x7F reads as Windows-1252 in English text; else the index of the first that does not. */
function firstDoubtfulWindows1252Byte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80 || CP1252_PUNCTUATION.has(b)) continue;
    // No-break space, £, ©, ®, °, ±, ², ³, ¼, ½, ¾, ·: symbols; the rest of 0xA0–0xBF is unusual in English prose.
    if ([0xa0, 0xa3, 0xa9, 0xae, 0xb0, 0xb1, 0xb2, 0xb3, 0xb7, 0xbc, 0xbd, 0xbe].includes(b)) continue;
    // Accented letters (é, ï, ö …) belong next to a plain letter, as in café or naïve; a run of them is another encoding.
    if (b >= 0xc0 && b !== 0xd7 && b !== 0xf7 && (isAsciiLetter(bytes[i - 1]) || isAsciiLetter(bytes[i + 1]))) continue;
    return i;
  }
  return -1;
}

function positionOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: index - start + 1 };
}

/** Windows-1252 0x80–0x9F (Node's TextDecoder reads these bytes as Latin-1 control characters). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}
