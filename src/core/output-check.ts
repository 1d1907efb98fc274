import type { Element, Root, RootContent } from 'hast';
import { unzipSync, strFromU8 } from 'fflate';
import { fromHtml } from 'hast-util-from-html';
import { UserError } from './diagnostics.js';

/**
 * The last look at a document before it is written: text that must never reach a parent or a
 * governor. Pure: it reads text and says what it found; the callers refuse to write.
 */
export interface OutputProblem {
  /** What was found, in plain words. */
  what: string;
  /** Where: the line of the document's text, and the words around it. */
  line: number;
  excerpt: string;
}

import { GUIDANCE_MARKER } from './guidance-marker.js';
export { GUIDANCE_MARKER };

export interface CheckOptions {
  /**
   * The governors' report quotes rule advice and policy source, where `{{path}}` is how a value
   * is written: there it is text to read, not a value that failed to fill.
   */
  allowDataRefs?: boolean;
  /**
   * The governors' report quotes the policy's own text as evidence: guidance left in a starter is
   * what the report exists to point out, so there it is quoted, not published.
   */
  allowQuotedGuidance?: boolean;
}

const DATA_REF_WHAT = 'a data reference that was not filled in ({{ or }})';
const GUIDANCE_WHAT = `starter guidance (${GUIDANCE_MARKER}) left in the text`;

const NEVER: Array<{ re: RegExp; what: string }> = [
  { re: /£\s*£/g, what: 'a doubled pound sign (££)' },
  { re: /%\s*%/g, what: 'a doubled percent sign (%%)' },
  { re: /\{\{[^{}\n]{0,80}\}\}|\{\{|\}\}/g, what: DATA_REF_WHAT },
  { re: /\bundefined\b/g, what: 'the word "undefined" (a value that is missing)' },
  { re: /\bNaN\b/g, what: '"NaN" (a number that could not be worked out)' },
  { re: /\[object\b/g, what: '"[object" (a value that was not turned into text)' },
  { re: /\uFFFD/g, what: 'the replacement character � (text read in the wrong encoding)' },
  {
    re: /[\u202D\u202E]/g,
    what: 'a hidden character that shows the text after it in reverse order (a bidirectional override, U+202D or U+202E)',
  },
  { re: new RegExp(`\\b${GUIDANCE_MARKER}`, 'g'), what: GUIDANCE_WHAT },
];

/** Everything in the text that must not be printed, in reading order. */
export function checkOutputText(text: string, options: CheckOptions = {}): OutputProblem[] {
  const problems: OutputProblem[] = [];
  for (const { re, what } of NEVER) {
    if (options.allowDataRefs && what === DATA_REF_WHAT) continue;
    if (options.allowQuotedGuidance && what === GUIDANCE_WHAT) continue;
    for (const m of text.matchAll(re)) {
      const index = m.index!;
      problems.push({ what, line: lineOf(text, index), excerpt: excerptAt(text, index, m[0].length) });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** The same check over an HTML page's visible text (not its styles, not its markup). */
export function checkOutputHtml(html: string, options: CheckOptions = {}): OutputProblem[] {
  return checkOutputText(htmlText(html), options);
}

/** The same check over a Word file's text: its body, headers and footers. */
export function checkOutputDocx(docx: Uint8Array): OutputProblem[] {
  return checkOutputText(docxText(docx));
}

/** The text of a .docx, a line per paragraph. */
export function docxText(docx: Uint8Array): string {
  const files = unzipSync(docx, { filter: (f) => /^word\/(document|header\d*|footer\d*|footnotes)\.xml$/.test(f.name) });
  const names = Object.keys(files).sort((a, b) => (a === 'word/document.xml' ? -1 : b === 'word/document.xml' ? 1 : a.localeCompare(b)));
  return names.map((n) => xmlText(strFromU8(files[n]!))).join('\n');
}

function xmlText(xml: string): string {
  return xml
    .replace(/<\/w:p>|<w:br\/>|<w:tab\/>/g, (m) => (m === '<w:tab/>' ? ' ' : '\n'))
    .replace(/<w:instrText[^<>]*>[^<]*<\/w:instrText>/g, '')
    .replace(/<[^<>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** One line for a person: "policy.pdf: line 12: a doubled pound sign (££) in “… is ££80 if …”". */
export function describeOutputProblems(document: string, problems: OutputProblem[], max = 5): string {
  const lines = problems.slice(0, max).map((p) => `    ${document}, line ${p.line} of its text: ${p.what}, in “${p.excerpt}”`);
  if (problems.length > max) lines.push(`    … and ${problems.length - max} more`);
  return lines.join('\n');
}

/** Raised by a writer that refuses to write a document the last look found problems in (printed without a stack trace). */
export class OutputCheckError extends UserError {
  constructor(
    readonly document: string,
    readonly problems: OutputProblem[],
  ) {
    super(
      `${document} was not written, because its text has ${problems.length === 1 ? 'something' : `${problems.length} things`} no reader should see:\n${describeOutputProblems(document, problems)}`,
    );
    this.name = 'OutputCheckError';
  }
}

/** Check and throw: for writers that must not write a document with a problem. */
export function assertPrintable(document: string, text: string, kind: 'html' | 'text' = 'html', options: CheckOptions = {}): void {
  const problems = kind === 'html' ? checkOutputHtml(text, options) : checkOutputText(text, options);
  if (problems.length) throw new OutputCheckError(document, problems);
}

const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'br',
  'section',
  'article',
  'header',
  'footer',
  'title',
  'dt',
  'dd',
  'caption',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
  'dl',
  'figure',
  'figcaption',
  'main',
  'nav',
  'aside',
  'address',
]);
const HIDDEN = new Set(['style', 'script', 'template', 'noscript']);

/** The text a reader sees, a line per block. Attributes are skipped except alt text, which a screen reader reads. */
export function htmlText(html: string): string {
  const out: string[] = [];
  const walk = (node: Root | Element | RootContent) => {
    if (node.type === 'text') out.push(node.value);
    else if (node.type === 'element') {
      if (HIDDEN.has(node.tagName)) return;
      if (node.tagName === 'img' && typeof node.properties?.alt === 'string') out.push(node.properties.alt);
      const block = BLOCKS.has(node.tagName);
      if (block) out.push('\n');
      for (const c of node.children) walk(c);
      if (block) out.push('\n');
    } else if (node.type === 'root') for (const c of node.children) walk(c);
  };
  walk(fromHtml(html));
  return out
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .trim();
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function excerptAt(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 30);
  const end = Math.min(text.length, index + length + 30);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}
