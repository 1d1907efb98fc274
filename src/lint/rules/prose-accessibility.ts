import { toString } from 'mdast-util-to-string';
import type { ParsedSection } from '../context.js';
import type { FindingData } from '../../core/diagnostics.js';
import type { MdNode } from '../../prose/blocks.js';
import { defineRule } from '../define-rule.js';
import { trimEndOf } from '../../core/slug.js';
import { hasImageWithoutAlt } from '../../text/html-images.js';
import { SECTIONS_REMEMBERED, TextCache } from '../../text/text-cache.js';

/** Link text that does not say where the link goes. */
const VAGUE_LINK =
  /^(click(\s+here)?|here|this|this\s+link|link|this\s+page|this\s+website|read\s+more|more|more\s+info(rmation)?|find\s+out\s+more|see\s+here|go\s+here|download|view)$/i;
const BARE_URL = /^(https?:\/\/|www\.)\S+$/i;
/** A GFM table delimiter row: | --- | :---: | */
const DELIMITER_ROW = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;
const PIPE_ROW = /^\|.*\|$/;

interface Problem {
  offset: number;
  length: number;
  messageId: string;
  data?: FindingData;
}

/** Nodes in document order. */
function* walk(node: MdNode): Generator<MdNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

function headingProblems(section: ParsedSection): Problem[] {
  const out: Problem[] = [];
  let previous = 2; // the section title is a level-2 heading
  for (const node of walk(section.tree as unknown as MdNode)) {
    if (node.type !== 'heading' || !node.depth || !node.position) continue;
    const text = toString(node);
    const { offset = 0 } = node.position.start;
    const length = (node.position.end.offset ?? offset) - offset;
    if (node.depth === 1) {
      out.push({
        offset,
        length,
        messageId: 'headingTopLevel',
        data: { heading: text, section: section.title },
      });
    } else if (node.depth > previous + 1) {
      out.push({
        offset,
        length,
        messageId: 'headingSkipsLevel',
        data: { heading: text, level: node.depth, previous, expected: previous + 1, marks: '#'.repeat(previous + 1) },
      });
    }
    previous = node.depth;
  }
  return out;
}

function linkAndImageProblems(section: ParsedSection): Problem[] {
  const out: Problem[] = [];
  for (const node of walk(section.tree as unknown as MdNode)) {
    if (!node.position) continue;
    const { offset = 0 } = node.position.start;
    const length = (node.position.end.offset ?? offset) - offset;
    if (node.type === 'link' || node.type === 'linkReference') {
      const text = toString(node).trim();
      if (VAGUE_LINK.test(trimEndOf(text, '.:!'))) {
        out.push({
          offset,
          length,
          messageId: 'vagueLink',
          data: { text },
        });
      } else if (BARE_URL.test(text)) {
        out.push({
          offset,
          length,
          messageId: 'addressAsLink',
          data: { address: text.length > 60 ? `${text.slice(0, 57)}...` : text },
        });
      }
    } else if ((node.type === 'image' || node.type === 'imageReference') && !node.alt?.trim()) {
      out.push({
        offset,
        length,
        messageId: 'imageNoDescription',
      });
    } else if (node.type === 'html' && node.value) {
      if (hasImageWithoutAlt(node.value)) {
        out.push({
          offset,
          length,
          messageId: 'htmlImageNoDescription',
        });
      }
      if (/<table\b/i.test(node.value) && !/<th\b/i.test(node.value)) {
        out.push({
          offset,
          length,
          messageId: 'htmlTableNoHeaders',
        });
      }
    }
  }
  return out;
}

/** Pipe tables are not parsed into a tree here, so they are found line by line. */
function tableProblems(section: ParsedSection): Problem[] {
  const out: Problem[] = [];
  const lines = section.body.split('\n');
  let offset = 0;
  let run: Array<{ text: string; offset: number }> = [];
  const flush = () => {
    if (run.length >= 2) {
      const delimiter = run.findIndex((l) => DELIMITER_ROW.test(l.text));
      const first = run[0]!;
      const header = delimiter > 0 ? run[delimiter - 1]! : undefined;
      if (delimiter === -1) {
        out.push({
          offset: first.offset,
          length: first.text.length,
          messageId: 'tableNoHeaderRow',
        });
      } else if (header && header.text.split('|').every((cell) => !cell.trim())) {
        out.push({
          offset: header.offset,
          length: header.text.length,
          messageId: 'tableEmptyHeaderRow',
        });
      }
    }
    run = [];
  };
  for (const line of lines) {
    const text = line.trim();
    if (PIPE_ROW.test(text) || (run.length > 0 && DELIMITER_ROW.test(text))) run.push({ text, offset: offset + line.indexOf(text) });
    else flush();
    offset += line.length + 1;
  }
  flush();
  return out;
}

