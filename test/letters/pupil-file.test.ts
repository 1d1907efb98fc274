import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readColumnMap } from '../../src/letters/column-map.js';
import { ROW_LIMIT } from '../../src/letters/columns.js';
import { planLetters } from '../../src/letters/plan.js';
import { checkPupilRow } from '../../src/letters/pupil.js';
import { parsePupilCsv } from '../../src/letters/read-pupils.js';
import { ROOT, tempProject } from '../helpers.js';
import { ARBOR, BAD_ROWS, DATE, HILLCREST } from './fixtures.js';

describe('bad rows', () => {
  const plan = planLetters({ policyFile: HILLCREST, pupilsFile: BAD_ROWS, letter: 'auto', date: DATE });
  const problems = plan.rows.flatMap((r) => r.problems);
  const at = (row: number) => problems.filter((p) => p.row === row);

  it('reports each bad row with its row number, the column and what is wrong', () => {
    expect(at(3)).toEqual([{ row: 3, column: 'sessions_attended', message: 'must be a whole number, 0 or more' }]);
    expect(at(4)).toEqual([{ row: 4, column: 'sessions_attended', message: 'is more than sessions_possible' }]);
    expect(at(5)).toEqual([{ row: 5, column: 'postcode', message: expect.stringMatching(/empty/) }]);
    expect(at(6)).toEqual([{ row: 6, column: 'first_name', message: expect.stringMatching(/empty/) }]);
    expect(at(7)).toEqual([{ row: 7, column: 'pupil_id', message: expect.stringMatching(/same as on row 2/) }]);
    expect(at(8)).toEqual([{ row: 8, column: 'unauthorised_sessions_10wk', message: expect.stringMatching(/Stage 5/) }]);
    expect(at(9)).toEqual([{ row: 9, message: expect.stringMatching(/10 cells but the header has 11/) }]);
  });

  it('still plans the good rows, and accounts for every row', () => {
    expect(plan.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(plan.letters.map((l) => l.view.pupil.pupil_id)).toEqual(['HC2001', 'HC2010']);
    expect(plan.rows.find((r) => r.row === 10)!.status).toBe('none');
  });

  it('never repeats what a cell holds in a message', () => {
    const text = JSON.stringify(problems);
    for (const value of ['two hundred', '310', 'Stone', 'Quill', 'HC2001', 'Cobble']) expect(text).not.toContain(value);
  });
});

describe('reading the CSV', () => {
  it('renames headers with a --map file (the Arbor example)', () => {
    const map = readColumnMap(path.join(ROOT, 'templates/letters/mappings/arbor.yaml'));
    const file = parsePupilCsv(readFileSync(ARBOR, 'utf8'), map);
    expect(file.problems).toEqual([]);
    expect(file.ignoredHeaders).toEqual(['Tutor group']);
    const first = checkPupilRow(file.rows[0]!);
    expect(first.ok && first.pupil).toMatchObject({
      pupil_id: 'HC4001',
      first_name: 'Dara',
      sessions_possible: 300,
      sessions_attended: 270,
      address_lines: ['3 Slate Row', 'Bradford', 'BD99 4AA'],
    });
  });

  it('ships mappings for SIMS, Arbor and Bromcom that name only our columns', () => {
    for (const mis of ['sims', 'arbor', 'bromcom'])
      expect(readColumnMap(path.join(ROOT, `templates/letters/mappings/${mis}.yaml`)).size).toBeGreaterThan(8);
  });

  it('rejects a mapping that names a column we do not have', () => {
    const dir = tempProject({ 'map.yaml': 'first_nmae: Forename\n' });
    expect(() => readColumnMap(path.join(dir, 'map.yaml'))).toThrow(/"first_nmae" is not one of our columns/);
  });

  it('reads quoted cells with commas and line breaks, a byte-order mark and UK dates', () => {
    const csv =
      '\uFEFFpupil_id,first_name,last_name,parent_name,address,leave_start\n' +
      'P1,Ann,Lee,Ms Lee,"1 High St, Flat 2\nLeeds, LS1 1AA",07/03/2025\n' +
      'P2,Bo,Kay,Mr Kay,"2 Low Rd, York, YO1 1AA",31/02/2025\n';
    const file = parsePupilCsv(csv);
    expect(file.rows.map((r) => r.row)).toEqual([2, 4]);
    const ann = checkPupilRow(file.rows[0]!);
    expect(ann.ok && ann.pupil.address_lines).toEqual(['1 High St', 'Flat 2', 'Leeds', 'LS1 1AA']);
    expect(ann.ok && ann.pupil.leave_start).toBe('2025-03-07');
    const bo = checkPupilRow(file.rows[1]!);
    expect(!bo.ok && bo.problems).toEqual([{ row: 4, column: 'leave_start', message: expect.stringMatching(/date/) }]);
  });

  it('says where an unclosed quotation mark swallowed the rest of the file', () => {
    const file = parsePupilCsv('pupil_id,first_name\nP1,Ann\nP2,"Bo\nP3,Cy\n');
    expect(file.rows).toHaveLength(1);
    expect(file.problems).toEqual([{ row: 3, message: expect.stringMatching(/never closed.*rows 3 to 4/) }]);
  });

  it(`refuses more than ${ROW_LIMIT.toLocaleString('en-GB')} pupils with a clear error`, () => {
    const dir = tempProject();
    const file = path.join(dir, 'big.csv');
    const rows = Array.from({ length: ROW_LIMIT + 1 }, (_, i) => `P${i},A,B,C,1 Road,AB1 2CD,300,290,0`);
    writeFileSync(
      file,
      `pupil_id,first_name,last_name,parent_name,address_1,postcode,sessions_possible,sessions_attended,unauthorised_sessions_10wk\n${rows.join('\n')}\n`,
    );
    expect(() => planLetters({ policyFile: HILLCREST, pupilsFile: file, date: DATE })).toThrow(/more than 20,000 pupils/);
  });
});

describe('docs/letters.md', () => {
  it('documents every pupil column', async () => {
    const { PUPIL_COLUMNS } = await import('../../src/letters/columns.js');
    const docs = readFileSync(path.join(ROOT, 'docs/letters.md'), 'utf8');
    for (const c of PUPIL_COLUMNS) expect(docs, c.name).toContain(`\`${c.name}\``);
  });
});
