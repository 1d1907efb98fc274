import { formatDate } from '../render/format.js';
import type { BrowserPool } from '../render/browser.js';
import type { LetterTemplates } from './letter-templates.js';
import { fileSafe, type LetterFolder } from './output.js';
import { bookmarkStartPages, pageMarkCss, pagesPerLetter } from './page-marks.js';
import type { LetterView } from './view.js';
import { curlyApostrophes } from './apostrophes.js';

/** One letter, ready to draw. */
export interface PlannedLetter {
  template: string;
  view: LetterView;
  /** The letter's HTML, once drawn (and checked) before printing. */
  html?: string;
}

export interface WrittenPdf {
  /** Path relative to the output folder. */
  file: string;
  letterId: string;
  letters: number;
  pages: number;
}

/**
 * At most this many letters go in one PDF. The measured 1,000-letter PDF needed about 1 GB of
 * Chromium memory, so a larger batch is printed as numbered parts instead of risking the browser.
 */
export const LETTERS_PER_PDF = 1_000;

/** Where each letter landed, for the log: the file and its place in it. */
export type Placement = Map<PlannedLetter, { file: string; position: number }>;

/**
 * Print each kind of letter as one combined PDF: one setContent and one print for the whole batch,
 * each letter starting on a new page. Batches of different kinds share the browser's page pool.
 */
export async function printCombined(
  pool: BrowserPool,
  templates: LetterTemplates,
  folder: LetterFolder,
  byLetter: Map<string, { title: string; letters: PlannedLetter[] }>,
  date: string,
  schoolName: string,
  placement: Placement,
  draft = false,
): Promise<WrittenPdf[]> {
  const jobs: Array<Promise<WrittenPdf>> = [];
  for (const [letterId, { title, letters }] of byLetter) {
    const parts = Math.ceil(letters.length / LETTERS_PER_PDF);
    for (let part = 0; part < parts; part++) {
      const batch = letters.slice(part * LETTERS_PER_PDF, (part + 1) * LETTERS_PER_PDF);
      const file = `${fileSafe(letterId)}${parts > 1 ? `-part-${part + 1}` : ''}.pdf`;
      batch.forEach((l, i) => placement.set(l, { file, position: i + 1 }));
      jobs.push(
        printBatch(
          pool,
          templates,
          folder,
          file,
          `${title} – ${schoolName} – ${formatDate(date)} (${batch.length} letters)`,
          batch,
          draft,
        ).then((pages) => ({ file, letterId, letters: batch.length, pages })),
      );
    }
  }
  return Promise.all(jobs);
}

/** One PDF per letter (slower: one print each), in split/<letter>/, named by row and pupil id. */
export async function printSplit(
  pool: BrowserPool,
  templates: LetterTemplates,
  folder: LetterFolder,
  letters: PlannedLetter[],
  draft = false,
): Promise<WrittenPdf[]> {
  return Promise.all(
    letters.map(async (l) => {
      const file = `split/${fileSafe(l.view.letter.id)}/row-${l.view.pupil.row}-${fileSafe(l.view.pupil.pupil_id)}.pdf`;
      const pages = await printBatch(pool, templates, folder, file, l.view.letter.title, [l], draft);
      return { file, letterId: l.view.letter.id, letters: 1, pages };
    }),
  );
}

async function printBatch(
  pool: BrowserPool,
  templates: LetterTemplates,
  folder: LetterFolder,
  file: string,
  title: string,
  batch: PlannedLetter[],
  draft: boolean,
): Promise<number> {
  const letters = batch.map((l) => l.html ?? templates.letter(l.template, l.view));
  const print = (pageCss: string) => {
    const html = templates.document({ title: curlyApostrophes(title), letters, pageCss, draft });
    // Allow for the batch size: about 10 ms a letter measured, so this leaves a wide margin.
    return pool.printPdf(html, { timeoutMs: 60_000 + 250 * batch.length });
  };
  let pdf = await print(pageMarkCss(batch.length));
  // A letter longer than a page gets its pupil's name and "page N of M" on its later pages.
  const starts = bookmarkStartPages(pdf.data);
  if (starts?.length === batch.length) {
    const pages = pagesPerLetter(starts, pdf.pages);
    if (pages.some((n) => n > 1)) {
      const marks = batch.map((l, i) => ({
        label: curlyApostrophes(`${l.view.pupil.full_name} – ${l.view.letter.title}`),
        start: starts[i]!,
        pages: pages[i]!,
      }));
      pdf = await print(pageMarkCss(batch.length, marks));
    }
  }
  folder.write(file, pdf.data);
  return pdf.pages;
}
