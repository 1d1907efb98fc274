import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanTemplates } from '../../src/letters/template-check/scan.js';
import { ROOT } from '../helpers.js';

// `npm run build` checks the shipped templates once and records the findings (with a hash of the
// templates), so lint need not parse them at every start. The record must say what a scan says now.
const DIST_MODULE = path.join(ROOT, 'dist/letters/template-check/recorded.js');
type Recorded = typeof import('../../src/letters/template-check/recorded.js');
const work = mkdtempSync(path.join(tmpdir(), 'pw-recorded-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the build-time record of the template check', () => {
  const templates = path.join(ROOT, 'templates');

  it('holds what a scan of the shipped templates finds now', async () => {
    expect(existsSync(DIST_MODULE), 'run `npm run build` first').toBe(true);
    const { recordedFindings } = (await import(DIST_MODULE)) as Recorded;
    const recorded = recordedFindings(templates);
    expect(recorded, 'the record is of other templates: run `npm run build`').toBeDefined();
    expect(recorded).toEqual(scanTemplates(templates));
  });

  it('is not used once a template changes, nor for another folder', async () => {
    const { recordedFindings, templatesHash } = (await import(DIST_MODULE)) as Recorded;
    const copy = path.join(work, 'templates');
    cpSync(templates, copy, { recursive: true });
    expect(templatesHash(copy)).toBe(templatesHash(templates));
    expect(recordedFindings(copy)).toBeUndefined();
    writeFileSync(path.join(copy, 'letters', 'attendance-meeting.hbs'), '<p>{{pupil.no_such_field}}</p>\n');
    expect(templatesHash(copy)).not.toBe(templatesHash(templates));
    expect(scanTemplates(copy).some((f) => f.message.includes('no_such_field'))).toBe(true);
  });

  it('the lint rule, built without the scanner loaded, still checks templates that are not the recorded ones', async () => {
    const rules = path.join(ROOT, 'dist/lint/rules/template-placeholders.js');
    const { templatePlaceholdersRule } = (await import(rules)) as typeof import('../../src/lint/rules/template-placeholders.js');
    const copy = path.join(work, 'changed');
    cpSync(templates, copy, { recursive: true });
    writeFileSync(path.join(copy, 'letters', 'attendance-meeting.hbs'), '<p>{{pupil.no_such_field}}</p>\n');
    type Reported = { messageId: string; data: Record<string, unknown>; at?: { file: string } };
    const found: Reported[] = [];
    templatePlaceholdersRule(copy).check({ report: (f: Reported) => found.push(f) } as never);
    expect(found).toEqual([
      expect.objectContaining({
        messageId: 'unknownField',
        data: expect.objectContaining({ field: 'no_such_field' }),
        at: expect.objectContaining({ file: path.join(copy, 'letters', 'attendance-meeting.hbs') }),
      }),
    ]);
  });
});
