import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LETTER_HELPERS } from '../../src/letters/letter-templates.js';
import { POLICY_HELPERS } from '../../src/render/templates.js';
import { REPORT_HELPERS } from '../../src/report/templates.js';
import { SHARED_HELPERS, templateHelpers, templateSet } from '../../src/templating/index.js';
import { templateFolders } from './template-folders.js';

/** A folder of templates: name → source (a name under partials/ is a partial). */
const folder = templateFolders();

describe('one templating set-up for the policy, the report and the letters', () => {
  it('gives every feature the same shared helpers (the same functions), plus its own', () => {
    for (const own of [POLICY_HELPERS, REPORT_HELPERS, {}]) {
      const helpers = templateHelpers(own);
      for (const [name, fn] of Object.entries(SHARED_HELPERS)) expect(helpers[name], name).toBe(fn);
    }
    for (const [name, fn] of Object.entries(SHARED_HELPERS)) expect(LETTER_HELPERS[name], name).toBe(fn);
    expect(Object.keys(templateHelpers(POLICY_HELPERS))).toEqual(expect.arrayContaining(['line', 'lines', 'blockPartial', 'webLink']));
    expect(Object.keys(templateHelpers(REPORT_HELPERS))).toContain('attention');
  });

  it('writes values the en-GB way with the shared helpers, and escapes data', () => {
    const dir = folder({
      'page.hbs':
        '{{date when}}|{{time at}}|{{money fee}}|{{percent rate}}|{{plural weeks "week"}}|{{#if (or no yes)}}or{{/if}}|{{concat a "-" b}}|{{name}}|{{> sign}}',
      'partials/sign.hbs': 'signed {{name}}',
    });
    const out = templateSet(dir).render('page', {
      when: '2024-12-05',
      at: '13:15',
      fee: 2.5,
      rate: 96,
      weeks: 4,
      no: false,
      yes: 1,
      a: 'x',
      b: 'y',
      name: '<b>Ann & "Bo"</b>',
    });
    expect(out).toBe(
      '5 December 2024|1:15pm|£2.50|96%|4 weeks|or|x-y|&lt;b&gt;Ann &amp; &quot;Bo&quot;&lt;/b&gt;|signed &lt;b&gt;Ann &amp; &quot;Bo&quot;&lt;/b&gt;',
    );
  });

  it('escapes every character that could end a CSS string', () => {
    const out = templateSet(folder({ 'css.hbs': 'content: {{cssString title}};' })).render('css', { title: 'A"; } body { x' });
    expect(out).toBe('content: "A\\22 \\3b  \\7d  body \\7b  x";');
  });

  it('refuses a helper it does not know, instead of reading it from the data', () => {
    const set = templateSet(folder({ 'bad.hbs': '{{shout name}}' }));
    expect(() => set.render('bad', { name: 'x', shout: () => 'called' })).toThrow(/shout/);
  });

  it('reads no inherited properties or methods from the data', () => {
    const set = templateSet(folder({ 'proto.hbs': '[{{constructor.name}}][{{name.constructor}}][{{__proto__}}]' }));
    expect(set.render('proto', { name: 'x' })).toBe('[][][]');
  });

  it('says which template is missing, in the words the feature chooses', () => {
    const dir = folder({});
    expect(() => templateSet(dir).render('nope', {})).toThrow(`The template ${path.join(dir, 'nope.hbs')} does not exist.`);
    expect(() => templateSet(dir, { missing: (f) => `No letter at ${f}.` }).render('nope', {})).toThrow(
      `No letter at ${path.join(dir, 'nope.hbs')}.`,
    );
  });
});
