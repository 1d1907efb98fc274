/** Letters to parents as a library: plan (no browser), generate (PDFs), and the template check. */
export { generateLetters, LOG_FILE, type LettersOptions, type LettersResult } from './generate.js';
export { planLetters, InvalidPolicyError, type LettersPlan, type PlanOptions, type PlanRow } from './plan.js';
export { BUILT_IN_LETTERS, availableLetters, type LetterKind } from './catalogue.js';
export { PUPIL_COLUMNS, ROW_LIMIT, type ColumnName } from './columns.js';
export { readColumnMap, type ColumnMap } from './column-map.js';
export { scanTemplates, templateFindings, type TemplateFinding } from './template-check/scan.js';
