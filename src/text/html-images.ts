/**
 * True when the HTML has an `<img>` tag, closed by `>`, with no non-empty alt attribute before that
 * `>`: what `/<img\b(?![^>]*\balt\s*=\s*["'][^"']+["'])[^>]*>/i` found, in one pass. The pattern
 * scanned to the end of the text from every `<img`, which took seconds on a pasted run of tags.
 */
export function hasImageWithoutAlt(html: string): boolean {
  // Every place a non-empty alt attribute starts (overlapping ones too).
  const alts: number[] = [];
  const alt = /\balt\s*=\s*["'][^"']+["']/gi;
  for (let m = alt.exec(html); m; m = alt.exec(html)) {
    alts.push(m.index);
    alt.lastIndex = m.index + 1;
  }
  let k = 0;
  let close = -1;
  for (const img of html.matchAll(/<img\b/gi)) {
    const start = img.index + img[0].length;
    if (close < start) close = html.indexOf('>', start);
    if (close === -1) return false; // no tag after this one is closed either
    while (k < alts.length && alts[k]! < start) k++;
    if (!(k < alts.length && alts[k]! < close)) return true;
  }
  return false;
}
