import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingText } from '../../src/core/diagnostics.js';
import { findingView } from '../../src/report/finding-view.js';
import { lintFile } from '../../src/lint/engine.js';
import { formatJson } from '../../src/lint/format/json.js';
import { groupByFile } from '../../src/lint/format/group.js';
import { tempProject } from '../helpers.js';

// A finding travels as data (message id, data, quote, value, school, inheritedBy as a list); only
// formatters and the report turn it into words, and nothing parses the words back.
const base = [
  'trust: { name: Meadow Trust }',
  'registers:',
  '  retention_years: 3',
  'sections:',
  '  - id: registers',
  '    title: Registers',
  '    body: |',
  '      We preserve every entry in the attendance register for three years.',
  '',
].join('\n');
const school = (id: string) => `extends: ../trust.yaml\nschools:\n  - { id: ${id}, name: ${id} school, type: academy, phase: [primary] }\n`;

describe('findings as data', () => {
  const dir = tempProject({ 'trust.yaml': base, 'schools/ash.yaml': school('ash'), 'schools/elm.yaml': school('elm') });
  const files = ['schools/ash.yaml', 'schools/elm.yaml'].map((f) => path.join(dir, f));
  const found = files
    .flatMap((f) => lintFile(f, { asOf: '2026-11-26' }).diagnostics)
    .filter((d) => d.ruleId === 'register-retention-6-years');

  it('a data finding carries its message id, data, the value found and the school', () => {
    const data = found.find((d) => d.messageId === 'dataTooShort' && d.policyFile === files[0])!;
    expect(data).toMatchObject({
      messageId: 'dataTooShort',
      data: { years: 3, required: 6, since: '2024-08-19' },
      value: 3,
      school: 'ash',
      line: 3,
      column: 20,
    });
    expect(data.quote).toBeUndefined();
    expect(data.message).toBe('Register entries are kept for 3 years; since 19 August 2024 every entry must be kept for at least 6 years.');
  });

  it('a prose finding carries the sentence it quotes as data, not appended to its message', () => {
    const prose = found.find((d) => d.messageId === 'proseOldPeriod')!;
    expect(prose.quote).toBe('We preserve every entry in the attendance register for three years.');
    expect(prose.data).toMatchObject({ years: 'three', required: 6 });
    expect(prose.message).not.toContain('We preserve');
    expect(findingText(prose)).toBe(
      `${prose.message} The text says: “We preserve every entry in the attendance register for three years.”`,
    );
  });

  it('lint --format json gives messageId, data, quote and inheritedBy as a list of the schools that inherit it', () => {
    const json = JSON.parse(formatJson(groupByFile(found))) as Array<{ filePath: string; messages: Array<Record<string, unknown>> }>;
    const trust = json.find((f) => f.filePath.endsWith('trust.yaml'))!;
    for (const m of trust.messages) {
      expect(m.messageId).toEqual(expect.any(String));
      expect(m.data).toEqual(expect.any(Object));
      expect((m.inheritedBy as string[]).map((f) => path.basename(f)).sort()).toEqual(['ash.yaml', 'elm.yaml']);
    }
    const prose = trust.messages.find((m) => m.messageId === 'proseOldPeriod')!;
    expect(prose.quote).toBe('We preserve every entry in the attendance register for three years.');
  });

  it('the report reads the quote and the value from the finding, not from its words', () => {
    const loaded = lintFile(files[0]!, { asOf: '2026-11-26' }).loaded;
    const views = found.filter((d) => d.policyFile === files[0]).map((d) => findingView(loaded, d));
    expect(views.find((v) => v.quote)).toMatchObject({
      quote: 'We preserve every entry in the attendance register for three years.',
      found: null,
    });
    expect(views.find((v) => !v.quote)).toMatchObject({ found: '3', quote: null, inheritedFrom: expect.stringContaining('trust.yaml') });
  });
});
