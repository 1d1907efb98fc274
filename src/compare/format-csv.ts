import { csvCell } from '../export/csv-cell.js';
import type { CompareMatrix } from './matrix.js';

/** One row per school and setting (long format, easy to filter), in the matrix's order. */
export function compareToCsv(matrix: CompareMatrix): string {
  const header = [
    'setting',
    'group',
    'school_id',
    'school',
    'value',
    'trust_base_value',
    'majority_value',
    'differs_from_base',
    'differs_from_majority',
    'set_in',
  ];
  const rows = [header.join(',')];
  for (const r of matrix.rows) {
    r.cells.forEach((c, i) => {
      const col = matrix.columns[i]!;
      rows.push(
        [r.label, r.group, col.id, col.label, c.value, r.base?.value ?? null, r.majority, c.differsFromBase, c.differsFromMajority, c.setIn]
          .map(csvCell)
          .join(','),
      );
    });
  }
  return `${rows.join('\r\n')}\r\n`;
}
