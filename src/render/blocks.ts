import { formatDate, formatMoney, formatPercent, formatTime } from './format.js';

/**
 * The data parts of a policy are described once as simple blocks (paragraphs, lists, tables, facts)
 * whose values keep their type. The HTML templates and the Word writer both draw these blocks,
 * so the two documents cannot say different things.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'time'; value: string }
  | { kind: 'date'; value: string }
  | { kind: 'money'; value: number }
  | { kind: 'percent'; value: number }
  | { kind: 'link'; text: string; href: string };

/** One line of text made of typed pieces. */
export type Line = Inline[];

export type Block =
  | { type: 'paragraph'; content: Line }
  | { type: 'list'; ordered: boolean; items: Line[] }
  /**
   * The first column of each row is its header. A cell holds one or more lines. Columns listed in
   * `nowrap` hold short values (dates, version labels) that read wrongly when broken over two lines;
   * they are kept on one line and the other columns share the rest of the width.
   */
  | { type: 'table'; caption: string; columns: string[]; rows: Line[][][]; nowrap?: number[] }
  | { type: 'facts'; items: Array<{ label: string; value: Line[] }> };

/** A readable part built from the data, such as the table of school times. */
export interface Part {
  id: string;
  title: string;
  blocks: Block[];
}

export const text = (t: string): Inline => ({ kind: 'text', text: t });
export const strong = (t: string): Inline => ({ kind: 'strong', text: t });
export const time = (v: string): Inline => ({ kind: 'time', value: v });
export const date = (v: string): Inline => ({ kind: 'date', value: v });
export const money = (v: number): Inline => ({ kind: 'money', value: v });
export const percent = (v: number): Inline => ({ kind: 'percent', value: v });

/** A link, or plain text when the address is not a web, email or phone address (never javascript: or file:). */
export function link(label: string, href: string | undefined): Inline {
  const safe = safeHref(href);
  return safe ? { kind: 'link', text: label, href: safe } : text(label);
}

/** A web address shown as itself and linked; nothing at all when it is not a web or email address. */
export function urlLink(url: string | undefined): Inline | undefined {
  const safe = safeHref(url);
  return safe ? { kind: 'link', text: safe, href: safe } : undefined;
}

export function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  return /^(https?:\/\/|mailto:)[^\s<>"]+$/i.test(trimmed) ? trimmed : undefined;
}

export function paragraph(...content: Inline[]): Block {
  return { type: 'paragraph', content };
}

/** The text of a piece as parents read it. */
export function inlineText(piece: Inline): string {
  switch (piece.kind) {
    case 'time':
      return formatTime(piece.value);
    case 'date':
      return formatDate(piece.value);
    case 'money':
      return formatMoney(piece.value);
    case 'percent':
      return formatPercent(piece.value);
    default:
      return piece.text;
  }
}

export function lineText(line: Line): string {
  return line.map(inlineText).join('');
}
