import { readFileSync, statSync } from 'node:fs';
import { parse, type CsvError } from 'csv-parse/sync';
import { UserError } from '../core/diagnostics.js';
import { readProblem } from './fs-problem.js';
import { decodePupilFile, detectDelimiter } from './pupil-encoding.js';
import { normaliseHeader, type ColumnMap } from './column-map.js';
import { COLUMN_NAMES, FILE_SIZE_LIMIT_BYTES, ROW_LIMIT } from './columns.js';

/** One problem with one row. Messages never quote the cell: letters hold personal data. */
export interface RowProblem {
  /** The row as a spreadsheet numbers it (the header is row 1). */
  row: number;
  column?: string;
  message: string;
}

export interface RawRow {
  row: number;
  /** Cells by our column name, trimmed; empty cells are left out. */
  cells: Map<string, string>;
}

export interface PupilFile {
  rows: RawRow[];
  /** Rows that could not be read at all (broken quoting, wrong number of cells). */
  problems: RowProblem[];
  /** Our columns the file provides. */
  columns: Set<string>;
  /** Headers no column uses (their names only). */
  ignoredHeaders: string[];
  /** Mapped headers that the file does not have. */
  missingMappedHeaders: Array<{ column: string; header: string }>;
  /** How the file was read: "UTF-8", "UTF-16" or "Windows-1252". */
  encoding?: string;
  /** The separator found in the header row. */
  delimiter?: string;
}

/** Read a pupil CSV: headers are renamed with the map, then each row is kept with its row number. */
export function readPupilFile(file: string, map: ColumnMap = new Map()): PupilFile {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    size = st.size;
  } catch (e) {
    throw new UserError(`The pupil file ${file} cannot be read: ${readProblem(e)}.`);
  }
  if (size > FILE_SIZE_LIMIT_BYTES)
    throw new UserError(
      `The pupil file ${file} is larger than ${FILE_SIZE_LIMIT_BYTES / 1024 / 1024} MB. Split it, for example by year group.`,
    );
  const { text, encoding } = decodePupilFile(readFileSync(file), file);
  return { ...parsePupilCsv(text, map), encoding };
}

export function parsePupilCsv(text: string, map: ColumnMap = new Map()): PupilFile {
  const problems: RowProblem[] = [];
  const broken: CsvError[] = [];
  const delimiter = detectDelimiter(text);
  const records = parse(text, {
    bom: true,
    delimiter,
    info: true,
    trim: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    // Stop early: one row over the limit is enough to refuse the file.
    to: ROW_LIMIT + 2,
    on_skip: (err: CsvError | undefined) => {
      if (err) broken.push(err);
    },
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  const lastLine = records.at(-1)?.info.lines ?? 0;
  for (const err of broken) problems.push(brokenRecord(err, text, lastLine));
  const [header, ...body] = records;
  if (!header) throw new UserError('The pupil file is empty: it needs a header row, then one row per pupil.');
  if (body.length > ROW_LIMIT) {
    throw new UserError(
      `The pupil file has more than ${ROW_LIMIT.toLocaleString('en-GB')} pupils, the most one run takes. Split it (for example by year group) and run once for each part.`,
    );
  }
  const { indexByColumn, ignoredHeaders, missingMappedHeaders } = resolveHeaders(header.record, map);
  const rows: RawRow[] = [];
  for (const { record, info } of body) {
    const row = startLine(record, info.lines);
    if (record.length !== header.record.length) {
      problems.push({
        row,
        message: `has ${record.length} cells but the header has ${header.record.length}; check for a missing or extra comma, or a quotation mark that is not closed`,
      });
      continue;
    }
    const cells = new Map<string, string>();
    for (const [column, index] of indexByColumn) {
      const value = record[index];
      if (value) cells.set(column, value);
    }
    rows.push({ row, cells });
  }
  return { rows, problems, columns: new Set(indexByColumn.keys()), ignoredHeaders, missingMappedHeaders, delimiter };
}

function resolveHeaders(headers: string[], map: ColumnMap) {
  const byHeader = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = normaliseHeader(h);
    if (key && !byHeader.has(key)) byHeader.set(key, i);
  });
  const indexByColumn = new Map<string, number>();
  const missingMappedHeaders: Array<{ column: string; header: string }> = [];
  for (const [column, header] of map) {
    const index = byHeader.get(normaliseHeader(header));
    if (index === undefined) missingMappedHeaders.push({ column, header });
    else indexByColumn.set(column, index);
  }
  // A header that already is one of our names is used as it is, unless the map chose another for that column.
  for (const [key, index] of byHeader) {
    if (COLUMN_NAMES.has(key) && !indexByColumn.has(key) && !map.has(key) && ![...indexByColumn.values()].includes(index))
      indexByColumn.set(key, index);
  }
  const used = new Set(indexByColumn.values());
  const ignoredHeaders = headers.filter((h, i) => !used.has(i) && h.trim() !== '');
  return { indexByColumn, ignoredHeaders, missingMappedHeaders };
}

/** csv-parse counts lines up to the end of a record; a cell with line breaks started higher up. */
function startLine(record: string[], endLine: number): number {
  const breaks = record.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  return endLine - breaks;
}

function brokenRecord(err: CsvError, text: string, lastGoodLine: number): RowProblem {
  const line = typeof (err as { lines?: unknown }).lines === 'number' ? (err as unknown as { lines: number }).lines : 0;
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
    // The broken row starts after the last row that was read; everything after it was swallowed.
    const total = text.replace(/(^|[^\r\n])[\r\n]+$/, '$1').split(/\r\n|\r|\n/).length;
    return {
      row: lastGoodLine + 1,
      message: `opens a quotation mark that is never closed, so rows ${lastGoodLine + 1} to ${total} could not be read`,
    };
  }
  return { row: line, message: `could not be read as CSV (${err.code.toLowerCase().replace(/^csv_/, '').replace(/_/g, ' ')})` };
}
