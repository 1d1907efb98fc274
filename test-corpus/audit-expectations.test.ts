import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FoundDiagnostic } from '../src/lint/context.js';
import { auditDocument } from '../src/legacy/audit.js';
import { readLegacyDocument } from '../src/legacy/read-legacy.js';
import { CORPUS, corpusText, docxFrom, markdownFrom } from './formats.js';
import { AS_OF, EXPECTATIONS, quotes, said } from './expectations.js';

const dir = mkdtempSync(path.join(tmpdir(), 'pw-legacy-'));

async function audit(file: string): Promise<FoundDiagnostic[]> {
  return auditDocument(await readLegacyDocument(file), { asOf: AS_OF }).diagnostics;
}

for (const [name, exp] of Object.entries(EXPECTATIONS)) {
  describe(`audit of ${name}`, () => {
    const found: Record<'txt' | 'docx' | 'md', FoundDiagnostic[]> = { txt: [], docx: [], md: [] };
    beforeAll(async () => {
      const text = corpusText(exp.file);
      const docx = path.join(dir, `${name}.docx`);
      const md = path.join(dir, `${name}.md`);
      writeFileSync(docx, await docxFrom(text));
      writeFileSync(md, markdownFrom(text));
      found.txt = await audit(path.join(CORPUS, exp.file));
      found.docx = await audit(docx);
      found.md = await audit(md);
    });

    for (const format of ['txt', 'docx', 'md'] as const) {
      for (const [rule, fragment] of exp.must) {
        it(`${format}: ${rule} about “${String(fragment)}”`, () => {
          const hits = found[format].filter((d) => d.ruleId === rule);
          expect(hits.some((d) => quotes(said(d), fragment)), hits.map((d) => d.message).join('\n') || `no ${rule} finding`).toBe(true);
        });
      }
      it(`${format}: compliant sentences are not flagged`, () => {
        for (const { fragment, rules } of exp.mustNot) {
          const bad = found[format].filter((d) => (!rules || rules.includes(d.ruleId)) && quotes(said(d), fragment));
          expect(bad.map((d) => `${d.ruleId}: ${d.message}`), fragment).toEqual([]);
        }
      });
      if (exp.silentRules) {
        it(`${format}: no findings of ${exp.silentRules.join(', ')}`, () => {
          expect(found[format].filter((d) => exp.silentRules!.includes(d.ruleId)).map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
        });
      }
      it(`${format}: every finding in the document quotes its sentence`, () => {
        const placed = found[format].filter((d) => !d.foundNowhere);
        expect(placed.filter((d) => d.quote === undefined).map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
      });
    }

    it('the same problem is not reported twice for one sentence', () => {
      const keys = found.txt.filter((d) => d.quote !== undefined).map((d) => `${d.ruleId}|${d.line}|${d.quote}`);
      expect(keys.length).toBe(new Set(keys).size);
    });

    it('Word positions are paragraph numbers in the .docx file', () => {
      for (const d of found.docx) expect(d.file).toMatch(/\.docx$/);
    });
  });
}
