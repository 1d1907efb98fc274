/**
 * Letters mix the templates' curly apostrophes (“your child’s”) with whatever the policy and the
 * pupil file hold ("O'Brien", "the school's"). Prose words get the curly one, so a letter reads
 * the same throughout; an email or web address keeps its characters exactly, or it would no longer work.
 */

/** An email or web address: its characters are data, not prose. */
const ADDRESS = /@|:\/\/|^(?:\(|&lt;)?(?:www\.|mailto:)/i;
/** An apostrophe inside a word (O'Brien, child's, Year 6's, don't). */
const INSIDE_WORD = /(?<=[\p{L}\p{N}])'(?=\p{L})/gu;
/** A plural's apostrophe at the end of a word (parents', pupils'). */
const AFTER_PLURAL = /(?<=\p{L}s)'(?![\p{L}\p{N}])/gu;

/** One piece of plain text, with its prose apostrophes made curly and any address left as it is. */
export function curlyApostrophes(text: string): string {
  if (!text.includes("'")) return text;
  return text
    .split(/(\s+)/)
    .map((word) => (ADDRESS.test(word) ? word : word.replace(INSIDE_WORD, '’').replace(AFTER_PLURAL, '’')))
    .join('');
}

/** Elements whose text is code or an address, never prose. */
const NOT_PROSE = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'script', 'style']);
const TAG = /^<(\/?)([a-z][a-z0-9]*)/i;

/**
 * The same for a letter's HTML: only text between tags is touched (never an attribute), and not the
 * text of a link or code. Handlebars writes an escaped apostrophe as &#x27;, so that is read as one.
 */
export function curlyApostrophesInHtml(html: string): string {
  if (!html.includes("'") && !html.includes('&#x27;') && !html.includes('&#39;')) return html;
  let inside = 0;
  return tagsAndText(html)
    .map((piece) => {
      if (piece.startsWith('<')) {
        const tag = TAG.exec(piece);
        if (tag && NOT_PROSE.has(tag[2]!.toLowerCase())) inside = Math.max(0, inside + (tag[1] ? -1 : 1));
        return piece;
      }
      if (inside) return piece;
      const text = piece.replace(/&#x27;|&#39;/g, "'");
      const curly = curlyApostrophes(text);
      // Any apostrophe left straight (an address's) goes back as it came.
      return curly === text ? piece : curly.replace(/'/g, '&#x27;');
    })
    .join('');
}

/** The HTML cut into tags ("<p>", "</a>") and the text between them, in order. */
function tagsAndText(html: string): string[] {
  const pieces: string[] = [];
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    const close = open < 0 ? -1 : html.indexOf('>', open);
    if (open < 0 || close < 0) {
      pieces.push(html.slice(at));
      break;
    }
    if (open > at) pieces.push(html.slice(at, open));
    pieces.push(html.slice(open, close + 1));
    at = close + 1;
  }
  return pieces;
}
