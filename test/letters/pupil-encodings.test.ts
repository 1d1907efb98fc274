import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { planLetters } from '../../src/letters/plan.js';
import { decodePupilFile, detectDelimiter } from '../../src/letters/pupil-encoding.js';
import { readPupilFile } from '../../src/letters/read-pupils.js';
import { runCli, tempProject } from '../helpers.js';
import { DATE, HILLCREST } from './fixtures.js';

const HEADER =
  'pupil_id,first_name,last_name,year_group,parent_name,address_1,town,postcode,sessions_possible,sessions_attended,unauthorised_sessions_10wk';
const ROWS = [
  'HC3001,Zoë,Llewellyn,7,Mrs Siân Llewellyn,1 Heol Fach,Bradford,BD99 1AA,300,280,0',
  'HC3002,Dafydd,Prŷs-Owen,8,Mr Rhodri Owen,2 Lôn Isaf,Bradford,BD99 1AB,300,250,0',
];

function pupilFile(name: string, bytes: Buffer): string {
  const dir = tempProject({ [name]: bytes });
  return path.join(dir, name);
}

describe('pupil files as schools have them', () => {
  it('a Windows-1252 file from Excel gives letters to Zoë and Mrs Siân Llewellyn, not Zo�', () => {
    // Windows-1252 has ë and â but not ŷ or ô... it has ô; ŷ is not in it, so the second row uses a name it can hold.
    const text = [HEADER, ROWS[0], 'HC3002,Dafydd,Prys-Owen,8,Mr Rhodri Owen,2 Lôn Isaf,Bradford,BD99 1AB,300,250,0'].join('\r\n');
    const file = pupilFile('excel.csv', iconv.encode(text, 'windows-1252'));
    const read = readPupilFile(file);
    expect(read.encoding).toBe('Windows-1252');
    const plan = planLetters({ policyFile: HILLCREST, pupilsFile: file, letter: 'auto', date: DATE });
    expect(plan.notes).toContain('The pupil file was read as Windows-1252.');
    const names = plan.letters.map((l) => `${l.view.pupil.full_name} / ${l.view.pupil.parent_name}`);
    expect(names).toContain('Zoë Llewellyn / Mrs Siân Llewellyn');
    expect(JSON.stringify(plan)).not.toContain('\uFFFD');
  });

  it.each([
    [
      'UTF-8 with a byte order mark',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([HEADER, ...ROWS].join('\n'), 'utf8')]),
      'UTF-8',
    ],
    ['UTF-8 without one', Buffer.from([HEADER, ...ROWS].join('\n'), 'utf8'), 'UTF-8'],
    [
      'UTF-16 ("Unicode text") with a byte order mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode([HEADER, ...ROWS].join('\r\n'), 'utf-16le')]),
      'UTF-16',
    ],
    ['UTF-16 big-endian', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode([HEADER, ...ROWS].join('\r\n'), 'utf-16be')]), 'UTF-16'],
    ['UTF-16 without a byte order mark', iconv.encode([HEADER, ...ROWS].join('\r\n'), 'utf-16le'), 'UTF-16'],
  ])('reads %s', (_what, bytes, encoding) => {
    const file = pupilFile('pupils.csv', bytes);
    const read = readPupilFile(file);
    expect(read.encoding).toBe(encoding);
    expect(read.rows.map((r) => [r.cells.get('first_name'), r.cells.get('last_name'), r.cells.get('address_1')])).toEqual([
      ['Zoë', 'Llewellyn', '1 Heol Fach'],
      ['Dafydd', 'Prŷs-Owen', '2 Lôn Isaf'],
    ]);
    expect(read.rows[0]!.cells.get('pupil_id')).toBe('HC3001');
  });

  it('reads a semicolon-separated file (Excel in many European languages), and tabs', () => {
    const semi = pupilFile('semi.csv', Buffer.from([HEADER, ...ROWS].map((l) => l.replace(/,/g, ';')).join('\n')));
    expect(readPupilFile(semi).rows.map((r) => r.cells.get('parent_name'))).toEqual(['Mrs Siân Llewellyn', 'Mr Rhodri Owen']);
    expect(detectDelimiter('a\tb\tc\n1\t2\t3')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d\n')).toBe(',');
  });

  it('refuses a file whose encoding cannot be told, with what to do', () => {
    // Shift_JIS text: not UTF-8, and not a Western European encoding.
    const bytes = iconv.encode(
      `${HEADER}\nHC3001,太郎,山田,7,山田 花子様,東京都,東京,100-0001,300,280,0\nHC3002,花子,佐藤,8,佐藤 一郎様,大阪府,大阪,530-0001,300,250,0\n`,
      'shift_jis',
    );
    expect(() => decodePupilFile(bytes, 'pupils.csv')).toThrow(
      /pupils\.csv is not saved as UTF-8, and its encoding could not be recognised with confidence.*CSV UTF-8/,
    );
  });

  it('a CLI run on an unreadable encoding stops with exit 2 and no letters', async () => {
    const file = pupilFile(
      'bad.csv',
      iconv.encode(`${HEADER}\nHC3001,太郎,山田,7,山田 花子様,東京都,東京,100-0001,300,280,0\n`, 'shift_jis'),
    );
    const run = await runCli('letters', '--policy', HILLCREST, '--pupils', file, '--date', DATE, '--dry-run');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/could not be recognised with confidence/);
  });
});

describe('figures that cannot be true', () => {
  const plan = (rows: string[]) => {
    const dir = tempProject({ 'p.csv': [`${HEADER},unauthorised_sessions_year`, ...rows].join('\n') });
    return planLetters({ policyFile: HILLCREST, pupilsFile: path.join(dir, 'p.csv'), letter: 'auto', date: DATE });
  };

  it('more unauthorised sessions than sessions missed is an error naming the row, and no letter is made', () => {
    const p = plan(['HC4001,Maya,Whitlock,7,Ms Jo Whitlock,3 Ash Road,Bradford,BD99 1AC,300,291,10,']);
    expect(p.letters).toEqual([]);
    expect(p.rows).toEqual([
      expect.objectContaining({
        row: 2,
        status: 'skipped',
        problems: [
          {
            row: 2,
            column: 'unauthorised_sessions_10wk',
            message: expect.stringMatching(/is 10, more than the 9 sessions missed this year/),
          },
        ],
      }),
    ]);
  });

  it('more sessions attended than possible, and a 10-week figure above the year’s, are errors too', () => {
    const p = plan([
      'HC4002,Ava,Thorn,7,Ms C Thorn,1 Larch Close,Bradford,BD99 1AA,300,301,0,',
      'HC4003,Ben,Ash,7,Mr D Ash,4 Willow Row,Bradford,BD99 1AB,300,250,12,8',
    ]);
    expect(p.rows.find((r) => r.row === 2)!.problems).toEqual([
      { row: 2, column: 'sessions_attended', message: 'is more than sessions_possible' },
    ]);
    expect(p.rows.find((r) => r.row === 3)!.problems).toEqual([
      { row: 3, column: 'unauthorised_sessions_10wk', message: expect.stringMatching(/more than unauthorised_sessions_year/) },
    ]);
    expect(p.letters).toEqual([]);
  });

  it('a name already garbled (�) in the file is an error naming the row and column', () => {
    const p = plan(['HC4004,Zo\uFFFD,Llewellyn,7,Mrs Si\uFFFDn Llewellyn,1 Heol Fach,Bradford,BD99 1AA,300,250,0,']);
    expect(p.rows[0]!.problems.map((x) => x.column)).toEqual(['first_name', 'parent_name']);
    expect(p.letters).toEqual([]);
  });
});
