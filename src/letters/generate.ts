import { withBrowser, type BrowserOptions, type BrowserPool } from '../render/browser.js';
import { checkOutputHtml } from '../core/output-check.js';
import { letterTemplates, LETTERS_DIR, type LetterTemplates } from './letter-templates.js';
import { logCsv, type LogEntry } from './log-csv.js';
import { defaultOutDir, LetterFolder } from './output.js';
import { planLetters, type LettersPlan, type PlanOptions } from './plan.js';
import { printCombined, printSplit, type Placement, type PlannedLetter, type WrittenPdf } from './render-letters.js';

export interface LettersOptions extends PlanOptions {
  /** Default out/letters/<school>/<date>/. */
  out?: string;
  dryRun?: boolean;
  /** Also write one PDF per pupil. */
  split?: boolean;
  /** A browser already open (benchmarks, tests); otherwise one is opened for this run and closed. */
  browser?: BrowserPool;
  browserOptions?: BrowserOptions;
}

export interface LettersResult {
  plan: LettersPlan;
  /** Absent on a dry run. */
  outDir?: string;
  pdfs: WrittenPdf[];
  logFile?: string;
  /** `withheld`: pupils whose letter would be about nothing (no late marks for a lateness letter, ...). */
  counts: { written: number; noLetter: number; skipped: number; withheld: number };
}

export const LOG_FILE = 'letters-log.csv';

/** Plan the letters, print them with one browser, and log what was done. */
export async function generateLetters(options: LettersOptions): Promise<LettersResult> {
  const plan = planLetters(options);
  const templates = letterTemplates(options.templatesDir ?? LETTERS_DIR);
  if (!options.dryRun) lastLook(plan, templates);
  const counts = {
    written: plan.letters.length,
    noLetter: plan.rows.filter((r) => r.status === 'none').length,
    skipped: plan.rows.filter((r) => r.status === 'skipped').length,
    withheld: plan.rows.filter((r) => r.status === 'withheld').length,
  };
  if (options.dryRun) return { plan, pdfs: [], counts };

  const folder = new LetterFolder(options.out ?? defaultOutDir(plan.school.id, options.date));
  const byLetter = new Map<string, { title: string; letters: PlannedLetter[] }>();
  for (const l of plan.letters) {
    const group = byLetter.get(l.kind.id) ?? { title: l.kind.title, letters: [] };
    group.letters.push(l);
    byLetter.set(l.kind.id, group);
  }
  const placement: Placement = new Map();
  const print = async (pool: BrowserPool) => {
    const draft = plan.policyErrors.length > 0;
    const combined = await printCombined(pool, templates, folder, byLetter, options.date, plan.school.name, placement, draft);
    return options.split ? [...combined, ...(await printSplit(pool, templates, folder, plan.letters, draft))] : combined;
  };
  let pdfs: WrittenPdf[] = [];
  if (plan.letters.length) pdfs = options.browser ? await print(options.browser) : await withBrowser(print, options.browserOptions);
  const logFile = folder.write(LOG_FILE, logCsv(logEntries(plan, placement)));
  return { plan, outDir: folder.dir, pdfs, logFile, counts };
}

/**
 * Draw each letter and look at its text before anything is printed: a letter with text no parent
 * should read (££, {{, undefined, NaN, �) is not printed, and its row says why. Messages name the
 * row and what was found, never the pupil's details.
 */
function lastLook(plan: LettersPlan, templates: LetterTemplates): void {
  plan.letters = plan.letters.filter((l) => {
    l.html = templates.letter(l.template, l.view);
    const problems = checkOutputHtml(l.html);
    if (!problems.length) return true;
    const row = plan.rows.find((r) => r.row === l.view.pupil.row);
    if (row) {
      row.status = 'skipped';
      const what = [...new Set(problems.map((p) => p.what))].join('; ');
      row.problems.push({ row: row.row, message: `the ${l.kind.title} letter was not written, because its text would show ${what}` });
    }
    return false;
  });
}

function logEntries(plan: LettersPlan, placement: Placement): LogEntry[] {
  const byRow = new Map(plan.letters.map((l) => [l.view.pupil.row, placement.get(l)]));
  return plan.rows.map((r) => {
    const placed = byRow.get(r.row);
    return {
      row: r.row,
      pupil_id: r.pupil_id ?? '',
      status: r.status === 'letter' ? 'written' : r.status === 'none' ? 'no letter' : 'skipped',
      letter: r.letterId ?? '',
      stage: r.stage ?? '',
      trigger: r.trigger ?? '',
      attendance_pct: r.attendance_pct === undefined ? '' : String(r.attendance_pct),
      file: placed?.file ?? '',
      position: placed ? String(placed.position) : '',
      reason: r.withheld
        ? `${r.withheld}, so no ${r.letterId} letter was sent`
        : r.problems.map((p) => (p.column ? `${p.column} ${p.message}` : p.message)).join('; '),
    };
  });
}
