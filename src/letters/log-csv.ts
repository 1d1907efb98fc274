/** One line of the log of a run. No names and no addresses: the log is kept longer than the letters. */
export interface LogEntry {
  row: number;
  pupil_id: string;
  status: 'written' | 'no letter' | 'skipped';
  letter: string;
  stage: string;
  trigger: string;
  attendance_pct: string;
  file: string;
  position: string;
  reason: string;
}

const COLUMNS: Array<keyof LogEntry> = [
  'row',
  'pupil_id',
  'status',
  'letter',
  'stage',
  'trigger',
  'attendance_pct',
  'file',
  'position',
  'reason',
];

export function logCsv(entries: LogEntry[]): string {
  const lines = [COLUMNS.join(',')];
  for (const e of [...entries].sort((a, b) => a.row - b.row)) lines.push(COLUMNS.map((c) => cell(String(e[c]))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Quote when needed, and defuse a cell a spreadsheet would run as a formula. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
