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

  it('is not used once a template changes', async () => {
    const { recordedFindings } = (await import(DIST_MODULE)) as Recorded;
    const copy = path.join(work, 'templates');
    cpSync(templates, copy, { recursive: true });
    expect(recordedFindings(copy)).toBeDefined();
    writeFileSync(path.join(copy, 'letters', 'attendance-meeting.hbs'), '<p>{{pupil.no_such_field}}</p>\n');
    expect(recordedFindings(copy)).toBeUndefined();
    expect(scanTemplates(copy).some((f) => f.message.includes('no_such_field'))).toBe(true);
  });
});
