import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { choiceLabel as reportLabel } from '../../src/core/choice-words.js';
import { loadPolicySchema } from '../../src/core/schema-files.js';
import { prepareSchema, type Schema } from '../../web/src/form/schema.js';
import { ROOT } from '../helpers.js';

// The app's form and the governors' report call each choice by the same words: one list of words.
type Choice = { const: string; title: string };

/** Every choice the prepared form schema offers, with the label the form shows. */
function formChoices(node: unknown, out: Choice[] = []): Choice[] {
  if (Array.isArray(node)) node.forEach((n) => formChoices(n, out));
  else if (node && typeof node === 'object') {
    const n = node as { oneOf?: unknown };
    if (Array.isArray(n.oneOf) && n.oneOf.every((c) => c && typeof c === 'object' && 'const' in c && 'title' in c))
      out.push(...(n.oneOf as Choice[]));
    Object.values(node).forEach((v) => formChoices(v, out));
  }
  return out;
}

describe('choices in the app’s form', () => {
  const choices = formChoices(prepareSchema(loadPolicySchema() as Schema));
  const label = (code: string) => choices.find((c) => c.const === code)?.title;

  it('are labelled with the report’s words', () => {
    expect(label('maintained')).toBe('Maintained school');
    expect(label('ap_academy')).toBe('AP (alternative provision) academy');
    expect(label('lt')).toBe('Below');
    expect(label('ge')).toBe('At or above');
    expect(label('not_routine')).toBe('Not as a routine');
    expect(choices.length).toBeGreaterThan(20);
    // Every choice the report has words for reads the same in the form.
    for (const c of choices) if (reportLabel(c.const, () => '') !== '') expect(c.title).toBe(reportLabel(c.const));
  });

  it('a code with no words of its own still reads as words, with its abbreviations spelt out', () => {
    expect(label('academy')).toBe('Academy');
    for (const c of choices) expect(c.title).not.toMatch(/_/);
  });

  it('the bundled app carries the shared words (the web build imports them)', () => {
    const app = readFileSync(path.join(ROOT, 'dist/web/app.js'), 'utf8');
    expect(app).toContain('prosecution for non-payment');
  });
});
