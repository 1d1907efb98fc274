import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { withContentSecurityPolicy } from './csp.js';

export interface PrintOptions {
  /** Longest time for one document, in milliseconds (raise it for very long documents). */
  timeoutMs?: number;
}

export interface PrintedPdf {
  data: Uint8Array;
  pages: number;
}

/** Raised when a page tried to go somewhere else while it was being printed. */
export class UnsafePageError extends Error {
  constructor(url: string) {
    super(`The document tried to open another page (${url.slice(0, 80)}), so it was not printed.`);
    this.name = 'UnsafePageError';
  }
}

/**
 * A tab that can only show the HTML it is given: no JavaScript, and every request except data: URLs
 * is refused. (The CSP in the page closes the two holes interception alone leaves: prefetch and
 * remote fonts or styles that never reach the handler.)
 */
export async function openLockedPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    if (request.url().startsWith('data:')) void request.continue();
    else void request.abort('blockedbyclient');
  });
  return page;
}

/**
 * Print HTML to a tagged A4 PDF with bookmarks from the headings. The HTML is set directly on the
 * blank page (never loaded from a file:// address), and the page must still be about:blank after
 * printing: a meta refresh that slipped through would otherwise print another page.
 */
export async function printOnPage(page: Page, html: string, options: PrintOptions = {}): Promise<PrintedPdf> {
  const timeout = options.timeoutMs ?? 60_000;
  try {
    await page.setContent(withContentSecurityPolicy(html), { waitUntil: 'load', timeout });
    assertBlank(page);
    const data = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, timeout });
    assertBlank(page);
    return { data, pages: countPdfPages(data) };
  } catch (e) {
    // A navigation in the middle of printing can surface as a protocol error (the frame or its
    // context went away): if the page left about:blank, or the error says so, that is the cause.
    assertBlank(page);
    if (/navigat|detached|context was destroyed|frame/i.test(String((e as Error)?.message))) throw new UnsafePageError('another address');
    throw e;
  }
}

function assertBlank(page: Page): void {
  const url = page.url();
  if (url !== 'about:blank') throw new UnsafePageError(url);
}

/** Chromium writes each page as an uncompressed `/Type /Page` object. */
export function countPdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
  );
}
