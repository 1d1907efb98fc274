/**
 * Text from policies, documents and pupil files can hold characters that a terminal obeys instead of
 * showing: escape sequences (which move the cursor, rewrite earlier lines, set the window title or make
 * links) and bidirectional overrides (which show text in a different order from the one it is in).
 * These are removed before anything is printed.
 */

// A whole escape sequence, so no "[31m" is left behind: CSI (ESC [ … final byte), OSC (ESC ] … BEL or
// ESC \), and any other two-character escape. The classes in each part do not overlap, so matching is linear.
const CSI = '\\u001b\\[[\\u0030-\\u003f]*[\\u0020-\\u002f]*[\\u0040-\\u007e]?';
const OSC = '\\u001b\\][^\\u0007\\u001b]*(?:\\u0007|\\u001b\\\\)?';
const OTHER_ESCAPE = '\\u001b[\\u0020-\\u007e]?';
const ESCAPES = new RegExp(`${CSI}|${OSC}|${OTHER_ESCAPE}`, 'g');
/** C0 controls except tab, newline and a carriage return that ends a line (CSV output uses CRLF), DEL,
 * C1 controls (0x9B is a one-byte CSI), bidi marks, overrides and isolates. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;
const LINE_SEPARATORS = /[\u2028\u2029]/g;
/** The colour codes this program itself prints (picocolors): ESC [ n ; … m. */
const SGR = /\u001b\[[0-9;]{0,20}m/g;

/** Remove everything a terminal would act on rather than show. */
export function terminalSafe(text: string): string {
  return text.replace(ESCAPES, '').replace(CONTROLS, '').replace(LINE_SEPARATORS, ' ');
}

/** As terminalSafe, but keep colour codes (for output this program coloured itself, after cleaning the text in it). */
export function terminalSafeKeepingColour(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(SGR)) {
    out += terminalSafe(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + terminalSafe(text.slice(last));
}
