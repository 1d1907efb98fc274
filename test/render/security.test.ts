import { checkOutputHtml } from '../../src/core/output-check.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/load/load-policy.js';
import { buildPolicies, openBrowser, renderPolicyHtml, type BuildResult, type OpenBrowser } from '../../src/render/index.js';
import { UnsafePageError } from '../../src/render/pdf.js';
import { pdfInfo, pdfText } from './pdf-tools.js';

/**
 * Hostile content in a policy must not reach the file system, the network or a script engine:
 * the PDF and HTML hold none of the local files' contents, no request leaves, no script runs.
 */

const hits: string[] = [];
let server: http.Server;
let base: string;
let dir: string;
let browser: OpenBrowser;
let built: BuildResult;
const hostname = readFileSync('/etc/hostname', 'utf8').trim();
const passwdStart = readFileSync('/etc/passwd', 'utf8').split('\n')[0]!.split(':').slice(0, 3).join(':');

function hostilePolicy(url: string): string {
  const prose = [
    'Before the hostile content.',
    '',
    '<img src="file:///etc/hostname">',
    '',
    '<iframe src="file:///etc/passwd"></iframe>',
    '',
    '<script>document.title = "PWNED"; document.body.innerHTML = "SCRIPT RAN";</script>',
    '',
    `<link rel=stylesheet href=${url}/style.css>`,
    '',
    `<meta http-equiv="refresh" content="0;url=${url}/refresh">`,
    '',
    `<link rel=prefetch href=${url}/prefetch>`,
    '',
    `<object data="${url}/object"></object> <embed src="file:///etc/passwd">`,
    '',
    `<style>@import url(${url}/import.css); body { background: url(${url}/bg.png) }</style>`,
    '',
    `![remote](${url}/image.png) ![local](file:///etc/hostname)`,
    '',
    '[Click me](javascript:document.title="PWNED") and <a href="javascript:alert(1)">this</a>.',
    '',
    '',
    'After the hostile content.',
  ].join('\n');
  return `document:
  title: Attendance Policy
  version: "1.0"
  published_url: "javascript:alert(1)"
schools:
  - id: hostile
    name: "Hostile <script>alert(1)</script> School"
    short_name: "Hostile\\"; } body { display: none } </style><script>alert(1)</script>"
    logo: /etc/passwd
  - id: second
    name: "Second School"
    logo: ../../../../../../etc/hostname
references:
  - { title: "Local file", url: "file:///etc/passwd" }
sections:
  - id: hostile
    title: "Hostile <b>section</b>"
    body: ${JSON.stringify(prose)}
`;
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end('body { display: none }');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(path.join(tmpdir(), 'policywright-hostile-'));
  writeFileSync(path.join(dir, 'hostile.yaml'), hostilePolicy(base));
  browser = await openBrowser();
  built = await buildPolicies([path.join(dir, 'hostile.yaml')], { outDir: path.join(dir, 'out'), pool: browser });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a policy with hostile content', () => {
  it('still builds (it is valid), leaving out the unsafe logos with a warning', () => {
    expect(built.failed).toEqual([]);
    expect(built.built[0]?.warnings.join('\n')).toMatch(/outside the project folder/);
  });

  it('HTML holds no markup that loads, runs or navigates, and no local file', () => {
    const html = readFileSync(path.join(dir, 'out', built.built[0]!.slug, 'policy.html'), 'utf8');
    expect(html).not.toMatch(/<(script|iframe|img|link|object|embed)\b/i);
    expect(html).not.toMatch(/http-equiv="refresh"/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toContain('file://');
    expect(html).not.toContain(base);
    expect(html).not.toContain(passwdStart);
    expect(html).not.toContain(hostname);
    // Only the template's own style blocks: the running header text is escaped inside a CSS string.
    expect(html.match(/<style>/g)).toHaveLength(2);
    expect(html.match(/<\/style>/g)).toHaveLength(2);
    expect(html).toContain('Hostile &lt;script&gt;alert(1)&lt;/script&gt; School');
  });

  it('PDF shows the text around the hostile content and none of the files, and no script ran', () => {
    const pdf = path.join(dir, 'out', built.built[0]!.slug, 'policy.pdf');
    const text = pdfText(pdf);
    expect(text).toContain('Before the hostile content.');
    expect(text).toContain('After the hostile content.');
    expect(text).not.toContain('SCRIPT RAN');
    expect(text).not.toContain(passwdStart);
    expect(text).not.toContain(hostname);
    expect(pdfInfo(pdf).Title).not.toContain('PWNED');
    // The running header shows the hostile short name as plain text.
    expect(text).toContain('Hostile"; } body { display: none } </style><script>alert(1)</script>');
  });

  it('sent no request anywhere', () => {
    expect(hits).toEqual([]);
  });

  it('Handlebars-looking prose is text, never run as a template (and the last look refuses to publish it)', () => {
    const loaded = loadPolicy(path.join(dir, 'hostile.yaml'));
    loaded.data.sections![0]!.body =
      'Braces stay text: {{{x}}} and {{#each schools}}{{@index}}{{/each}} and {{> cover}} and {{lookup . "constructor"}}.';
    const html = renderPolicyHtml(loaded);
    expect(html).toContain('{{{x}}}');
    expect(html).toContain('{{#each schools}}{{@index}}{{/each}}');
    expect(html).toContain('{{lookup . &quot;constructor&quot;}}'.replace(/&quot;/g, '"'));
    expect(html).toContain('{{> cover}}');
    expect(checkOutputHtml(html).map((p) => p.what)).toContain('a data reference that was not filled in ({{ or }})');
  });

  it('prose references that are not data paths are shown as text, not looked up', () => {
    const loaded = loadPolicy(path.join(dir, 'hostile.yaml'));
    loaded.data.sections![0]!.body = 'A {{constructor}} B {{__proto__}} C {{constructor.name}} D';
    const html = renderPolicyHtml(loaded);
    expect(html).toContain('A {{constructor}} B {{__proto__}} C {{constructor.name}} D');
    expect(html).not.toContain('function Object');
  });
});

