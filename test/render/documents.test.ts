import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayVariants } from '../../src/core/model.js';
import { loadPolicy } from '../../src/load/load-policy.js';
import { buildPolicies, type BuildResult } from '../../src/render/index.js';
import { formatMoney, formatTime } from '../../src/render/format.js';
import { buildPolicyView } from '../../src/render/view-model.js';
import { pdfInfo, pdfOutlineTitles, pdfText, squash } from './pdf-tools.js';

const FIXTURE = 'test/fixtures/render/oakfield-primary.yaml';
const CORPUS = 'test/fixtures/corpus';
const EXAMPLES = 'policies';

let out: string;
let result: BuildResult;

/** The folder a policy was built into. */
function builtDir(file: string): string {
  const doc = result.built.find((d) => path.resolve(d.file) === path.resolve(file));
  if (!doc) throw new Error(`${file} was not built: ${JSON.stringify(result.failed.find((f) => f.file === file))}`);
  return path.join(out, doc.slug);
}

/** Values every copy of a policy must show, taken from its own data. */
function expectedValues(file: string): string[] {
  const policy = loadPolicy(file).data;
  const values: string[] = [];
  for (const v of dayVariants(policy)) {
    for (const t of [v.day.registers?.morning?.closes, v.day.registers?.afternoon?.closes]) if (t) values.push(formatTime(t));
  }
  const champion = policy.contacts?.senior_attendance_champion?.name;
  if (champion) values.push(champion);
  const first = policy.legal_measures?.penalty_notices?.first;
  if (first?.discounted !== undefined) values.push(formatMoney(first.discounted));
  if (first?.full !== undefined) values.push(formatMoney(first.full));
  return values;
}

