import { compareToCsv } from './format-csv.js';
import { compareToHtml } from './format-html.js';
import { compareToMarkdown } from './format-markdown.js';
import { buildMatrix, type CompareMatrix } from './matrix.js';
import { collectSubjects } from './subjects.js';
import type { CompareFormat } from './formats.js';
import type { ProjectRootOption } from '../core/project-root.js';

export { buildMatrix, collectSubjects, compareToCsv, compareToHtml, compareToMarkdown };
export type { CompareMatrix };

export { COMPARE_FORMATS, type CompareFormat } from './formats.js';

/** Compare the schools of a trust folder and write the matrix in the format asked for. */
export function compareFolder(
  dir: string,
  format: CompareFormat,
  title: string,
  options: ProjectRootOption = {},
): { text: string; matrix: CompareMatrix } {
  const matrix = buildMatrix(collectSubjects(dir, options));
  const text =
    format === 'csv' ? compareToCsv(matrix) : format === 'html' ? compareToHtml(matrix, title) : compareToMarkdown(matrix, title);
  return { text, matrix };
}
