/**
 * Loose pages of a batch must be matchable to their letter: every page after a letter's first
 * carries the pupil's name and "page N of M" of that letter. CSS cannot restart the page counter
 * for each letter, so the batch is printed once to learn where each letter starts (from the PDF's
 * bookmarks: each letter has one top-level heading), then printed again with a named page per
 * letter whose header uses a counter style that turns the batch's page number into the letter's.
 */

/** The first page (1-based) of each top-level bookmark, in order; undefined if the PDF has none. */
export function bookmarkStartPages(pdf: Uint8Array): number[] | undefined {
  const raw = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const objects = new Map<number, string>();
  for (const [id, dict] of dictionaries(raw)) objects.set(id, dict);
  const pageOrder = pagesInOrder(objects);
  const outlines = [...objects.values()].find((o) => /\/Type\s*\/Outlines\b/.test(o));
  if (!outlines || !pageOrder.length) return undefined;
  const starts: number[] = [];
  let item = ref(outlines, 'First');
  for (let guard = 0; item !== undefined && guard < 100_000; guard++) {
    const obj = objects.get(item);
    if (!obj) return undefined;
    const dest = /\/Dest\s*\[\s*(\d+)\s+0\s+R/.exec(obj);
    const index = dest ? pageOrder.indexOf(Number(dest[1])) : -1;
    if (index < 0) return undefined;
    starts.push(index + 1);
    item = ref(obj, 'Next');
  }
  return starts;
}

/**
 * Each object's dictionary: from "N 0 obj <<" to the first ">>" followed by "stream" or "endobj".
 * Starts and ends are paired in one pass; a lazy match from every start would be quadratic.
 */
function* dictionaries(raw: string): Generator<[number, string]> {
  let open: { id: number; at: number } | undefined;
  for (const m of raw.matchAll(/\b(\d+) 0 obj\s*<<|>>\s*(?:stream|endobj)/g)) {
    if (m[1] !== undefined) open ??= { id: Number(m[1]), at: m.index! + m[0].length - 2 };
    else if (open) {
      yield [open.id, raw.slice(open.at, m.index! + 2)];
      open = undefined;
    }
  }
}

function ref(obj: string, key: string): number | undefined {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(obj);
  return m ? Number(m[1]) : undefined;
}

/** Page objects in reading order, from the page tree. */
function pagesInOrder(objects: Map<number, string>): number[] {
  const root = [...objects.entries()].find(([, o]) => /\/Type\s*\/Pages\b/.test(o) && !/\/Parent\s/.test(o));
  if (!root) return [];
  const out: number[] = [];
  const walk = (id: number, depth: number) => {
    const obj = objects.get(id);
    if (!obj || depth > 20) return;
    if (/\/Type\s*\/Page\b(?!s)/.test(obj)) {
      out.push(id);
      return;
    }
    const kids = /\/Kids\s*\[([^\][]*)\]/.exec(obj);
    for (const k of kids?.[1]?.matchAll(/\b(\d+)\s+0\s+R/g) ?? []) walk(Number(k[1]), depth + 1);
  };
  walk(root[0], 0);
  return out;
}

/** Pages of each letter, from where each starts and the batch's page count. */
export function pagesPerLetter(starts: number[], total: number): number[] {
  return starts.map((s, i) => (starts[i + 1] ?? total + 1) - s);
}

export interface PageMark {
  /** What every page after the first says: "Zoë Smith – Notice to Improve". */
  label: string;
  /** The batch page the letter starts on, and how many pages it has. */
  start: number;
  pages: number;
}

/**
 * CSS giving every letter its own named page, and each letter of more than one page a header on
 * its later pages: "Zoë Smith – Notice to Improve – page 2 of 3". The same names are used in both
 * prints, so the second lays out exactly as the first.
 */
export function pageMarkCss(count: number, marks: Array<PageMark | undefined> = []): string {
  const rules: string[] = ['@counter-style pw-blank { system: cyclic; symbols: " "; }'];
  for (let i = 0; i < count; i++) {
    rules.push(`body > article:nth-of-type(${i + 1}) { page: pw-letter-${i + 1}; }`);
    const mark = marks[i];
    if (!mark || mark.pages < 2) continue;
    const symbols = [' ', ...Array.from({ length: mark.pages - 1 }, (_, p) => `${mark.label} – page ${p + 2} of ${mark.pages}`)];
    rules.push(
      `@counter-style pw-mark-${i + 1} { system: fixed ${mark.start}; symbols: ${symbols.map(cssString).join(' ')}; fallback: pw-blank; }`,
    );
    rules.push(
      `@page pw-letter-${i + 1} { @top-right { content: counter(page, pw-mark-${i + 1}); font-size: 8.5pt; color: #444; vertical-align: bottom; padding-bottom: 3mm; } }`,
    );
  }
  return rules.join('\n');
}

/** A CSS string that holds any text safely: everything but letters, digits and spaces is escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[^\p{L}\p{N} ]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}
