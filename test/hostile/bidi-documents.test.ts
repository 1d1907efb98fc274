// Item 11: a bidirectional override character (U+202E and U+202D) hidden in policy text or a pupil
// file would make a document show words in reverse order ("£80 within 21 days" read as ".syad 12
// nihtiw 08£"). Documents are checked before they are written, like ££ or {{ }}, and such text is refused.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputText } from '../../src/core/output-check.js';
import { ROOT, runCli, tempProject } from '../helpers.js';
import { hillcrestLetters } from '../letters/fixtures.js';

const RLO = '\u202E';

describe('bidirectional overrides in documents', () => {
  it('the last look before writing finds an override, and leaves direction marks alone', () => {
    expect(checkOutputText(`Pay ${RLO}08£ within 21 days.`).map((p) => p.what)).toEqual([
      expect.stringMatching(/reverse order.*U\+202D or U\+202E/),
    ]);
    expect(checkOutputText('Pay \u202D£80 within 21 days.')).toHaveLength(1);
    // Marks and isolates that some right-to-left text needs are not reported.
    expect(checkOutputText('Urdu: \u2067اردو\u2069 \u200Fok\u200E')).toEqual([]);
  });

  it('build refuses a policy whose prose hides one, saying where, and writes no document', async () => {
    const fixture = readFileSync(path.join(ROOT, 'test/fixtures/render/oakfield-primary.yaml'), 'utf8');
    const dir = tempProject({
      'p.yaml': fixture.replace(
        /^sections:\n/m,
        `sections:\n  - id: paying\n    title: Paying\n    body: |\n      Pay the penalty of ${RLO}08£ within 21 days.\n`,
      ),
    });
    const out = path.join(dir, 'out');
    const run = await runCli('build', '--formats', 'html', '--as-of', '2026-11-26', '--out', out, path.join(dir, 'p.yaml'));
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/p\.yaml was not built, because its text has what no reader should see/);
    expect(run.out).toMatch(/policy\.html, line \d+ of its text: a hidden character that shows the text after it in reverse order/);
    expect(run.err + run.out).not.toContain(RLO);
    expect(existsSync(path.join(out, 'oakfield-primary-school', 'policy.html'))).toBe(false);
  }, 120_000);

  it('letters: a pupil whose name hides one gets no letter, and the row says why', async () => {
    const { run, out } = await hillcrestLetters([
      `HC1002,Ben${RLO}nhoJ,Ashcombe,7,Mr Daniel Ashcombe,Mr Ashcombe,4 Willow Row,,Bradford,BD99 1AB,300,287,0,0,,,,`,
      'HC1004,Dev,Ramanathan,7,Ms Ramanathan,Ms Ramanathan,5 Row,,Bradford,BD99 1AC,300,276,0,0,,,,',
    ]);
    expect(run.err + run.out).not.toContain(RLO);
    const log = readFileSync(path.join(out, 'letters-log.csv'), 'utf8');
    expect(log).toMatch(/HC1002[^\n]*reverse order/);
    expect(log).toMatch(/HC1004/);
  }, 120_000);
});
