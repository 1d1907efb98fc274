import type { LegacyNode } from './document.js';

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

interface NodeView {
  type: string;
  text?: string;
  depth?: number;
  /** A heading made here from a title line (not numbered or styled). */
  titleLine?: boolean;
}

/**
 * Headings that carry no number: an ALL CAPS line ("ATTENDANCE POLICY") and a short title line
 * ("Reporting absences", "What if my child is off?") standing over a paragraph, list or table.
 * A line after two short lines is one of a list without bullets, not a heading.
 */
export function titleHeadingDepth(
  text: string,
  prev: NodeView | undefined,
  next: NodeView | undefined,
  before?: NodeView,
): number | undefined {
  const t = text.trim();
  if (!/^[A-Z]/.test(t) || t.length > 70 || /[.,;:]$/.test(t) || /[£%@]|\d[.:]\d\d|\t/.test(t)) return undefined;
  const words = t.split(/\s+/);
  if (words.length > 9) return undefined;
  const letters = t.replace(/[^A-Za-z]/g, '');
  const caps = letters.length >= 4 && letters === letters.toUpperCase();
  if (!next) return undefined;
  if (!caps && !t.endsWith('?') && shortLine(prev) && shortLine(before)) return undefined;
  // A title line straight over a title line ("Reporting absences" / "What if my child is off?") is the higher one.
  if (next.type === 'heading') return next.titleLine && (next.depth ?? 1) >= 2 ? 1 : undefined;
  if (next.type === 'paragraph' && (next.text ?? '').split(/\s+/).length < 8) return undefined;
  return caps ? 1 : 2;
}

/** A short line of words with no closing mark: one of a column of names or items. */
function shortLine(n: NodeView | undefined): boolean {
  return n?.type === 'paragraph' && /^[A-Z]/.test(n.text ?? '') && (n.text ?? '').split(/\s+/).length <= 9 && !/[.!?:]$/.test(n.text ?? '');
}

/** Paragraphs that are title lines become headings (plain text and Word alike); read from the end, so a title over a title is seen. */
export function titleHeadings(nodes: LegacyNode[]): LegacyNode[] {
  const view = (n: LegacyNode | undefined, titleLine = false): NodeView | undefined =>
    n
      ? {
          type: n.type,
          text: n.type === 'paragraph' || n.type === 'heading' ? n.run.text : undefined,
          depth: n.type === 'heading' ? n.depth : undefined,
          titleLine,
        }
      : undefined;
  const out = [...nodes];
  const made = new Set<number>();
  for (let i = out.length - 1; i >= 0; i--) {
    const n = out[i]!;
    if (n.type !== 'paragraph') continue;
    const depth = titleHeadingDepth(n.run.text, view(nodes[i - 1]), view(out[i + 1], made.has(i + 1)), view(nodes[i - 2]));
    if (!depth) continue;
    out[i] = { type: 'heading', depth, run: n.run };
    made.add(i);
  }
  return out;
}
