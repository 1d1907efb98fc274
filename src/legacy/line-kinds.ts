/**
 * What one line (plain text) or one Word paragraph is: a numbered heading, a bullet, a row of a
 * tab-separated table, or ordinary text. Shared by the readers so that the same words give the
 * same tree whatever the format.
 */
export type LineKind =
  | { kind: 'heading'; depth: number; titleStart: number }
  | { kind: 'bullet'; contentStart: number }
  | { kind: 'row'; cells: Array<[number, number]> }
  | { kind: 'text' };

const NUMBERED = /^(\s*)(\d{1,2}(?:\.\d{1,2})*)[.)]?\s+(\S(?:.*\S)?)\s*$/;
const APPENDIX = /^\s*(appendix\s+[\dA-Z]{1,2}\b(?:.*\S)?)\s*$/i;
const BULLET = /^(\s*)(?:[-*•·▪◦‣●○]|[a-z][.)])\s+(?=\S)/;
/** "1. offer a clear vision": a numbered list item (lower case), or a contents entry. */
const ORDERED = /^\s*\d{1,2}[.)]\s+(?=[a-z[])/;
/** A contents entry left as a Markdown link: "1. [Introduction](#)". */
const CONTENTS_LINK = /^\[[^\]]*\]\([^)]*\)$/;

/** Classify a line. Headings are numbered ("4 REGISTERS AND THE SCHOOL DAY", "18.2 Morning Registration") or appendices. */
export function classifyLine(line: string): LineKind {
  const cells = tabCells(line);
  if (cells.length >= 2) return { kind: 'row', cells };
  const heading = headingOf(line);
  if (heading) return heading;
  const bullet = BULLET.exec(line);
  if (bullet) return { kind: 'bullet', contentStart: bullet[0].length };
  const ordered = ORDERED.exec(line);
  if (ordered) return { kind: 'bullet', contentStart: ordered[0].length };
  return { kind: 'text' };
}

export function headingOf(line: string): { kind: 'heading'; depth: number; titleStart: number } | undefined {
  const m = NUMBERED.exec(line);
  if (m) {
    const title = m[3]!.replace(/\[bookmark:[^\][]*\]/gi, '').trim();
    if (!looksLikeTitle(title)) return undefined;
    return { kind: 'heading', depth: m[2]!.split('.').length, titleStart: line.indexOf(m[2]!) };
  }
  const a = APPENDIX.exec(line);
  if (a && a[1]!.length <= 90 && !/[.;]$/.test(a[1]!)) return { kind: 'heading', depth: 1, titleStart: line.indexOf(a[1]!) };
  return undefined;
}

/** A short line starting with a capital, one sentence at most, not a contents link or a quantity. */
function looksLikeTitle(title: string): boolean {
  if (!/^[A-Z]/.test(title) || CONTENTS_LINK.test(title)) return false;
  if (title.length > 90 || title.split(/\s+/).length > 14) return false;
  if (/[.!?]\s+\S/.test(title) || /[,;:]$/.test(title)) return false;
  return !/^(sessions?|days?|weeks?|years?|minutes?|hours?|months?|am|pm)\b/i.test(title);
}

/** Non-empty cells of a tab-separated line, as [start, end) offsets. */
function tabCells(line: string): Array<[number, number]> {
  if (!line.includes('\t')) return [];
  const cells: Array<[number, number]> = [];
  let start = 0;
  for (const part of line.split('\t')) {
    const lead = part.length - part.trimStart().length;
    const body = part.trim();
    if (body) cells.push([start + lead, start + lead + body.length]);
    start += part.length + 1;
  }
  return cells;
}