describe('the browser itself, given hostile HTML directly (not through the sanitiser)', () => {
  const page = (body: string, head = '') =>
    `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">${head}<title>t</title></head><body>${body}</body></html>`;

  it('loads nothing from the network or disk, and runs no script', async () => {
    hits.length = 0;
    const { data } = await browser.printPdf(
      page(
        `<p>MARKER</p><img src="file:///etc/hostname"><iframe src="file:///etc/passwd"></iframe><img src="${base}/img.png"><iframe src="${base}/frame"></iframe><script>document.body.innerHTML = "SCRIPT RAN"</script><object data="${base}/obj"></object>`,
        `<link rel="stylesheet" href="${base}/style.css"><link rel="prefetch" href="${base}/prefetch"><link rel="preload" as="style" href="${base}/preload"><style>@font-face { font-family: x; src: url(${base}/font.woff2) } p { font-family: x } body { background: url(${base}/bg.png) }</style>`,
      ),
    );
    const file = path.join(dir, 'direct.pdf');
    writeFileSync(file, data);
    const text = pdfText(file);
    expect(text).toContain('MARKER');
    expect(text).not.toContain('SCRIPT RAN');
    expect(text).not.toContain(passwdStart);
    expect(text).not.toContain(hostname);
    await new Promise((r) => setTimeout(r, 300));
    expect(hits).toEqual([]);
  });

  it('refuses to print a page that a meta refresh sent elsewhere, and the next document still prints', async () => {
    hits.length = 0;
    const attempt = browser.printPdf(page('<p>ORIGINAL</p>', `<meta http-equiv="refresh" content="0;url=${base}/refresh">`)).then(
      (r) => ({ ok: true as const, r }),
      (e: unknown) => ({ ok: false as const, e }),
    );
    const outcome = await attempt;
    if (outcome.ok) {
      // If the refresh had not fired yet, the PDF must be the original page.
      const file = path.join(dir, 'refresh.pdf');
      writeFileSync(file, outcome.r.data);
      expect(pdfText(file)).toContain('ORIGINAL');
    } else {
      expect(outcome.e).toBeInstanceOf(UnsafePageError);
    }
    expect(hits).toEqual([]);
    for (let i = 0; i < browser.size + 1; i++) {
      const { pages } = await browser.printPdf(page(`<p>NEXT ${i}</p>`));
      expect(pages).toBe(1);
    }
  });
});
