import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintFile, lintPolicy } from '../../src/lint/engine.js';
import { templatePlaceholdersRule } from '../../src/lint/rules/template-placeholders.js';
import { scanTemplates, templateFindings } from '../../src/letters/template-check/scan.js';
import { loadPolicy } from '../../src/load/load-policy.js';
import { ROOT } from '../helpers.js';
import { HILLCREST } from './fixtures.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the shipped templates with one line of one file changed. */
function templatesWith(file: string, change: (text: string) => string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'pw-templates-'));
  made.push(root);
  const dir = path.join(root, 'templates');
  cpSync(path.join(ROOT, 'templates'), dir, { recursive: true });
  const target = path.join(dir, file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
  return dir;
}

/** The same folder with one more file changed. */
function templatesWithIn(dir: string, file: string, change: (text: string) => string): string {
  const target = path.join(dir, file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
  return dir;
}

const lineOf = (dir: string, file: string, needle: string) =>
  readFileSync(path.join(dir, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;

describe('template-placeholders', () => {
  it('finds nothing in the shipped templates (policy, report and letter templates)', () => {
    expect(scanTemplates(path.join(ROOT, 'templates'))).toEqual([]);
  });

  it('finds nothing when linting a shipped policy', () => {
    expect(lintFile(HILLCREST, { asOf: '2026-11-26' }).diagnostics.filter((d) => d.ruleId === 'template-placeholders')).toEqual([]);
  });

  it('reports a misspelt pupil field in a letter at its file and line, with a suggestion', () => {
    const dir = templatesWith('letters/notice-to-improve.hbs', (t) =>
      t.replace('<h1>Notice to Improve: {{pupil.full_name}}</h1>', '<h1>Notice to Improve: {{pupil.ful_name}}</h1>'),
    );
    const found = scanTemplates(dir);
    expect(found).toEqual([
      expect.objectContaining({
        file: path.join(dir, 'letters/notice-to-improve.hbs'),
        line: lineOf(dir, 'letters/notice-to-improve.hbs', 'pupil.ful_name'),
        message: expect.stringContaining('{{pupil.ful_name}}'),
        hint: 'Did you mean "full_name"?',
      }),
    ]);
  });

  it('checks policy fields in letters against the schema, path by path', () => {
    const dir = templatesWith('letters/leave-refused.hbs', (t) =>
      t.replace('{{who policy.leave_of_absence.decided_by}}{{else}}', '{{who policy.leave_of_absence.decider}}{{else}}'),
    );
    const [f] = scanTemplates(dir);
    expect(f?.message).toMatch(/"policy.leave_of_absence" has no field "decider"/);
  });

  it('reports an unknown placeholder in a policy template, an unknown helper and an unknown partial', () => {
    const dir = templatesWith(
      'partials/cover.hbs',
      (t) => `${t}\n<p>{{view.schoolLabell}}</p>\n<p>{{shout view.title}}</p>\n{{> no-such-partial}}\n`,
    );
    const found = scanTemplates(dir).map((f) => [path.basename(f.file), f.line, f.message]);
    const lines = readFileSync(path.join(dir, 'partials/cover.hbs'), 'utf8').split('\n').length;
    expect(found).toEqual([
      ['cover.hbs', lines - 3, expect.stringContaining('{{view.schoolLabell}}')],
      ['cover.hbs', lines - 2, expect.stringContaining('"shout" is not a helper')],
      ['cover.hbs', lines - 1, expect.stringContaining('no partial "no-such-partial"')],
    ]);
  });

  it('every field the bundled letter templates use is one the letter view model’s type declares', () => {
    const letters = readdirSync(path.join(ROOT, 'templates/letters')).filter((f) => f.endsWith('.hbs'));
    expect(letters.length).toBeGreaterThan(5);
    expect(scanTemplates(path.join(ROOT, 'templates')).filter((f) => f.file.includes(`${path.sep}letters${path.sep}`))).toEqual([]);
  });

  it('checks report, compare and block templates path by path against their view-model types', () => {
    let dir = templatesWith('report/partials/rule.hbs', (t) => t.replace('{{rule.title}}', '{{rule.titel}}'));
    dir = templatesWithIn(dir, 'report/compare.hbs', (t) => t.replace('{{matrix.base.file}}', '{{matrix.base.fiel}}'));
    dir = templatesWithIn(dir, 'partials/block-table.hbs', (t) => t.replace('>{{caption}}<', '>{{captoin}}<'));
    const found = scanTemplates(dir).map((f) => [path.relative(dir, f.file), f.message, f.hint]);
    expect(found).toEqual([
      ['partials/block-table.hbs', expect.stringContaining('no field "captoin"'), 'Did you mean "caption"?'],
      ['report/compare.hbs', expect.stringContaining('"matrix.base" has no field "fiel"'), 'Did you mean "file"?'],
      ['report/partials/rule.hbs', expect.stringContaining('"rule" has no field "titel"'), 'Did you mean "title"?'],
    ]);
  });

  it('does not take names from the package’s code: a property only the code declares is unknown to a template', () => {
    // `checkedAt` is a property in the template checker's own cache, not in any view model.
    const dir = templatesWith('partials/cover.hbs', (t) => `${t}\n{{checkedAt}}\n`);
    expect(scanTemplates(dir).map((f) => f.message)).toEqual([expect.stringContaining('{{checkedAt}}')]);
  });

  it('the known fields are generated from the view-model types and are up to date', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/generate-view-schemas.mjs'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('as a lint rule, reports each finding at the template’s file and line', () => {
    const dir = templatesWith('letters/stage.hbs', (t) => t.replace('{{inSentence stage.who}}.</p>', '{{inSentence stage.whom}}.</p>'));
    const rule = templatePlaceholdersRule(dir);
    const found = lintPolicy(loadPolicy(HILLCREST), { asOf: '2026-11-26', rules: [rule] });
    expect(found).toEqual([
      expect.objectContaining({
        ruleId: 'template-placeholders',
        severity: 'error',
        file: path.join(dir, 'letters/stage.hbs'),
        line: lineOf(dir, 'letters/stage.hbs', 'stage.whom'),
      }),
    ]);
    // Scanned once per process: a second policy reuses the result.
    expect(templateFindings(dir)).toBe(templateFindings(dir));
  });
});