/** Every h1 and h2 of the HTML document, in order. */
function htmlHeadings(html: string): string[] {
  return [...html.matchAll(/<h([12])[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => `h${m[1]} ${decode(m[2]!.replace(/<[^>]+>/g, ''))}`);
}

function decode(s: string): string {
  return squash(
    s
      .replace(/&amp;/g, '&')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&#x3D;/g, '='),
  );
}

const corpusFiles = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => path.join(CORPUS, f))
  : [];
const exampleFiles = existsSync(EXAMPLES)
  ? [
      path.join(EXAMPLES, 'brook-and-meadow-federation.yaml'),
      ...(existsSync(path.join(EXAMPLES, 'schools'))
        ? readdirSync(path.join(EXAMPLES, 'schools')).map((f) => path.join(EXAMPLES, 'schools', f))
        : []),
    ].filter((f) => existsSync(f))
  : [];

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'policywright-render-'));
  // One build, so one browser, for every document this file reads.
  result = await buildPolicies([FIXTURE, ...corpusFiles, ...(existsSync(EXAMPLES) ? [EXAMPLES] : [])], { outDir: out });
}, 180_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('the example policy', () => {
  it('builds all three documents under out/<school>/', () => {
    expect(result.failed).toEqual([]);
    const dir = builtDir(FIXTURE);
    expect(path.basename(dir)).toBe('oakfield-primary-school');
    for (const f of ['policy.pdf', 'policy.html', 'policy.docx']) expect(existsSync(path.join(dir, f))).toBe(true);
  });

  it('PDF text has the register times, the champion, the penalty amounts and every section title', () => {
    const text = pdfText(path.join(builtDir(FIXTURE), 'policy.pdf'));
    for (const v of ['9:10am', '1:10pm', '12:55pm', 'Mrs Priya Ramanathan', '£80', '£160', '£2,500', '5 December 2024', '96%'])
      expect(text).toContain(v);
    const view = buildPolicyView(loadPolicy(FIXTURE));
    for (const s of view.sections) expect(text).toContain(squash(s.title));
    // The running header and footer.
    expect(text).toContain('Oakfield Primary');
    expect(text).toMatch(/Page 2 of \d+/);
    expect(text).toContain('Version 2.1');
  });

  it('PDF is tagged, titled, A4 and of a sane length', () => {
    const info = pdfInfo(path.join(builtDir(FIXTURE), 'policy.pdf'));
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe('Attendance Policy – Oakfield Primary School');
    expect(info['Page size']).toContain('A4');
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(15);
    expect(result.built.find((d) => d.file === FIXTURE)?.outputs.find((o) => o.format === 'pdf')?.pages).toBe(pages);
    // Language, for screen readers.
    expect(readFileSync(path.join(builtDir(FIXTURE), 'policy.pdf')).toString('latin1')).toContain('/Lang (en-GB)');
    // The school's logo is on the cover.
    expect(execFileSync('pdfimages', ['-list', path.join(builtDir(FIXTURE), 'policy.pdf')], { encoding: 'utf8' })).toMatch(
      /^\s+1\s+\d+\s+image\s+96\s+96/m,
    );
  });

  it('PDF bookmarks list the title and every section heading, in order', () => {
    const titles = pdfOutlineTitles(path.join(builtDir(FIXTURE), 'policy.pdf'));
    const view = buildPolicyView(loadPolicy(FIXTURE));
    expect(titles).toContain('Attendance Policy');
    expect(titles).toContain('Contents');
    const sectionTitles = view.sections.map((s) => s.title);
    expect(titles.filter((t) => sectionTitles.includes(t))).toEqual(sectionTitles);
  });

  it('Word document has the same h1 and h2 headings as the web page, and the same values', async () => {
    const dir = builtDir(FIXTURE);
    const { value: docHtml } = await mammoth.convertToHtml({ path: path.join(dir, 'policy.docx') });
    const html = readFileSync(path.join(dir, 'policy.html'), 'utf8');
    expect(htmlHeadings(docHtml)).toEqual(htmlHeadings(html));
    expect(htmlHeadings(html)[0]).toBe('h1 Attendance Policy');
    const { value: docText } = await mammoth.extractRawText({ path: path.join(dir, 'policy.docx') });
    for (const v of ['9:10am', 'Mrs Priya Ramanathan', '£80', '£160', '5 December 2024']) expect(docText).toContain(v);
    // Real lists and tables survive the round trip.
    expect(docHtml).toMatch(/<ol>/);
    expect(docHtml).toMatch(/<table>/);
  });

  it('Word document carries its title, author, language, running header and page numbers', () => {
    const docx = path.join(builtDir(FIXTURE), 'policy.docx');
    const part = (name: string) => execFileSync('unzip', ['-p', docx, name], { encoding: 'utf8' });
    const core = part('docProps/core.xml');
    expect(core).toContain('<dc:title>Attendance Policy – Oakfield Primary School</dc:title>');
    expect(core).toContain('<dc:creator>Deputy Headteacher</dc:creator>');
    expect(part('word/styles.xml')).toContain('w:val="en-GB"');
    const headers = execFileSync('unzip', ['-Z1', docx], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => /word\/(header|footer)\d+\.xml/.test(f));
    const text = headers.map(part).join('');
    expect(text).toContain('Oakfield Primary');
    expect(text).toMatch(/PAGE/);
    expect(text).toMatch(/NUMPAGES/);
    expect(execFileSync('unzip', ['-Z1', docx], { encoding: 'utf8' })).toMatch(/word\/media\/\w+\.png/);
  });

  it('web page is one standalone, accessible file', () => {
    const html = readFileSync(path.join(builtDir(FIXTURE), 'policy.html'), 'utf8');
    expect(html).toMatch(/<html lang="en-GB">/);
    expect(html).toContain('<main id="main">');
    expect(html).toMatch(/<nav class="contents" aria-labelledby="contents-heading">/);
    expect(html).toContain('<th scope="col">');
    expect(html).toContain('<th scope="row">');
    expect(html).toContain("default-src 'none'");
    // The logo is inlined, with its alternative text.
    expect(html).toMatch(/<img class="logo" src="data:image\/png;base64,[^"]+" alt="Oakfield Primary School logo">/);
    // Nothing is loaded from elsewhere.
    expect(html).not.toMatch(/<(script|link|iframe)\b/i);
    expect(html).not.toMatch(/\b(src|href)="(?!#|https:\/\/|mailto:|data:)/);
    // Headings never skip a level.
    const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    levels.forEach((l, i) => i > 0 && expect(l).toBeLessThanOrEqual(levels[i - 1]! + 1));
  });
});

describe('the corpus fixtures', () => {
  it.each(corpusFiles)('%s builds, and its PDF keeps its own (even stale) values', (file) => {
    const dir = builtDir(file);
    const text = pdfText(path.join(dir, 'policy.pdf'));
    for (const v of expectedValues(file)) expect(text).toContain(v);
    for (const s of buildPolicyView(loadPolicy(file)).sections) expect(text).toContain(squash(s.title));
    expect(pdfInfo(path.join(dir, 'policy.pdf')).Tagged).toBe('yes');
  });

  it('Bishop Perrin still shows its old penalty amounts: rendering never changes facts', () => {
    const file = corpusFiles.find((f) => f.includes('bishop-perrin'));
    if (!file) return;
    const text = pdfText(path.join(builtDir(file), 'policy.pdf'));
    expect(text).toContain('£60 if paid within 21 days');
    expect(text).toContain('£120 if paid within 28 days');
    expect(text).not.toContain('£80 if paid');
  });
});

describe('the bundled examples', () => {
  it.each(exampleFiles)('%s builds with its own values', (file) => {
    const text = pdfText(path.join(builtDir(file), 'policy.pdf'));
    for (const v of expectedValues(file)) expect(text).toContain(v);
  });

  it('the federation is one document covering both schools, and the trust base is not built alone', () => {
    const file = exampleFiles.find((f) => f.includes('federation'));
    if (!file) return;
    const policy = loadPolicy(file).data;
    const text = pdfText(path.join(builtDir(file), 'policy.pdf'));
    for (const s of policy.schools ?? []) expect(text).toContain(s.name);
    if (existsSync(path.join(EXAMPLES, 'trust-base.yaml')))
      expect(result.skipped.map((s) => path.basename(s.file))).toContain('trust-base.yaml');
  });
});

describe('the change log table', () => {
  // Oakfield's change log: a long date and a version label with a hyphen, the two that used to wrap.
  const OAKFIELD = path.join(EXAMPLES, 'schools', 'oakfield-primary.yaml');
  const DATE = '22 September 2026';
  const VERSION = '3.0-oakfield.1';

  it('PDF keeps the date and the version each on one line, beside the start of what changed', () => {
    const file = path.join(builtDir(OAKFIELD), 'policy.pdf');
    const pages = Number(pdfInfo(file).Pages);
    const layout = Array.from({ length: pages }, (_, i) =>
      execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), '-enc', 'UTF-8', file, '-'], {
        encoding: 'utf8',
      }),
    ).find((page) => page.includes('What changed'));
    expect(layout).toBeDefined();
    const row = layout!.split('\n').find((l) => l.includes('Oakfield times'));
    expect(row).toContain(DATE);
    expect(row).toContain(VERSION);
  });

  it('web page marks the date and version cells to stay on one line, and the stylesheet keeps them so', () => {
    const html = readFileSync(path.join(builtDir(OAKFIELD), 'policy.html'), 'utf8');
    expect(html).toContain(`<th scope="row" class="nowrap">${DATE}</th><td class="nowrap">${VERSION}</td><td>Oakfield times`);
    expect(html).toMatch(/th\.nowrap, td\.nowrap \{[^}]*white-space: nowrap/);
  });

  it('Word table gives the date and version columns room for their values and the rest to what changed', () => {
    const xml = execFileSync('unzip', ['-p', path.join(builtDir(OAKFIELD), 'policy.docx'), 'word/document.xml'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('What changed'));
    expect(table).toBeDefined();
    const grid = [...table!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(3);
    const [dateWidth, versionWidth, summaryWidth] = grid as [number, number, number];
    // "22 September 2026" in 11-point Arial Bold is about 1,990 twips, "3.0-oakfield.1" in Arial about 1,320,
    // each with 200 twips of cell margin: narrower columns would wrap them.
    expect(dateWidth).toBeGreaterThanOrEqual(2200);
    expect(versionWidth).toBeGreaterThanOrEqual(1550);
    expect(summaryWidth).toBeGreaterThan(dateWidth + versionWidth - 500);
    expect(summaryWidth).toBeGreaterThan(4000);
  });
});

