import type { LegacyFormat } from './document.js';
import { tidyTitle } from './sections.js';

/** A heading on the path to a block: its depth and its title as the document writes it. */
interface OpenHeading {
  depth: number;
  title: string;
  /** "5.2" for "5.2 Governors". */
  number?: string;
}

const NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)[.)]?\s/;
const APPENDIX = /^appendix\b/i;

/**
 * The headings a document has open at each point, outermost first ("5 Responsibilities",
 * "5.2 Governors"). A heading closes every open heading at its depth or deeper. In plain text an
 * unnumbered title line inside a numbered section ("Reporting absences" after "5.2 Governors")
 * is a sub-heading of that section, whatever depth its look suggested; an appendix starts afresh.
 * A numbered heading sits only under the heading its number extends: "18.1" is not part of "17".
 */
export class HeadingPath {
  private readonly open: OpenHeading[] = [];

  constructor(private readonly format: LegacyFormat) {}

  /** Enter a heading; returns the path including it. */
  enter(depth: number, title: string): string[] {
    const number = NUMBER.exec(title)?.[1];
    let d = depth;
    const top = this.open[this.open.length - 1];
    if (this.format === 'text' && !number && top?.number && top.depth >= d) d = top.depth + 1;
    if (APPENDIX.test(title)) d = 1;
    const outside = (h: OpenHeading) =>
      h.depth >= d || (number !== undefined && h.number !== undefined && !number.startsWith(`${h.number}.`));
    while (this.open.length && outside(this.open[this.open.length - 1]!)) this.open.pop();
    this.open.push({ depth: d, title, ...(number ? { number } : {}) });
    return this.current();
  }

  current(): string[] {
    return this.open.map((h) => h.title);
  }
}

/** "5 Responsibilities > 5.2 Governors": a heading path as a reader sees it (capitals tidied, long titles cut). */
export function headingPathText(path: readonly string[]): string | undefined {
  if (!path.length) return undefined;
  return path.map((t) => shortTitle(tidyTitle(t.replace(/\s+/g, ' ').trim()))).join(' > ');
}

function shortTitle(t: string): string {
  return t.length > 60 ? `${t.slice(0, 57).trimEnd()}...` : t;
}
