import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFilesHere } from '../../src/lint/parallel.js';
import { readMarkdown } from '../../src/prose/blocks.js';
import { tempProject } from '../helpers.js';

// Schools copy sections word for word, so a batch reads a repeated body's Markdown once. Each file
// must still get its findings at its own lines, with its own section id.
const SHARED_BODY = [
  'We expect every pupil to attend every day.',
  '',
  'A penalty notice is £60 per parent, rising to £120 if not paid within 21 days.',
];

function policy(linesBefore: number, sectionId: string): string {
  const padding = Array.from({ length: linesBefore }, (_, i) => `# note ${i + 1}`);
  return [
    ...padding,
    'legal_measures:',
    '  penalty_notices:',
    '    first: { discounted: 80, discount_days: 21, full: 160, full_days: 28 }',
    'sections:',
    `  - id: ${sectionId}`,
    '    title: Penalty notices',
    '    body: |',
    ...SHARED_BODY.map((l) => (l ? `      ${l}` : '')),
    '',
  ].join('\n');
}

describe('a section body repeated across policies', () => {
  it('is reported at each file’s own line and column', () => {
    const dir = tempProject({ 'a.yaml': policy(0, 'pn'), 'b.yaml': policy(7, 'pn'), 'c.yaml': policy(3, 'fines') });
    const files = ['a.yaml', 'b.yaml', 'c.yaml'].map((f) => path.join(dir, f));
    const results = lintFilesHere(files, { asOf: '2026-11-26' });
    const stale = results.map((r) =>
      r.diagnostics.filter((d) => d.ruleId === 'pn-amounts-first-notice').map((d) => [path.basename(d.file), d.line, d.column]),
    );
    // The £60 sentence is on line 10 of a.yaml; b.yaml has 7 comment lines above it, c.yaml 3.
    expect(stale).toEqual([
      [
        ['a.yaml', 10, 27],
        ['a.yaml', 10, 53],
      ],
      [
        ['b.yaml', 17, 27],
        ['b.yaml', 17, 53],
      ],
      [
        ['c.yaml', 13, 27],
        ['c.yaml', 13, 53],
      ],
    ]);
  });

  it('is read from memory once it has been seen twice, and a text seen once is not kept', () => {
    const body = `A body written only for this test, ${Date.now()}.\n`;
    const first = readMarkdown(body);
    const second = readMarkdown(body);
    const third = readMarkdown(body);
    expect(second).not.toBe(first);
    expect(third).toBe(second);
    expect(third.shapes.map((s) => s.flat.text)).toEqual([body.trim()]);
  });
});
