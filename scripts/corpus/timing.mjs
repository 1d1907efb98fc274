// Audit time of a 40-page policy and of a text 30 times longer, made of the real policies in the corpus.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { auditDocument } from '../../dist/legacy/audit.js';
import { readLegacyDocument } from '../../dist/legacy/read-legacy.js';

/** About 3,000 characters of policy text per printed page. */
const PAGE = 3000;

async function timed(file) {
  const t = performance.now();
  auditDocument(await readLegacyDocument(file), { asOf: '2026-11-26' });
  return (performance.now() - t) / 1000;
}

export async function timeAudits(corpus) {
  const text = ['bishop-perrin-primary-2023.txt', 'atlp-nether-stowe-2024.txt', 'thomas-russell-junior-2024.txt']
    .map((f) => readFileSync(path.join(corpus, f), 'utf8'))
    .join('\n\n');
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-corpus-time-'));
  try {
    const repeat = (chars) => text.repeat(Math.ceil(chars / text.length)).slice(0, chars);
    const small = path.join(dir, 'forty-pages.txt');
    const big = path.join(dir, 'long.txt');
    writeFileSync(small, repeat(40 * PAGE));
    writeFileSync(big, repeat(30 * 40 * PAGE));
    await timed(small); // warm up: the rules and parsers load on first use
    const s = Math.min(await timed(small), await timed(small));
    const b = await timed(big);
    return { pages: 40, small: s, big: b, bigMb: (30 * 40 * PAGE) / 1e6, ratio: b / s, sizeRatio: 30 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
