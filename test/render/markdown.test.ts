import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { withContentSecurityPolicy, CSP_META } from '../../src/render/csp.js';

describe('Markdown prose becomes safe HTML', () => {
  it('drops raw HTML: images, frames, scripts, styles, links and meta refreshes', () => {
    const { html } = renderMarkdown(
      [
        'Before <img src="file:///etc/hostname"> after.',
        '',
        '<iframe src="file:///etc/passwd"></iframe>',
        '',
        '<script>alert(1)</script>',
        '',
        '<link rel=stylesheet href=http://example.org/x.css>',
        '',
        '<meta http-equiv="refresh" content="0;url=http://example.org">',
        '',
        '<style>body{display:none}</style>',
        '',
        '![pic](http://example.org/p.png) ![local](file:///etc/hostname)',
      ].join('\n'),
    );
    expect(html).not.toMatch(/<(img|iframe|script|link|meta|style)\b/i);
    expect(html).not.toContain('file://');
    expect(html).toContain('Before');
  });

  it('removes javascript: links but keeps the words', () => {
    const { html } = renderMarkdown(
      '[Click here](javascript:alert(1)) and <a href="javascript:alert(2)">there</a> and [ok](https://example.org).',
    );
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('Click here');
    expect(html).toContain('<a href="https://example.org">ok</a>');
  });

  it('nests the prose headings under the section heading, in order', () => {
    const { html } = renderMarkdown('### Top\n\ntext\n\n#### Lower');
    expect(html).toContain('<h3>Top</h3>');
    expect(html).toContain('<h4>Lower</h4>');
  });

  it('keeps Markdown tables, with header cells scoped to their columns', () => {
    const { html } = renderMarkdown('| Parents | School |\n| --- | --- |\n| a | b |');
    expect(html).toContain('<th scope="col">Parents</th>');
    expect(html).toContain('<td>a</td>');
  });
});

describe('the Content Security Policy', () => {
  it('is put before any content of HTML that lacks it, after the doctype', () => {
    const out = withContentSecurityPolicy('<!DOCTYPE html><html><body><img src="http://x"></body></html>');
    expect(out.startsWith(`<!DOCTYPE html>${CSP_META}`)).toBe(true);
    const ok = `<!DOCTYPE html><html><head>${CSP_META}</head><body></body></html>`;
    expect(withContentSecurityPolicy(ok)).toBe(ok);
  });
});
