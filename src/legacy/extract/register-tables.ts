import type { LegacyBlock } from '../prose-blocks.js';
import { clockTimes, factAt, type Fact } from './fact.js';
import { groupIndex, type Scopes } from './scope.js';

/**
 * A table of register times, one row per group of pupils ("Year 3 and Year 4 | 13:00 | 13:10")
 * under a header naming the columns ("Registration Opens | Registration Closes"): each row's
 * times become that group's register window. The session is the one the header, or the sentence
 * just before the table, names ("Afternoon registration is as follows:").
 */
export function registerTables(blocks: LegacyBlock[], scopes: Scopes): Fact[] {
  const facts: Fact[] = [];
  const tables = new Map<number, LegacyBlock[]>();
  for (const b of blocks) if (b.table) tables.set(b.table.table, [...(tables.get(b.table.table) ?? []), b]);
  for (const cells of tables.values()) {
    const header = cells.filter((c) => c.table!.row === 0);
    const column = (re: RegExp) => header.find((c) => re.test(c.text))?.table!.cell;
    const opens = column(/\b(open|opens|start|starts|from|begins?)\b/i);
    const closes = column(/\b(clos\w*|ends?|until|to)\b/i);
    if (opens === undefined && closes === undefined) continue;
    if (!header.some((c) => /regist/i.test(c.text)) && !/regist/i.test(before(blocks, cells[0]!)?.text ?? '')) continue;
    const context = `${header.map((c) => c.text).join(' ')} ${
      before(blocks, cells[0]!)
        ?.text.split(/(?<=[.:])\s+/)
        .pop() ?? ''
    }`;
    const stated = /\bafternoon|\bpm\s+regist/i.test(context)
      ? 'afternoon'
      : /\bmorning|\bam\s+regist/i.test(context)
        ? 'morning'
        : undefined;
    const rows = new Map<number, LegacyBlock[]>();
    for (const c of cells) if (c.table!.row > 0) rows.set(c.table!.row, [...(rows.get(c.table!.row) ?? []), c]);
    for (const row of rows.values()) {
      const label = row.find((c) => c.table!.cell === 0);
      if (!label || clockTimes(label.text).length || !/[A-Za-z]/.test(label.text)) continue;
      const s = { block: label, text: label.text, offset: 0 };
      const i = groupIndex(scopes, s, label.text.trim(), 0, label.text.length);
      for (const [which, col] of [
        ['opens', opens],
        ['closes', closes],
      ] as const) {
        const cell = row.find((c) => c.table!.cell === col);
        const t = cell && clockTimes(cell.text);
        if (!cell || t?.length !== 1) continue;
        const session = stated ?? (t[0]!.minutes < 720 ? 'morning' : 'afternoon');
        facts.push(
          factAt(
            { block: cell, text: cell.text, offset: 0 },
            `/schools/0/groups/${i}/school_day/registers/${session}/${which}`,
            t[0]!.value,
            t[0]!.index,
            t[0]!.length,
          ),
        );
      }
    }
  }
  return facts;
}

/** The block just before the table's first cell. */
function before(blocks: LegacyBlock[], first: LegacyBlock): LegacyBlock | undefined {
  return blocks[first.index - 1];
}
