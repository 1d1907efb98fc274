import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputHtml, checkOutputText, docxText, htmlText } from '../../src/core/output-check.js';
import { draftReasons } from '../../src/core/draft.js';
import { runCli, tempProject } from '../helpers.js';

describe('the last look at a document', () => {
  it('finds each thing no reader should see, with its line', () => {
    const text = 'Fine line\nA fine of ££80\n96%% or {{x}}\nundefined and NaN\n[object Object] Zo\uFFFD\nGUIDANCE: say why';
    const found = checkOutputText(text);
    expect(found.map((p) => [p.line, p.what.split(' (')[0]])).toEqual([
      [2, 'a doubled pound sign'],
      [3, 'a doubled percent sign'],
      [3, 'a data reference that was not filled in'],
      [4, 'the word "undefined"'],
      [4, '"NaN"'],
      [5, '"[object"'],
      [5, 'the replacement character �'],
      [6, 'starter guidance'],
    ]);
    expect(found[0]!.excerpt).toContain('££80');
  });

  it('passes ordinary text, and reads only what a reader sees of a web page', () => {
    expect(checkOutputText('A penalty notice is £80 if paid within 21 days. Attendance of 96% or more. Nan and Grandad.')).toEqual([]);
    // Styles and markup are not text; alt text is.
    expect(checkOutputHtml('<style>a::after{content:"%%"}</style><p data-x="{{">ok</p>')).toEqual([]);
    expect(htmlText('<p>One</p><p>Two <img alt="£80 logo"></p>')).toBe('One\nTwo £80 logo');
  });

  it('a build whose text would show ££ writes nothing for that document and says what and where', async () => {
    const dir = tempProject({
      'p.yaml':
        'document: { approved_on: 2026-09-01 }\nschools:\n  - { id: elm, name: Elm School }\nsections:\n  - id: fees\n    title: Fines\n    body: |\n      Nothing here.\n\n      A fine is ££80.\n',
      'q.yaml': 'document: { approved_on: 2026-09-01 }\nschools:\n  - { id: oak, name: Oak School }\n',
    });
    const out = path.join(dir, 'out');
    const run = await runCli('build', '--formats', 'html,docx', '--as-of', '2026-11-26', '--out', out, dir);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/p\.yaml was not built, because its text has what no reader should see/);
    expect(run.out).toMatch(/policy\.html, line \d+ of its text: a doubled pound sign \(££\), in “[^”]*A fine is ££80\.”/);
    expect(existsSync(path.join(out, 'elm-school'))).toBe(false);
    // The other policy is still built.
    expect(readFileSync(path.join(out, 'oak-school', 'policy.html'), 'utf8')).toContain('Oak School');
    expect(docxText(readFileSync(path.join(out, 'oak-school', 'policy.docx')))).toContain('Oak School');
  });
});

describe('a draft', () => {
  it('is a draft when its status says so, when it has no approval date, or when it has lint errors', () => {
    expect(draftReasons({ document: { approved_on: '2026-09-01' } })).toEqual([]);
    expect(draftReasons({ document: { status: 'approved', approved_on: '2026-09-01' } })).toEqual([]);
    expect(draftReasons({ document: { status: 'draft', approved_on: '2026-09-01' } }).map((r) => r.code)).toEqual(['status-draft']);
    expect(draftReasons({}).map((r) => r.code)).toEqual(['not-approved']);
    expect(draftReasons({ document: { approved_on: '2026-09-01' } }, { lintErrors: 2 }).map((r) => r.message)).toEqual([
      'it has 2 lint errors',
    ]);
  });

  it('is built with a DRAFT mark in HTML and Word, and the summary says why', async () => {
    const dir = tempProject({ 'p.yaml': 'document: { status: draft }\nschools:\n  - { id: elm, name: Elm School }\n' });
    const out = path.join(dir, 'out');
    const run = await runCli('build', '--formats', 'html,docx', '--as-of', '2026-11-26', '--out', out, path.join(dir, 'p.yaml'));
    expect(run.code).toBe(0);
    expect(run.out).toContain('printed as a DRAFT (a mark on every page), because its status is draft (document.status).');
    const html = readFileSync(path.join(out, 'elm-school', 'policy.html'), 'utf8');
    expect(htmlText(html)).toContain('Draft. This policy is not ready to publish: its status is draft (document.status).');
    expect(html).toMatch(/class="draft-mark"[^>]*>DRAFT</);
    const docx = docxText(readFileSync(path.join(out, 'elm-school', 'policy.docx')));
    expect(docx).toContain('DRAFT: not approved');
    expect(docx).toContain('This policy is not ready to publish');
    expect(docx).not.toContain('Approved on');
  });
});
