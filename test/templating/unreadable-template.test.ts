import { readdirSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/diagnostics.js';
import { parseProblem } from '../../src/templating/parse-problem.js';
import { templateSet } from '../../src/templating/index.js';
import { templateFolders } from './template-folders.js';

// A template someone edited and broke is named by file:line:column, with what is wrong and what to
// do, in words for the person who edited it: never the parser's own message.
const PARSER_WORDS = /Parse error|Lexical error|Expecting|\bEOF\b|OPEN_|CLOSE_|\bCLOSE\b|INVERSE|doesn't match|handlebars|-{3,}\^/;

function problemIn(source: string) {
  let error: Error | undefined;
  try {
    Handlebars.parse(source);
  } catch (e) {
    error = e as Error;
  }
  expect(error, 'the template should not parse').toBeDefined();
  return parseProblem(source, error!);
}

describe('what is wrong with a template that cannot be read', () => {
  it.each([
    [
      'a block never closed',
      '<p>Dear parent,</p>\n{{#if pupil.full_name}}\n<p>Text</p>\n',
      2,
      0,
      /“\{\{#if\}\}” that starts here is never closed/,
      /Add \{\{\/if\}\}/,
    ],
    [
      'a block closed with the wrong name',
      '{{#each a}}\n  x\n{{/if}}\n',
      3,
      0,
      /“\{\{\/if\}\}” closes the block “\{\{#each\}\}” opened on line 1/,
      /Close it with \{\{\/each\}\}/,
    ],
    ['a close with no block', 'Text\n{{/if}}\n', 2, 0, /closes a block that was never opened/, /Remove it/],
    ['an empty placeholder', 'Dear\n  {{}} there', 2, 4, /nothing between “\{\{” and “\}\}”/, /field’s name/],
    ['three closing braces', 'x\n{{name}}}', 2, 6, /closes with “\}\}\}”/, /two braces on both sides/],
    ['a placeholder not closed', 'Hello\n {{name\nmore', 2, 7, /is not closed: “\}\}” should follow its name/, /Add “\}\}”/],
    ['a second else', '{{#if a}}x{{else}}y\n  {{else}}z{{/if}}', 2, 2, /second “\{\{else\}\}”/, /Remove one \{\{else\}\}/],
    ['a comment never closed', 'x\n {{!-- a note', 2, 0, /“\{\{!--” is never closed with “--\}\}”/, /Close each comment/],
  ])('%s', (_what, source, line, column, problem, fix) => {
    const p = problemIn(source);
    expect({ line: p.line, column: p.column }).toEqual({ line, column });
    expect(p.problem).toMatch(problem);
    expect(p.fix).toMatch(fix);
    expect(`${p.problem} ${p.fix}`).not.toMatch(PARSER_WORDS);
  });

  it('leaves handlebars able to parse other templates afterwards', () => {
    problemIn('{{#if a}}');
    expect(() => Handlebars.parse('{{#if a}}x{{/if}}')).not.toThrow();
    expect(() => Handlebars.parse('{{#if a}}')).toThrow(/Parse error/);
  });
});

describe('rendering a set whose template cannot be read', () => {
  const folder = templateFolders();
  function thrown(fn: () => unknown): UserError {
    try {
      fn();
    } catch (e) {
      return e as UserError;
    }
    throw new Error('expected an error');
  }

  it('names the template, the line and the column, and says what to do', () => {
    const dir = folder({ 'letter.hbs': '<p>Dear parent,</p>\n<p>{{#if pupil.name}}Hello</p>\n' });
    const e = thrown(() => templateSet(dir).render('letter', { pupil: { name: 'A' } }));
    expect(e).toBeInstanceOf(UserError);
    expect(e.position).toEqual({ file: path.join(dir, 'letter.hbs'), line: 2, column: 4 });
    expect(e.message).toBe(
      'The template cannot be read here. The block “{{#if}}” that starts here is never closed: the template ends before its “{{/if}}”. Add {{/if}} where the block should end.',
    );
    expect(e.message).not.toMatch(PARSER_WORDS);
  });

  it('finds a broken partial the template uses', () => {
    const dir = folder({ 'letter.hbs': '<p>{{> footer}}</p>\n', 'partials/footer.hbs': 'Yours,\n{{signer}}}\n' });
    const e = thrown(() => templateSet(dir).render('letter', { signer: 'Head' }));
    expect(e).toBeInstanceOf(UserError);
    expect(e.position).toMatchObject({ file: path.join(dir, 'partials', 'footer.hbs'), line: 2 });
    expect(e.message).toMatch(/closes with “\}\}\}”/);
    expect(readdirSync(dir)).toEqual(['letter.hbs', 'partials']);
  });

  it('leaves other failures as they are', () => {
    const dir = folder({ 'letter.hbs': '<p>{{name}}</p>\n' });
    expect(templateSet(dir).render('letter', { name: 'A' })).toBe('<p>A</p>\n');
  });
});
