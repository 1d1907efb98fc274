import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  ShadingType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  type ParagraphChild,
  type Table,
} from 'docx';
import type { LoadedPolicy } from '../load/load-policy.js';
import { formatDate } from './format.js';
import { blockToDocx, lineRuns, ORDERED_LIST, TEXT_WIDTH, type ListCounter } from './docx-blocks.js';
import { proseToDocx } from './docx-prose.js';
import { link } from './blocks.js';
import { buildPolicyView, type PolicyView, type SectionView } from './view-model.js';

/** The policy as a Word document with real heading styles, lists, tables, running header and page numbers. */
export async function renderPolicyDocx(loaded: LoadedPolicy): Promise<Uint8Array> {
  return renderViewDocx(buildPolicyView(loaded));
}

const ACCENT = '1D4F73';

export async function renderViewDocx(view: PolicyView): Promise<Uint8Array> {
  let listInstance = 0;
  const lists: ListCounter = { next: () => ++listInstance };
  // Word bookmark names: a letter first, then letters, digits and underscores, at most 40 characters.
  const bookmark = (s: SectionView, i: number) => `s${i}_${s.anchor.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 40);

  const body: Array<Paragraph | Table> = [...cover(view)];
  // The contents share the cover page, as in the PDF; the first section starts a new page.
  body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Contents' }));
  view.sections.forEach((s, i) => {
    body.push(
      new Paragraph({
        children: [new InternalHyperlink({ anchor: bookmark(s, i), children: [new TextRun({ text: s.title, style: 'Hyperlink' })] })],
        spacing: { after: 40 },
      }),
    );
  });
  view.sections.forEach((s, i) => {
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        pageBreakBefore: i === 0,
        keepNext: true,
        children: [new Bookmark({ id: bookmark(s, i), children: [new TextRun(s.title)] })],
      }),
    );
    if (s.status)
      body.push(
        new Paragraph({
          children: [new TextRun({ text: s.status === 'new' ? 'New in this version.' : 'Updated in this version.', italics: true })],
        }),
      );
    if (s.prose) body.push(...proseToDocx(s.prose.tree, lists));
    for (const part of s.parts) {
      const ownHeading = !s.fromData && part.title.trim().toLowerCase() !== s.title.trim().toLowerCase();
      if (ownHeading) body.push(new Paragraph({ heading: HeadingLevel.HEADING_3, text: part.title, keepNext: true }));
      for (const block of part.blocks) body.push(...blockToDocx(block, lists, part.title));
    }
  });

  const small = { size: 17, color: '444444' };
  // A draft says so at the top of every page, the cover included.
  const draftLine = () =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: 'DRAFT: not approved', bold: true, size: 20, color: '9B1C1C' })],
    });
  const doc = new Document({
    title: view.fullTitle,
    creator: view.author ?? view.schoolLabel,
    description: view.summary ?? `${view.title} of ${view.schoolLabel}`,
    subject: view.title,
    lastModifiedBy: 'policywright',
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22, language: { value: view.lang } }, paragraph: { spacing: { line: 276 } } },
        heading1: { run: { font: 'Arial', size: 40, bold: true, color: ACCENT }, paragraph: { spacing: { before: 240, after: 240 } } },
        heading2: { run: { font: 'Arial', size: 30, bold: true, color: ACCENT }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading3: { run: { font: 'Arial', size: 25, bold: true, color: ACCENT }, paragraph: { spacing: { before: 240, after: 80 } } },
        heading4: { run: { font: 'Arial', size: 22, bold: true, color: ACCENT }, paragraph: { spacing: { before: 200, after: 60 } } },
      },
    },
    numbering: {
      config: [
        {
          reference: ORDERED_LIST,
          levels: [0, 1, 2, 3].map((level) => ({
            level,
            format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN, LevelFormat.DECIMAL][level]!,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: { titlePage: true, page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        headers: {
          default: new Header({
            children: [
              ...(view.draft ? [draftLine()] : []),
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
                children: [new TextRun({ text: view.runningName, ...small }), new TextRun({ text: `\t${view.title}`, ...small })],
              }),
            ],
          }),
          first: new Header({ children: [view.draft ? draftLine() : new Paragraph('')] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
                children: [
                  new TextRun({ text: view.version ? `Version ${view.version}` : '', ...small }),
                  new TextRun({ children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], ...small }),
                ],
              }),
            ],
          }),
          first: new Footer({ children: [new Paragraph('')] }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function cover(view: PolicyView): Paragraph[] {
  const out: Paragraph[] = [];
  if (view.draft) {
    out.push(
      new Paragraph({
        border: {
          top: { style: BorderStyle.SINGLE, size: 12, color: '9B1C1C', space: 4 },
          bottom: { style: BorderStyle.SINGLE, size: 12, color: '9B1C1C', space: 4 },
        },
        shading: { type: ShadingType.CLEAR, fill: 'FDECEC', color: 'auto' },
        children: [new TextRun({ text: 'Draft. ', bold: true }), new TextRun(`This policy is not ready to publish: ${view.draft.why}.`)],
        spacing: { after: 240 },
      }),
    );
  }
  const logos = view.schools.flatMap((s) => (s.logo?.png ? [{ name: s.name, png: s.logo.png }] : []));
  if (logos.length) {
    out.push(
      new Paragraph({
        children: logos.map(({ name, png }) => {
          const height = 100;
          const width = Math.round((png.width / png.height) * height) || height;
          return new ImageRun({
            type: 'png',
            data: png.data,
            transformation: { width, height },
            altText: { name: `${name} logo`, description: `${name} logo`, title: `${name} logo` },
          });
        }),
      }),
    );
  }
  out.push(new Paragraph({ children: [new TextRun({ text: view.schoolLabel, bold: true, size: 30 })], spacing: { before: 240 } }));
  if (view.trustName) out.push(new Paragraph(view.trustName));
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: view.title }));
  if (view.summary) out.push(new Paragraph({ children: [new TextRun({ text: view.summary, size: 24 })], spacing: { after: 240 } }));
  const facts: Array<[string, ParagraphChild[]]> = [];
  if (view.version) facts.push(['Version', [new TextRun(view.version)]]);
  if (view.approvedBy) facts.push(['Approved by', [new TextRun(view.approvedBy)]]);
  if (view.approvedOn) facts.push(['Approved on', [new TextRun(formatDate(view.approvedOn))]]);
  if (view.nextReview) facts.push(['Next review', [new TextRun(formatDate(view.nextReview))]]);
  if (view.author) facts.push(['Policy owner', [new TextRun(view.author)]]);
  if (view.publishedUrl) facts.push(['Read it online', lineRuns([link(view.publishedUrl, view.publishedUrl)])]);
  for (const [label, value] of facts)
    out.push(new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), ...value], spacing: { after: 60 } }));
  return out;
}