/** Problems depend only on a section's title and text, which a trust's schools share: find them once. */
const found = new TextCache<string, Problem[]>(SECTIONS_REMEMBERED);
function problemsOf(section: ParsedSection): Problem[] {
  const key = `${section.title}\u0000${section.body}`;
  let problems = found.get(key);
  if (!problems) {
    problems = [...headingProblems(section), ...linkAndImageProblems(section), ...tableProblems(section)];
    found.set(key, problems);
  }
  return problems;
}

export const rule = defineRule({
  meta: {
    id: 'prose-accessibility',
    level: 'should',
    severity: 'warning',
    where: 'prose',
    settings: [],
    title: 'Headings in order, descriptive links, image descriptions and table headers',
    explanation:
      'Parents read the policy on phones, with screen readers and in translation tools. These rely on the structure of the text: headings that go down one level at a time, links that say where they go (not "click here" or a long web address), a description for every image and a header row for every table. Without them, some parents cannot find or follow the parts that matter to them.',
    citations: [
      {
        source: 'Web Content Accessibility Guidelines (WCAG) 2.2',
        paragraph: '1.1.1 Non-text content; 1.3.1 Info and relationships; 2.4.4 Link purpose; 2.4.6 Headings and labels',
        url: 'https://www.w3.org/TR/WCAG22/',
      },
      { source: 'Equality Act 2010', paragraph: 's20 (reasonable adjustments), s149 (public sector equality duty)' },
    ],
    effectiveFrom: '2024-08-19',
    confidence: 'high',
    fixable: false,
    governorQuestion: 'Can a parent who uses a screen reader or a phone find and follow every part of our attendance policy?',
    messages: {
      headingTopLevel:
        'The heading “{{heading}}” is a top-level heading inside the section “{{section}}”; only the document title is at that level.',
      headingSkipsLevel:
        'The heading “{{heading}}” is at level {{level}} straight after level {{previous}}, so a level is skipped; screen-reader users navigate by heading levels.',
      vagueLink: 'The link text “{{text}}” does not say where the link goes; people using screen readers often hear links out of context.',
      addressAsLink: 'The link text is the web address itself ({{address}}), which is hard to read aloud and to understand.',
      imageNoDescription: 'An image has no alternative text, so people who cannot see it will not know what it shows.',
      htmlImageNoDescription: 'An image has no alternative text, so people who cannot see it will not know what it shows.',
      htmlTableNoHeaders: 'A table has no header cells, so screen readers cannot say which column a value belongs to.',
      tableNoHeaderRow:
        'A table has no header row (no line of dashes under the first row), so it will not display as a table and its columns have no headings.',
      tableEmptyHeaderRow: 'A table has an empty header row, so its columns have no headings for screen readers.',
    },
    hints: {
      headingTopLevel: 'Use ### for headings inside a section.',
      headingSkipsLevel: 'Make it a level {{expected}} heading ({{marks}}).',
      vagueLink: "Use link text that names the page, for example “the local authority's code of conduct for penalty notices”.",
      addressAsLink: 'Use link text that names the page, and keep the address as the link target.',
      imageNoDescription: 'Add a short description in the square brackets: ![description](image.png).',
      htmlImageNoDescription: 'Add an alt attribute describing the image.',
      htmlTableNoHeaders: 'Mark the first row as headers (<th>).',
      tableNoHeaderRow: 'Add a header row naming each column, followed by a line such as | --- | --- |.',
      tableEmptyHeaderRow: 'Give each column a heading in the first row.',
    },
  },
  check(ctx) {
    for (const section of ctx.sections) {
      for (const p of problemsOf(section)) {
        ctx.report({ at: section.at(p.offset, p.length), messageId: p.messageId, ...(p.data ? { data: p.data } : {}) });
      }
    }
  },
});
