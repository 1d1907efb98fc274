import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { starterPolicy } from '../../src/init/starter.js';
import { lintPolicy } from '../../src/lint/engine.js';
import { checkPolicyFile } from '../../src/validate/index.js';
import { ROOT } from '../helpers.js';

// Thousands of damaged policies: loading, validating and linting must never throw, and every
// problem must come back as a diagnostic with a position.
const dir = mkdtempSync(path.join(tmpdir(), 'pw-fuzz-'));
const seeds = [
  starterPolicy({ school: 'Fuzz School', schemaPath: 'schema.json', today: '2026-09-01' }),
  readFileSync(path.join(ROOT, 'policies/schools/hillcrest-secondary.yaml'), 'utf8').replace(/^extends:.*$/m, ''),
];
let fileNo = 0;
export let casesRun = 0;

function check(text: string): void {
  casesRun++;
  const file = path.join(dir, `case-${fileNo++ % 50}.yaml`);
  writeFileSync(file, text);
  const { policy, diagnostics } = checkPolicyFile(file);
  for (const d of diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.file).toBeTruthy();
    expect(d.message.length).toBeGreaterThan(5);
  }
  if (diagnostics.length === 0) {
    for (const d of lintPolicy(policy, { asOf: '2026-11-26' })) expect(d.line).toBeGreaterThanOrEqual(1);
  }
}

type Edit = [number, string, string];
const edit = fc.tuple(
  fc.nat(),
  fc.constantFrom('delete', 'duplicate', 'swap', 'indent', 'dedent', 'unicode', 'type', 'huge', 'truncate'),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

function applyEdit(text: string, [n, op, junk]: Edit): string {
  const lines = text.split('\n');
  const i = n % lines.length;
  const line = lines[i]!;
  switch (op) {
    case 'delete':
      lines.splice(i, 1);
      break;
    case 'duplicate':
      lines.splice(i, 0, line);
      break;
    case 'swap':
      lines[i] = lines[(i + 7) % lines.length]!;
      break;
    case 'indent':
      lines[i] = `   ${line}`;
      break;
    case 'dedent':
      lines[i] = line.trimStart();
      break;
    case 'unicode':
      lines[i] = line.slice(0, n % (line.length + 1)) + junk + line.slice(n % (line.length + 1));
      break;
    case 'type':
      lines[i] = line.replace(
        /: .*$/,
        [': [1, 2]', ': {a: 1}', ': 12.5', ': true', ': null', ': ~', ': 13:30', ': 9.15', ': "25:00"'][n % 9]!,
      );
      break;
    case 'huge':
      lines[i] = line.replace(/: .*$/, `: "${'x'.repeat(50_000 + (n % 1000))}"`);
      break;
    case 'truncate':
      return text.slice(0, n % (text.length + 1));
  }
  return lines.join('\n');
}

describe('fuzzing the policy loader, validator and linter', () => {
  it('survives 1,500 mutated policies (up to 3 edits each)', async () => {
    for (const seed of seeds) {
      // Async, so the test runner gets a turn between cases on a busy machine.
      await fc.assert(
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
          await new Promise((r) => setImmediate(r));
          check(edits.reduce((t, e) => applyEdit(t, e as Edit), seed));
        }),
        { numRuns: 750, seed: 20261126 },
      );
    }
  }, 240_000);

  it('survives random text, deep nesting, anchors and alias bombs', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => check(s)),
      { numRuns: 400, seed: 7 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (depth) => {
        check(`${'a:\n'.split('\n')[0]}${Array.from({ length: depth }, (_, i) => `\n${'  '.repeat(i + 1)}k${i}:`).join('')} 1\n`);
        check(`x: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
      }),
      { numRuns: 100, seed: 11 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 12 }), (width, levels) => {
        const lines = [`l0: &l0 [${Array(width).fill('"lol"').join(',')}]`];
        for (let l = 1; l < levels; l++)
          lines.push(
            `l${l}: &l${l} [${Array(width)
              .fill(`*l${l - 1}`)
              .join(',')}]`,
          );
        lines.push(`sections: *l${levels - 1}`);
        check(lines.join('\n'));
      }),
      { numRuns: 60, seed: 13 },
    );
  }, 240_000);

  it('keeps memory bounded: a billion-value alias bomb is refused quickly', () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let l = 1; l < 9; l++)
      bomb.push(
        `${String.fromCharCode(97 + l)}: &${String.fromCharCode(97 + l)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + l)}`)
          .join(',')}]`,
      );
    const before = process.memoryUsage().rss;
    for (let i = 0; i < 50; i++) check(bomb.join('\n'));
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  }, 120_000);
});