/** Text no reader should ever see in a parent's document. */
const NEVER_PRINTED = ['££', '%%', '{{', '}}', 'undefined', 'NaN', '\uFFFD', '[object', 'GUIDANCE:'];

describe('what reaches a reader, read back from every file', () => {
  const everyFile = () => [FIXTURE, ...corpusFiles, ...exampleFiles];

  it.each(['pdf', 'html', 'docx'] as const)('no %s file holds ££, %%, {{, undefined, NaN or �', async (format) => {
    for (const file of everyFile()) {
      const target = path.join(builtDir(file), `policy.${format}`);
      const text =
        format === 'pdf'
          ? execFileSync('pdftotext', ['-enc', 'UTF-8', target, '-'], { encoding: 'utf8' })
          : format === 'docx'
            ? (await mammoth.extractRawText({ path: target })).value
            : readFileSync(target, 'utf8')
                .replace(/<style[\s\S]*?<\/style>/g, '')
                .replace(/<[^>]+>/g, ' ');
      for (const bad of NEVER_PRINTED) expect(text.includes(bad), `${target} contains ${JSON.stringify(bad)}`).toBe(false);
    }
  });

  it('percentages and amounts in the examples print with their unit once', () => {
    for (const file of exampleFiles) {
      const text = pdfText(path.join(builtDir(file), 'policy.pdf'));
      const policy = loadPolicy(file).data;
      expect(text).toContain(`${policy.thresholds!.persistent_absence_pct}% or more`);
      expect(text).toContain(`${formatMoney(policy.legal_measures!.penalty_notices!.first!.discounted!)} if paid within`);
    }
  });

  it.each(exampleFiles)('%s: no page but the last is mostly empty', (file) => {
    const pdf = path.join(builtDir(file), 'policy.pdf');
    const pages = Number(pdfInfo(pdf).Pages);
    // Characters of text on each page (the running header, footer and draft mark are a few dozen).
    const chars = Array.from(
      { length: pages },
      (_, i) =>
        execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }).replace(
          /\s+/g,
          '',
        ).length,
    );
    const full = Math.max(...chars);
    const thin = chars.slice(0, -1).flatMap((c, i) => (c < full / 3 ? [`page ${i + 1} (${c} of ${full} characters)`] : []));
    expect(thin, `${pdf}: ${thin.join(', ')}`).toEqual([]);
  });

  it('an approved example is not a draft; a corpus fixture with lint errors is marked DRAFT on every page', () => {
    const example = exampleFiles.find((f) => f.includes('oakfield'));
    if (example) expect(pdfText(path.join(builtDir(example), 'policy.pdf'))).not.toContain('DRAFT');
    const bp = corpusFiles.find((f) => f.includes('bishop-perrin'));
    if (!bp) return;
    const doc = result.built.find((d) => d.file === bp)!;
    expect(doc.draft.map((r) => r.code)).toContain('lint-errors');
    const pdf = path.join(builtDir(bp), 'policy.pdf');
    const pages = Number(pdfInfo(pdf).Pages);
    for (let p = 1; p <= pages; p++) {
      expect(execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }), `page ${p}`).toContain('DRAFT');
    }
    expect(readFileSync(path.join(builtDir(bp), 'policy.html'), 'utf8')).toContain('This policy is not ready to publish');
  });
});
